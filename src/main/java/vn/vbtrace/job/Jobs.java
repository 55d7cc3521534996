package vn.vbtrace.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Long work (an upload's ingest, a folder's) run in the background by a few workers, each job followed by its id.
 * The queue is bounded in jobs and in the bytes they hold, so a burst of large uploads is refused ("busy") rather
 * than filling the memory; finished jobs are kept for a while (the last {@value #KEPT} of them) to be read back,
 * and each one's end is told to a listener that keeps it past a restart.
 */
public final class Jobs implements AutoCloseable {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    static final int KEPT = 1000;

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    /**
     * The work of one job: its result (shown as "result"), or a {@link JobFailedException} saying why not; it may
     * tell how far it got, which the job's status then shows.
     */
    @FunctionalInterface
    public interface Work {
        Object run(Progress progress) throws Exception;
    }

    /** How far a running job got: a share from 0 to 1 and what it is doing, in words for the user. */
    @FunctionalInterface
    public interface Progress {
        void report(double share, String phase);
    }

    private final ThreadPoolExecutor workers;
    private final int maxQueued;
    private final long maxQueuedBytes;
    private final AtomicLong queuedBytes = new AtomicLong();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Deque<String> finishedOrder = new ArrayDeque<>();
    private final Clock clock;
    private final Consumer<JobStatus> finished;

    /** {@code workers} jobs at once, at most {@code maxQueued} waiting and holding at most {@code maxQueuedBytes}. */
    public Jobs(int workers, int maxQueued, long maxQueuedBytes, Clock clock) {
        this(workers, maxQueued, maxQueuedBytes, clock, status -> { });
    }

    /** As above; {@code finished} is told each job's final status as it ends (to keep it past a restart). */
    public Jobs(int workers, int maxQueued, long maxQueuedBytes, Clock clock, Consumer<JobStatus> finished) {
        AtomicInteger n = new AtomicInteger();
        // Unbounded: the bound on what waits is submit's, which resumed jobs pass by.
        this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "vbtrace-job-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.maxQueued = maxQueued;
        this.maxQueuedBytes = maxQueuedBytes;
        this.clock = clock;
        this.finished = finished;
    }

    /** A new job's id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Queues the work under the given id. {@code bytes} is what the job holds in memory until it ends (an upload's
     * size). The bounds are checked before it is queued, so a burst past them can overshoot by the submits racing it.
     *
     * @throws JobRejectedException when the queue is full
     */
    public JobStatus submit(String id, String file, String submittedBy, Instant submittedAt, long bytes, Work work) {
        if (workers.getQueue().size() >= maxQueued) {
            throw busy();
        }
        long held = queuedBytes.addAndGet(bytes);
        if (held > maxQueuedBytes && held != bytes) { // one job alone may exceed the bound: the upload limit caps it
            queuedBytes.addAndGet(-bytes);
            throw busy();
        }
        return queue(new Job(id, file, submittedBy, submittedAt, bytes), work);
    }

    /**
     * Queues again a job accepted before the last stop, whatever waits already: it was promised, and its work reads
     * what it needs from disk when it runs, holding nothing meanwhile.
     */
    public JobStatus resume(String id, String file, String submittedBy, Instant submittedAt, Work work) {
        return queue(new Job(id, file, submittedBy, submittedAt, 0), work);
    }

    /** A job that ended before the last stop, answered again as it was then (unless a job of that id exists). */
    public void restore(JobStatus status) {
        if (!status.finished()) {
            throw new IllegalArgumentException("job " + status.job() + " has not ended: " + status.status());
        }
        Job job = new Job(status.job(), status.file(), status.submittedBy(), status.submittedAt(), 0);
        job.finish(status.status(), status.result(), status.error(), status.finishedAt());
        if (jobs.putIfAbsent(job.id, job) == null) {
            forgetOld(job.id);
        }
    }

    private JobStatus queue(Job job, Work work) {
        if (jobs.putIfAbsent(job.id, job) != null) {
            queuedBytes.addAndGet(-job.bytes);
            throw new IllegalArgumentException("job " + job.id + " exists already");
        }
        try {
            workers.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) { // closing
            jobs.remove(job.id);
            queuedBytes.addAndGet(-job.bytes);
            throw busy();
        }
        return job.status();
    }

    public Optional<JobStatus> status(String id) {
        Job job = id == null ? null : jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.status());
    }

    /** The job's status once it finished, or as it is after {@code patience}. */
    public JobStatus await(String id, Duration patience) throws InterruptedException {
        Job job = jobs.get(id);
        if (job == null) {
            throw new IllegalArgumentException("no job " + id);
        }
        try {
            job.finished.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still running, or finished with a failure: the status says which
        }
        return job.status();
    }

    private void run(Job job, Work work) {
        job.start();
        try {
            Object result = work.run(job::progress);
            job.finish(DONE, result, null, clock.instant());
        } catch (JobFailedException e) {
            job.finish(FAILED, null, e.getMessage(), clock.instant());
        } catch (Exception | Error e) {
            log.error("Job {} ({}) failed unexpectedly", job.id, job.file, e);
            job.finish(FAILED, null, "lỗi máy chủ khi xử lý tệp; chi tiết đã được ghi vào nhật ký của máy chủ", clock.instant());
        } finally {
            queuedBytes.addAndGet(-job.bytes);
            tell(job.status());
            forgetOld(job.id);
        }
    }

    private void tell(JobStatus status) {
        try {
            finished.accept(status);
        } catch (RuntimeException e) {
            log.warn("Job {} ended as {}, which could not be kept: {}", status.job(), status.status(), e.getMessage());
        }
    }

    private synchronized void forgetOld(String finished) {
        finishedOrder.addLast(finished);
        while (finishedOrder.size() > KEPT) {
            jobs.remove(finishedOrder.removeFirst());
        }
    }

    private JobRejectedException busy() {
        return new JobRejectedException("máy chủ đang bận: " + workers.getQueue().size() + " tệp đang chờ xử lý; hãy gửi lại sau ít phút");
    }

    /**
     * Lets running jobs end (their ingest is a unit of the journal) for a while, then stops the rest. Jobs still
     * waiting are not begun: an upload and a folder's ingest are kept on disk until their job ends ({@link JobSpool})
     * and queued again at the next start, so a stop need not wait for a queue of them.
     */
    @Override
    public void close() {
        workers.shutdown();
        List<Runnable> waiting = new ArrayList<>();
        workers.getQueue().drainTo(waiting);
        if (!waiting.isEmpty()) {
            log.info("{} queued jobs left for the next start", waiting.size());
        }
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** One job's mutable state; its status is read as an immutable snapshot. */
    private static final class Job {
        final String id;
        final String file;
        final String submittedBy;
        final Instant submittedAt;
        final long bytes;
        final CompletableFuture<Void> finished = new CompletableFuture<>();
        private String status = QUEUED;
        private Instant finishedAt;
        private Object result;
        private String error;
        /** What the work reported of its progress; null until it does. */
        private Double reportedShare;
        private String reportedPhase;

        Job(String id, String file, String submittedBy, Instant submittedAt, long bytes) {
            this.id = id;
            this.file = file;
            this.submittedBy = submittedBy;
            this.submittedAt = submittedAt;
            this.bytes = bytes;
        }

        synchronized void start() {
            status = RUNNING;
        }

        synchronized void progress(double share, String phase) {
            if (status.equals(RUNNING)) {
                reportedShare = Math.max(0.1, Math.min(0.99, share));
                reportedPhase = phase;
            }
        }

        synchronized void finish(String how, Object value, String message, Instant at) {
            status = how;
            result = value;
            error = message;
            finishedAt = at;
            finished.complete(null);
        }

        /**
         * Progress in steps the work can vouch for: 0 waiting, 0.1 once a worker took it (an upload is parsed,
         * extracted and stored in one call), what the work reported since (between 0.1 and 0.99: a folder's ingest
         * counts its files), 1 when it ended either way.
         */
        synchronized JobStatus status() {
            double progress = switch (status) {
                case QUEUED -> 0.0;
                case RUNNING -> reportedShare == null ? 0.1 : reportedShare;
                default -> 1.0;
            };
            String phase = switch (status) {
                case QUEUED -> "đang chờ đến lượt";
                case RUNNING -> reportedPhase == null ? "đang đọc, trích xuất và lưu" : reportedPhase;
                case DONE -> "xong";
                default -> "không thành công";
            };
            return new JobStatus(id, status, progress, phase, file, submittedBy, submittedAt, finishedAt, result, error);
        }
    }
}
