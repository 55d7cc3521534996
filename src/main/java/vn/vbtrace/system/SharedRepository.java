package vn.vbtrace.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.graph.GraphSettings;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.ingest.FileJournal;
import vn.vbtrace.ingest.GraphJournal;
import vn.vbtrace.ingest.Journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * What changes when several vbtrace instances serve one repository (a Neo4j server, an OpenSearch server and a
 * shared folder of originals): where the originals are (vbtrace.files.dir / VBTRACE_FILES_DIR, default the data
 * folder's {@code files/}), and where the ingest journal is (the data folder beside an embedded graph; the graph
 * server otherwise, see {@link GraphJournal}), under which instance name (vbtrace.instance / VBTRACE_INSTANCE,
 * default host and data folder) and lease (vbtrace.journal.lease-seconds / VBTRACE_JOURNAL_LEASE_SECONDS, 30).
 */
final class SharedRepository {

    private static final Logger log = LoggerFactory.getLogger(SharedRepository.class);
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    private SharedRepository() {
    }

    /** The folder of original files: shared by the instances when VBTRACE_FILES_DIR names one. */
    static Path originals(DataFolder data) {
        String dir = Setting.given("vbtrace.files.dir", "VBTRACE_FILES_DIR");
        return dir == null ? data.originals() : Path.of(dir).toAbsolutePath().normalize();
    }

    static Journal journal(DataFolder data, GraphSettings settings, GraphStore graph) {
        if (settings.isEmbedded()) {
            return new FileJournal(data.journal());
        }
        GraphJournal journal = new GraphJournal(graph.ledger(), instanceName(data), lease());
        adoptLocalJournal(data, journal);
        return journal;
    }

    /**
     * A data folder that kept its journal in a file (it had an embedded graph) and now names a graph server: its
     * register moves to the server once, and the file is kept, renamed, as a record of what was moved.
     */
    private static void adoptLocalJournal(DataFolder data, GraphJournal journal) {
        Path file = data.journal();
        if (!Files.exists(file)) {
            return;
        }
        FileJournal local = new FileJournal(file);
        journal.adopt(local);
        // Counted before the file moves: the local journal reads its entries back from the file.
        int stored = local.committedCount();
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + ".moved-to-graph-server"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set aside the journal file " + file + ": " + e.getMessage(), e);
        }
        log.info("The journal of {} ({} stored files) now lives in the graph server", data.root(), stored);
    }

    private static String instanceName(DataFolder data) {
        String given = Setting.given("vbtrace.instance", "VBTRACE_INSTANCE");
        if (given != null) {
            return given;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return host + ":" + data.root();
    }

    private static Duration lease() {
        String given = Setting.given("vbtrace.journal.lease-seconds", "VBTRACE_JOURNAL_LEASE_SECONDS");
        if (given == null) {
            return DEFAULT_LEASE;
        }
        try {
            long seconds = Long.parseLong(given);
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("vbtrace.journal.lease-seconds phải là một số giây dương, không phải \""
                    + given + "\"");
        }
    }
}
