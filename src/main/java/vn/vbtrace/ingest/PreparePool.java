package vn.vbtrace.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threads that parse and extract files, outside the stores' lock: as many as there are workers, in
 * submission order. A file that takes longer than its time is given up ({@link #await}); its thread is
 * interrupted, and since a regular expression does not notice interruption, the pool takes on one more
 * thread until it ends, so one slow file never holds up the others.
 */
final class PreparePool implements AutoCloseable {

    private final int workers;
    private final ThreadPoolExecutor executor;
    /** Threads still running a task given up, each lending the pool one more thread. */
    private final AtomicInteger abandoned = new AtomicInteger();

    /** A submitted task, with the moment it started running (0 while it waits its turn). */
    final class Ticket<T> {
        private final FutureTask<T> task;
        private final AtomicLong started = new AtomicLong();
        /** Whether the pool took on a thread in place of this task's, to give back when it ends. */
        private final java.util.concurrent.atomic.AtomicBoolean lent = new java.util.concurrent.atomic.AtomicBoolean();

        private Ticket(Callable<T> work) {
            this.task = new FutureTask<>(() -> {
                started.set(System.nanoTime());
                try {
                    return work.call();
                } finally {
                    if (lent.get()) {
                        lendBack();
                    }
                }
            });
        }

        Future<T> future() {
            return task;
        }
    }

    PreparePool(int workers) {
        this.workers = workers;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), run -> {
            Thread thread = new Thread(run, "vbtrace-prepare-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> Ticket<T> submit(Callable<T> work) {
        Ticket<T> ticket = new Ticket<>(work);
        executor.execute(ticket.task);
        return ticket;
    }

    /**
     * The task's result, once it ends; a task that has been running longer than {@code timeout} is given up
     * (the time it waited for a thread does not count).
     *
     * @throws TimeoutException when it ran longer: it is given up
     */
    <T> T await(Ticket<T> ticket, Duration timeout) throws ExecutionException, TimeoutException, InterruptedException {
        long limit = timeout.toNanos();
        while (true) {
            try {
                if (ticket.task.isDone()) {
                    return ticket.task.get();
                }
                long began = ticket.started.get();
                long running = began == 0 ? 0 : System.nanoTime() - began;
                if (running > limit) {
                    giveUp(ticket);
                    if (!ticket.task.isDone() || ticket.task.isCancelled()) {
                        throw new TimeoutException();
                    }
                    continue; // it ended as it was given up
                }
                return ticket.task.get(Math.min(limit - running, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (ticket.task.isCancelled()) {
                    throw e;
                }
                // still waiting its turn or running: look at the clock again
            } catch (CancellationException e) {
                throw new TimeoutException();
            }
        }
    }

    private void giveUp(Ticket<?> ticket) {
        if (ticket.task.isDone()) {
            return;
        }
        if (ticket.task.cancel(true) && ticket.started.get() != 0) {
            // Its thread goes on until the regular expression ends: the others get one more thread meanwhile.
            ticket.lent.set(true);
            int extra = abandoned.incrementAndGet();
            executor.setMaximumPoolSize(workers + extra);
            executor.setCorePoolSize(workers + extra);
        }
    }

    private void lendBack() {
        int extra = abandoned.decrementAndGet();
        executor.setCorePoolSize(workers + extra);
        executor.setMaximumPoolSize(workers + extra);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
