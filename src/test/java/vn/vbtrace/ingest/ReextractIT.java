package vn.vbtrace.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Json;
import vn.vbtrace.graph.GraphTestAccess;
import vn.vbtrace.index.StoredDocument;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;
import vn.vbtrace.bench.CorpusGenerator;
import vn.vbtrace.web.WebServer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored documents are derived again from their originals: on demand (the reextract command) and
 * once when a data folder written by an older derivation version is opened.
 */
class ReextractIT {

    @TempDir
    Path dir;

    @Test
    void aFolderFromAnOlderVersionIsRederivedFromItsOriginalsOnOpen() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        String id1852;
        try (Stores stores = Stores.open(data, new Pipeline())) {
            stores.ingester().ingest(List.of(TestCorpus.DECISION_1852), s -> { }, n -> { });
            id1852 = stores.graph().findByNumber("1852/QĐ-UBND").orElseThrow().id();
            // What an older version left: the document missing from the index, and the stamp of version 1.
            stores.index().delete(id1852);
        }
        Files.writeString(data.derivationVersion(), "1\n");

        try (Stores stores = Stores.open(data, new Pipeline())) {
            assertThat(stores.index().get(id1852)).isPresent();
            assertThat(stores.index().get(id1852).orElseThrow().number()).isEqualTo("1852/QĐ-UBND");
            stores.index().delete(id1852);
        }
        assertThat(Files.readString(data.derivationVersion()).strip()).isEqualTo(String.valueOf(Pipeline.DERIVATION_VERSION));

