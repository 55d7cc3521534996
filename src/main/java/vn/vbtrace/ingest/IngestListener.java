package vn.vbtrace.ingest;

/**
 * Hears each step of writing a batch, in order. Production ingest passes {@link #NONE}; the crash tests
 * pass one that stops the process at a chosen step, to show that a batch is in both stores or neither
 * whatever step a crash interrupts.
 */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** The batch's journal line is on disk; neither store is written yet. */
    default void journalled(Journal.Batch batch) {
    }

    /** The graph transaction holding the batch committed; the indexes are staging it, not committed. */
    default void graphWritten(Journal.Batch batch) {
    }

    /** The batch is staged in the indexes (staged while the graph was written), not committed. */
    default void indexStaged(Journal.Batch batch) {
    }

    /** The indexes committed the batch; the journal does not say so yet. */
    default void indexCommitted(Journal.Batch batch) {
    }
}
