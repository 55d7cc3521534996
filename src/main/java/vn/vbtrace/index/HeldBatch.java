package vn.vbtrace.index;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A batch for a server without multi-document transactions, as both OpenSearch indexes write: its writes are held in
 * this process ({@link #send} on commit, {@link #discard} on rollback), one batch at a time per index (its lock, taken
 * when the batch begins and given back by the thread that began it, when the batch ends). Closing it unended rolls it
 * back. Staging may run on several threads; the subclass stages under {@code synchronized (this)}.
 */
abstract class HeldBatch {

    private final ReentrantLock lock;
    private boolean open = true;

    HeldBatch(ReentrantLock lock) {
        lock.lock();
        this.lock = lock;
    }

    /** Sends what was held; called once, holding this batch's monitor. */
    abstract void send();

    /** Forgets what was held; called once, holding this batch's monitor. */
    abstract void discard();

    public void commit() {
        open = false;
        try {
            synchronized (this) {
                send();
            }
        } finally {
            lock.unlock();
        }
    }

    public void rollback() {
        open = false;
        try {
            synchronized (this) {
                discard();
            }
        } finally {
            lock.unlock();
        }
    }

    public void close() {
        if (open) {
            rollback();
        }
    }
}