        // Stamped with the current version: opening again derives nothing, so the deletion stays.
        try (Stores stores = Stores.open(data, new Pipeline())) {
            assertThat(stores.index().get(id1852)).isEmpty();
        }
    }

    /**
     * A server opens an upgraded folder at once and derives it again while it listens: its health check says STARTING
     * with how far the re-derivation is (an upgraded repository of 100,000 documents takes a quarter of an hour, which
     * the server spent silent before), then UP with the folder stamped with this version.
     */
    @Test
    void aServerAnswersItsHealthCheckWithTheProgressWhileItDerivesAnUpgradedFolderAgain() throws Exception {
        Path set = dir.resolve("set");
        CorpusGenerator.generate(400, set, 13, Path.of("src/test/resources/seeds"));
        DataFolder data = new DataFolder(dir.resolve("data"));
        try (Stores stores = Stores.open(data, new Pipeline())) {
            stores.ingester().ingest(List.of(set), s -> { }, n -> { });
        }
        Files.writeString(data.derivationVersion(), "1\n");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CompletableFuture<ConfigurableApplicationContext> starting =
                CompletableFuture.supplyAsync(() -> WebServer.start(dir.resolve("data"), port, null));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build();
        String duringDerivation = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (duringDerivation == null && !starting.isDone() && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 503 && answer.body().contains("derivation")) {
                    duringDerivation = answer.body();
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            }
            Thread.sleep(20);
        }
        try (ConfigurableApplicationContext server = starting.get(180, TimeUnit.SECONDS)) {
            assertThat(duringDerivation).as("the health check while the folder is derived again")
                    .contains("\"status\":\"STARTING\"").containsPattern("Re-derived [\\d,]+ of [\\d,]+ stored documents");
            HttpResponse<String> up = http.send(health, HttpResponse.BodyHandlers.ofString());
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"status\":\"UP\"").doesNotContain("derivation");
        }
        assertThat(Files.readString(data.derivationVersion()).strip()).isEqualTo(String.valueOf(Pipeline.DERIVATION_VERSION));
    }

    /**
     * Stores closed while they derive an upgraded folder (a server told to stop during its start) wait for the batch
     * being written, end the derivation there with its checkpoint saved, and the next opening derives the rest.
     */
    @Test
    void storesClosedDuringTheDerivationEndItAfterABatchAndTheNextOpeningDerivesTheRest() throws Exception {
        Path set = dir.resolve("set");
        CorpusGenerator.generate(400, set, 17, Path.of("src/test/resources/seeds"));
        DataFolder data = new DataFolder(dir.resolve("data"));
        IngestSettings batchesOf20 = IngestSettings.fromEnvironment().withBatchSize(20);
        java.util.Set<String> ids;
        try (Stores stores = Stores.open(data, new Pipeline(), batchesOf20, IngestListener.NONE)) {
            stores.ingester().ingest(List.of(set), s -> { }, n -> { });
            ids = stores.index().ids();
        }
        Files.writeString(data.derivationVersion(), "1\n");

        java.util.concurrent.CountDownLatch secondBatch = new java.util.concurrent.CountDownLatch(2);
        IngestListener batches = new IngestListener() {
            @Override
            public void indexCommitted(Journal.Batch batch) {
                secondBatch.countDown();
            }
        };
        Stores stores = Stores.openDeferringDerivation(data, new Pipeline(), batchesOf20, batches);
        CompletableFuture<Void> deriving = CompletableFuture.runAsync(stores::catchUpWithDerivation);
        assertThat(secondBatch.await(120, TimeUnit.SECONDS)).isTrue();
        stores.close();
        deriving.get(10, TimeUnit.SECONDS); // ended, and without an error

        int derived = Integer.parseInt(Files.readAllLines(data.derivationCheckpoint()).stream()
                .filter(line -> line.startsWith("derived ")).findFirst().orElseThrow().substring("derived ".length()));
        assertThat(derived).as("documents derived before the close").isBetween(40, 399);
        assertThat(Files.readString(data.derivationVersion()).strip()).isEqualTo("1");

        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        IngestListener counting = new IngestListener() {
            @Override
            public void indexCommitted(Journal.Batch batch) {
                written.addAndGet(batch.entries().size());
            }
        };
        try (Stores reopened = Stores.open(data, new Pipeline(), batchesOf20, counting)) {
            assertThat(written.get()).as("documents derived by the next opening").isEqualTo(400 - derived);
            assertThat(reopened.index().ids()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(reopened.graph().documentIds()).containsExactlyInAnyOrderElementsOf(ids);
        }
        assertThat(data.derivationCheckpoint()).doesNotExist();
        assertThat(Files.readString(data.derivationVersion()).strip()).isEqualTo(String.valueOf(Pipeline.DERIVATION_VERSION));
    }

    @Test
    void anIdAnOlderExtractorGaveIsRetiredFromBothStores() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        try (Stores stores = Stores.open(data, new Pipeline())) {
            stores.ingester().ingest(List.of(TestCorpus.LETTER_4258), s -> { }, n -> { });
        }
        // An older extractor that could not read the letter's number stored it under its hash.
        FileJournal journal = new FileJournal(data.journal());
        Journal.Entry current = journal.committed().getFirst();
        String oldId = "sha256:" + current.hash();
        try (Stores stores = Stores.open(data, new Pipeline())) {
            IngestedDocument stale = new IngestedDocument(oldId, current.source(), current.hash(), "Công văn cũ",
                    new Extraction(vn.vbtrace.document.DocumentMetadata.empty(), List.of(), List.of()), Instant.now());
            stores.index().put(stale);
            stores.graph().write(stale);
            Journal.Entry older = new Journal.Entry(oldId, current.hash(), current.storedName(), current.source());
            new FileJournal(data.journal()).begin(older);
            new FileJournal(data.journal()).commit(older);
        }
        try (Stores stores = Stores.open(data, new Pipeline())) {
            ReextractReport report = stores.ingester().reextract(s -> { });
            assertThat(report.reextracted()).isEqualTo(1);
            assertThat(report.retired()).isEqualTo(1);
            assertThat(stores.index().get(oldId)).isEmpty();
            assertThat(stores.graph().findById(oldId)).isEmpty();
            String id4258 = DocumentNumbers.idForNumber("4258/BKHCN-TĐC");
            assertThat(stores.graph().findById(id4258).orElseThrow().stub()).isFalse();
            assertThat(stores.index().get(id4258).orElseThrow().title()).contains("báo cáo");
        }
    }

    @Test
    void aBatchWhoseGraphWriteFailsLeavesTheOldDerivedValuesInTheIndexToo() throws Exception {
        DataFolder data = new DataFolder(dir.resolve("data"));
        String id = DocumentNumbers.idForNumber("1852/QĐ-UBND");
        String title;
        try (Stores stores = Stores.open(data, new Pipeline())) {
            stores.ingester().ingest(List.of(TestCorpus.DECISION_1852), s -> { }, n -> { });
            StoredDocument stored = stores.index().get(id).orElseThrow();
            DocumentMetadata m = Json.read(stored.extractionJson(), Extraction.class).document();
            title = m.title();
            assertThat(title).isNotBlank();
            // What an older extractor left in both stores: the same document under another title.
            IngestedDocument stale = new IngestedDocument(id, stored.source(), stored.contentHash(), stored.text(),
                    new Extraction(new DocumentMetadata(m.number(), m.type(), m.issuer(), m.issuedDate(), m.place(),
                            "Tiêu đề cũ", m.signer()), List.of(), List.of()), Instant.now());
            stores.index().put(stale);
            stores.graph().write(stale);
            // The graph refuses the re-derived document: another node already holds its title, which must be unique.
            GraphTestAccess.run(stores.graph(), "CREATE (:Document {id: 'blocker', title: $title})", Map.of("title", title));
            GraphTestAccess.run(stores.graph(),
                    "CREATE CONSTRAINT reextract_test_title FOR (d:Document) REQUIRE d.title IS UNIQUE", Map.of());
        }
        try (Stores stores = Stores.open(data, new Pipeline())) {
            ReextractReport report = stores.ingester().reextract(s -> { });

            assertThat(report.reextracted()).isZero();
            assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.error()).contains("không lưu được"));
            // Neither store took the batch: the index still shows the old title, as the graph does.
            assertThat(stores.index().get(id).orElseThrow().title()).isEqualTo("Tiêu đề cũ");
            assertThat(stores.graph().findById(id).orElseThrow().title()).isEqualTo("Tiêu đề cũ");

            // Once the graph accepts it, the same re-extraction stores the new title in both.
            GraphTestAccess.run(stores.graph(), "DROP CONSTRAINT reextract_test_title", Map.of());
            GraphTestAccess.run(stores.graph(), "MATCH (d:Document {id: 'blocker'}) DELETE d", Map.of());
            assertThat(stores.ingester().reextract(s -> { }).reextracted()).isEqualTo(1);
            assertThat(stores.index().get(id).orElseThrow().title()).isEqualTo(title);
            assertThat(stores.graph().findById(id).orElseThrow().title()).isEqualTo(title);
        }
    }
}
