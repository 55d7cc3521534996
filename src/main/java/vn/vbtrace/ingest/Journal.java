package vn.vbtrace.ingest;

import java.util.Collection;
import java.util.List;

/**
 * The record of every ingest that makes a batch land in both stores or in neither: a batch is recorded before
 * either store is written and ended once both hold it (or neither does); a batch begun and not ended is work a
 * crash interrupted, finished from the stored originals. Its committed entries double as the register of the
 * files already stored (an upload of the same bytes is "unchanged") and of each document's originals.
 * <p>
 * Where it lives follows the graph: beside an embedded graph, a file in the data folder ({@link FileJournal});
 * with a Neo4j server, in that server ({@link GraphJournal}), because then several vbtrace instances write the same
 * stores and an instance's interrupted batch must be found and finished by whichever instance is alive.
 */
public interface Journal extends AutoCloseable {

    /** One ingest of one file. */
    record Entry(String id, String hash, String storedName, String source) {
    }

    /**
     * Files written to both stores together, under one number; or documents taken out of every store
     * together ({@code removals}: their ids).
     */
    record Batch(long number, List<Entry> entries, List<String> removals) {

        public Batch {
            entries = List.copyOf(entries);
            removals = List.copyOf(removals);
        }

        public Batch(long number, List<Entry> entries) {
            this(number, entries, List.of());
        }
    }

    /** Whether a file with these bytes is already stored. */
    boolean isCommitted(String hash);

    /** The batches a crash interrupted, to be finished by this process: in the order begun. */
    List<Batch> pendingBatches();

    /** Records the batch before either store is written; returns it with its number. */
    Batch beginBatch(List<Entry> entries);

    /** Records that these documents are about to be taken out of every store; ended like a batch. */
    Batch beginRemoval(Collection<String> ids);

    /** Both stores hold the batch. */
    void commitBatch(Batch batch);

    /** Neither store holds the batch (rolled back, or finished again under a batch of its own). */
    void abortBatch(Batch batch);

    /** Every stored file's last committed ingest, oldest first: what a re-extraction replays, in that order. */
    List<Entry> committed();

    /** The stored files whose last committed ingest made this document, in the order they were committed. */
    List<Entry> committedOf(String id);

    /** Nothing to release for a file; a shared journal stops telling the others this process is alive. */
    @Override
    default void close() {
    }
}
