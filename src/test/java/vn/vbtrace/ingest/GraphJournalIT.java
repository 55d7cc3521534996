package vn.vbtrace.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.graph.GraphSettings;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.Neo4jServerProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal of instances sharing a Neo4j server (issue 13, point 4), against the server process with
 * authentication: what one instance begins, commits or leaves unfinished is what another instance sees. The kill -9
 * of a whole serve process is in {@code TwoInstancesIT}; here each instance is a journal object of its own.
 */
class GraphJournalIT {

    static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    static GraphStore graph;

    @BeforeAll
    static void open() {
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        server.wipe();
        graph = GraphStore.open(GraphSettings.remote(server.uri("bolt"), Neo4jServerProcess.USER, server.password()));
    }

    @AfterAll
    static void close() {
        graph.close();
    }

    static Journal.Entry entry(String id, String hash) {
        return new Journal.Entry(id, hash, hash.substring(0, 2) + "/" + hash + ".txt.gz", "tai-len/" + id + ".txt");
    }

    @Test
    void aFileCommittedByOneInstanceIsStoredForTheOther() {
        GraphJournal a = new GraphJournal(graph.ledger(), "may-a", LEASE);
        GraphJournal b = new GraphJournal(graph.ledger(), "may-b", LEASE);
        try {
            Journal.Batch batch = a.beginBatch(List.of(entry("qd-1-ubnd", "aa01"), entry("qd-2-ubnd", "aa02")));
            assertThat(b.isCommitted("aa01")).as("not stored before the batch is committed").isFalse();

            a.commitBatch(batch);

            assertThat(b.isCommitted("aa01")).isTrue();
            assertThat(b.isCommitted("aa02")).isTrue();
            assertThat(b.committedOf("qd-2-ubnd")).containsExactly(entry("qd-2-ubnd", "aa02"));
            assertThat(b.pendingBatches()).as("a committed batch is nobody's unfinished work").isEmpty();
        } finally {
            a.close();
            b.close();
        }
    }

    @Test
    void aLiveInstancesBatchIsLeftAloneAndADeadInstancesIsFinishedByAnother() {
        GraphJournal a = new GraphJournal(graph.ledger(), "may-c", LEASE);
        GraphJournal b = new GraphJournal(graph.ledger(), "may-d", LEASE);
        GraphJournal c = new GraphJournal(graph.ledger(), "may-e", LEASE);
        try {
            Journal.Batch underWay = a.beginBatch(List.of(entry("kh-3-ubnd", "bb03")));

            assertThat(b.pendingBatches()).as("instance c is alive: its batch is being written").isEmpty();

            a.close(); // stops saying it is alive, with the batch unfinished: as a process that died mid-batch
            List<Journal.Batch> claimed = b.pendingBatches();

            assertThat(claimed).singleElement().satisfies(batch -> {
                assertThat(batch.number()).isEqualTo(underWay.number());
                assertThat(batch.entries()).containsExactly(entry("kh-3-ubnd", "bb03"));
            });
            assertThat(c.pendingBatches()).as("claimed by a live instance, so no longer an orphan").isEmpty();

            b.abortBatch(claimed.getFirst()); // finished under a batch of its own
            assertThat(c.pendingBatches()).isEmpty();
        } finally {
            b.close();
            c.close();
        }
    }

    @Test
    void aRestartedInstanceFinishesWhatItsPreviousLifeLeftWithoutWaitingForTheLease() {
        GraphJournal killed = new GraphJournal(graph.ledger(), "may-f", LEASE);
        Journal.Batch removal = killed.beginRemoval(List.of("qd-9-ubnd"));
        // Killed without a word: its heartbeat would go on in this JVM, but the restarted process takes the name over.
        GraphJournal restarted = new GraphJournal(graph.ledger(), "may-f", LEASE);
        GraphJournal other = new GraphJournal(graph.ledger(), "may-g", LEASE);
        try {
            List<Journal.Batch> claimed = restarted.pendingBatches();

            assertThat(claimed).singleElement().satisfies(batch -> {
                assertThat(batch.number()).isEqualTo(removal.number());
                assertThat(batch.removals()).containsExactly("qd-9-ubnd");
            });
            restarted.abortBatch(claimed.getFirst());
            assertThat(other.pendingBatches()).isEmpty();
        } finally {
            killed.close();
            restarted.close();
            other.close();
        }
    }

    @Test
    void aDataFoldersJournalFileMovesIntoTheServer() {
        FileJournal local = new FileJournal(dir.resolve("journal.log"));
        local.commitBatch(local.beginBatch(List.of(entry("qd-5-ubnd", "cc05"))));
        local.beginBatch(List.of(entry("qd-6-ubnd", "cc06"))); // a crash left it unfinished
        GraphJournal shared = new GraphJournal(graph.ledger(), "may-h", LEASE);
        try {
            shared.adopt(local);

            assertThat(shared.isCommitted("cc05")).isTrue();
            assertThat(shared.committedOf("qd-5-ubnd")).containsExactly(entry("qd-5-ubnd", "cc05"));
            assertThat(shared.isCommitted("cc06")).isFalse();
            List<Journal.Batch> unfinished = shared.pendingBatches();
            assertThat(unfinished).singleElement()
                    .satisfies(batch -> assertThat(batch.entries()).containsExactly(entry("qd-6-ubnd", "cc06")));
            shared.abortBatch(unfinished.getFirst());
        } finally {
            shared.close();
        }
    }
}
