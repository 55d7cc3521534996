package vn.vbtrace.ingest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.ChildJvm;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.bench.CorpusGenerator;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Json;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed mid-ingest or mid-re-extraction leaves no document in one store only, none twice and
 * none lost: the restart finishes the batch the journal shows in flight, from the stored originals. The
 * ingest runs as a real child JVM, halted at a step of a batch ({@link HaltingIngest}) or killed with SIGKILL.
 */
class CrashRecoveryIT {

    /** A batch of 500 documents and a few more, generated as the scale benchmark's sets are. */
    private static final int GENERATED = 520;
    private static final int BATCH = 500;

    @TempDir
    static Path shared;
    static Path generated;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        generated = shared.resolve("set");
        CorpusGenerator.generate(GENERATED, generated, 9, Path.of("src/test/resources/seeds"));
    }

    @Test
    void haltedWithABatchJournalledButNotYetWrittenThenRestartedLeavesBothStoresAgreeing() throws Exception {
        Path data = dir.resolve("data");
        Process child = halting(data, "journalled", 1, 2, List.of("ingest", TestCorpus.ROOT.toString()));
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child halted at the fault point").isEqualTo(HaltingIngest.HALTED);
        assertThat(new FileJournal(data.resolve("journal.log")).pendingBatches()).hasSize(1);

        try (Stores stores = Stores.open(new DataFolder(data), new Pipeline())) {
            // The first two files are renditions of 1852/QĐ-UBND (its PDF and its portal page): one document.
            assertConsistent(stores, 1);
            // Ingesting again completes the corpus and finds the two finished files unchanged.
            IngestReport rest = stores.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
            assertThat(rest.failed()).isEmpty();
            assertThat(rest.unchanged()).isEqualTo(2);
            assertConsistent(stores, 5);
        }
    }

    @Test
    void aBatchOf500HaltedWhileIngestingThenWhileReextractingLosesNothingAndDuplicatesNothing() throws Exception {
        Path data = dir.resolve("data");
        Path docs = generated.resolve("docs");
        // The graph committed the first batch of 500; the indexes and the journal's end of it did not.
        Process ingest = halting(data, "graphWritten", 1, BATCH, List.of("ingest", docs.toString()));
        assertThat(ingest.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(ingest.exitValue()).isEqualTo(HaltingIngest.HALTED);
        assertThat(new FileJournal(data.resolve("journal.log")).pendingBatches()).singleElement()
                .satisfies(batch -> assertThat(batch.entries()).hasSize(BATCH));

        Set<String> ids;
        try (Stores stores = Stores.open(new DataFolder(data), new Pipeline())) {
            assertConsistent(stores, BATCH);
            IngestReport rest = stores.ingester().ingest(List.of(docs), s -> { }, n -> { });
            assertThat(rest.unchanged()).isEqualTo(BATCH);
            assertThat(rest.ingested()).isEqualTo(GENERATED - BATCH);
            assertConsistent(stores, GENERATED);
            ids = stores.index().ids();
        }

        // Re-extraction halted the same way, half way through its first batch.
        Process reextract = halting(data, "graphWritten", 1, BATCH, List.of("reextract"));
        assertThat(reextract.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(reextract.exitValue()).isEqualTo(HaltingIngest.HALTED);
        try (Stores stores = Stores.open(new DataFolder(data), new Pipeline())) {
            assertConsistent(stores, GENERATED);
            assertThat(stores.index().ids()).containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    /**
     * A new release derives an upgraded folder again at its start; stopped half way, the next start goes on from where
     * it was rather than from the first document (at 100,000 documents the whole is a quarter of an hour).
     */
    @Test
    void anUpgradeHaltedHalfWayThroughItsDerivationGoesOnFromThereAtTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        DataFolder folder = new DataFolder(data);
        IngestSettings batchesOf100 = IngestSettings.fromEnvironment().withBatchSize(100);
        Set<String> ids;
        try (Stores stores = Stores.open(folder, new Pipeline(), batchesOf100, IngestListener.NONE)) {
            stores.ingester().ingest(List.of(generated.resolve("docs")), s -> { }, n -> { });
            ids = stores.index().ids();
            // What the older release left: nothing in the search index, so a document not derived again stays missing.
            ids.forEach(stores.index()::delete);
        }
        Files.writeString(folder.derivationVersion(), "1\n");

        // The new release's start derives them again, and halts in its third batch of 100 (before its journal's end).
        Process start = halting(data, "indexCommitted", 3, 100, List.of("open"));
        assertThat(start.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(start.exitValue()).isEqualTo(HaltingIngest.HALTED);
        assertThat(Files.readString(folder.derivationCheckpoint())).contains("derived 200");

        AtomicInteger written = new AtomicInteger();
        IngestListener counting = new IngestListener() {
            @Override
            public void indexCommitted(Journal.Batch batch) {
                written.addAndGet(batch.entries().size());
            }
        };
        try (Stores stores = Stores.open(folder, new Pipeline(), batchesOf100, counting)) {
            assertConsistent(stores, GENERATED);
            assertThat(stores.index().ids()).containsExactlyInAnyOrderElementsOf(ids);
        }
        // The third batch finished from the journal (100), then the 320 files the first start had not committed again.
        assertThat(written.get()).as("files written by the second start").isEqualTo(100 + GENERATED - 200);
        assertThat(folder.derivationCheckpoint()).doesNotExist();
        assertThat(Files.readString(folder.derivationVersion()).strip()).isEqualTo(String.valueOf(Pipeline.DERIVATION_VERSION));
    }

    @Test
    void killedWithSigkillDuringABatchOf500ThenRestartedLeavesBothStoresAgreeing() throws Exception {
        Path data = dir.resolve("data");
        Process child = inChild(data, List.of("-Dvbtrace.ingest.batch-size=" + BATCH), "vn.vbtrace.VbtraceApplication",
                List.of("ingest", generated.resolve("docs").toString(), "--data", data.toString(), "--json"));
        Path journal = data.resolve("journal.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline && child.isAlive() && !batchUnderWay(journal)) {
            Thread.sleep(20);
        }
        assertThat(batchUnderWay(journal)).as("a batch of 500 was being written").isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of any store
        child.waitFor(60, TimeUnit.SECONDS);

        try (Stores stores = Stores.open(new DataFolder(data), new Pipeline())) {
            assertConsistent(stores, BATCH);
        }
    }

    /** No pending work; the same documents in the index and the graph, once each; every duty clause of them in the task index. */
    private static void assertConsistent(Stores stores, int documents) {
        assertThat(new FileJournal(stores.data().journal()).pendingBatches()).isEmpty();
        Set<String> indexed = stores.index().ids();
        assertThat(stores.index().count()).as("no document twice in the index").isEqualTo(indexed.size());
        assertThat(stores.graph().documentIds()).containsExactlyInAnyOrderElementsOf(indexed);
        assertThat(indexed).hasSize(documents);
        int clauses = 0;
        for (String id : indexed) {
            clauses += Json.read(stores.index().get(id).orElseThrow().extractionJson(), Extraction.class).assignments().size();
        }
        assertThat(stores.tasks().count()).as("each duty clause once in the task index").isEqualTo(clauses);
    }

    private static boolean batchUnderWay(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return false;
        }
        List<String> lines = Files.readAllLines(journal);
        return lines.stream().anyMatch(line -> line.startsWith("BATCH\t") && line.endsWith("\tEND"))
                && lines.stream().noneMatch(line -> line.startsWith("BATCH-COMMIT"));
    }

    private static Process halting(Path data, String step, int batch, int batchSize, List<String> command) throws IOException {
        List<String> args = new ArrayList<>(List.of(step, String.valueOf(batch), String.valueOf(batchSize), data.toString()));
        args.addAll(command);
        return inChild(data, List.of(), HaltingIngest.class.getName(), args);
    }

    private static Process inChild(Path data, List<String> jvmArgs, String mainClass, List<String> args) throws IOException {
        List<String> command = ChildJvm.command("-Xmx1g");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Files.createDirectories(data.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.getParent().resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }
}
