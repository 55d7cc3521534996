package vn.vbtrace.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.ChildJvm;
import vn.vbtrace.FileUpload;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.TestUsers;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Json;
import vn.vbtrace.graph.Neo4jServerProcess;
import vn.vbtrace.index.OpenSearchServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, point 4: two {@code serve} processes on different ports serve one repository: the graph on a Neo4j
 * server process (authentication on), the search index on an OpenSearch process, the originals in a shared folder,
 * each instance with its own data folder. What is uploaded to one is found, chained and checked on the other; the
 * same file uploaded to both at once is one document; a kill -9 of one during an ingest leaves the graph, the search
 * index and the register of stored files holding the same documents once the other has finished the orphaned batch.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    /** Short, so the surviving instance finishes a dead one's batch within seconds (the default is 30 s). */
    static final int LEASE_SECONDS = 3;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    static Neo4jServerProcess graph;
    static URI search;
    static String index;
    static Path files;
    static Instance a;
    static Instance b;

    /** One serve process: its data folder, its name among the instances, the process and its address. */
    record Instance(String name, Path data, Process process, String base) {
    }

    @BeforeAll
    static void startBoth() throws Exception {
        graph = Neo4jServerProcess.shared();
        graph.wipe();
        search = OpenSearchServer.uri();
        index = "vbtrace-two-" + Long.toHexString(System.nanoTime());
        files = Files.createDirectories(dir.resolve("shared-files"));
        a = start("may-a", dir.resolve("a"));
        b = start("may-b", dir.resolve("b"));
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null && instance.process().isAlive()) {
                instance.process().destroy();
                if (!instance.process().waitFor(120, TimeUnit.SECONDS)) {
                    instance.process().destroyForcibly();
                }
            }
        }
    }

    static Instance start(String name, Path data) throws Exception {
        Files.createDirectories(data);
        if (!Files.exists(new DataFolder(data).users())) {
            TestUsers.add(data, TestUsers.EDITOR);
        }
        Files.deleteIfExists(data.resolve(LocalServer.FILE)); // a killed server's note
        List<String> command = ChildJvm.command("-Xmx768m", "-cp", System.getProperty("java.class.path"), "vn.vbtrace.VbtraceApplication",
                "serve", "--port", "0", "--data", data.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("VBTRACE_GRAPH_URI", graph.uri("neo4j"));
        env.put("VBTRACE_GRAPH_USER", Neo4jServerProcess.USER);
        env.put("VBTRACE_GRAPH_PASSWORD", graph.password());
        env.put("VBTRACE_SEARCH_URI", search.toString());
        env.put("VBTRACE_SEARCH_INDEX", index);
        env.put("VBTRACE_FILES_DIR", files.toString());
        env.put("VBTRACE_INSTANCE", name);
        env.put("VBTRACE_JOURNAL_LEASE_SECONDS", Integer.toString(LEASE_SECONDS));
        Process process = builder.start();
        DataFolder folder = new DataFolder(data);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (LocalServer.find(folder).isEmpty()) {
            assertThat(process.isAlive()).as(name + " runs: " + dir.resolve(name + ".log")).isTrue();
            assertThat(System.nanoTime()).as(name + " started within 5 minutes").isLessThan(deadline);
            Thread.sleep(100);
        }
        return new Instance(name, data, process, "http://127.0.0.1:" + LocalServer.find(folder).orElseThrow().port());
    }

    @Test
    @Order(1)
    void aDocumentUploadedToOneIsFoundChainedAndCheckedOnTheOther() throws Exception {
        stored(a, upload(a, TestCorpus.ROOT.resolve("2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt")));
        stored(a, upload(a, TestCorpus.ROOT.resolve("2023-11-17_4258-BKHCN-TDC_cong-van-bao-cao-1322.txt")));

        JsonNode found = get(b, "/api/search?q=" + q("1852/QĐ-UBND")).json();
        assertThat(found.get("hits").get(0).get("number").asString()).isEqualTo("1852/QĐ-UBND");
        JsonNode words = get(b, "/api/search?q=" + q("bố trí kinh phí")).json();
        assertThat(words.get("hits").valueStream().map(h -> h.get("number").asString(""))).contains("1852/QĐ-UBND");

        // Who is responsible: the duty clauses a wrote are answered by b.
        JsonNode answers = get(b, "/api/responsible?q=" + q("bố trí kinh phí")).json().get("answers");
        assertThat(answers.valueStream().filter(x -> x.get("body").asString("").equals("Sở Tài chính")
                && x.get("document").get("number").asString("").equals("1852/QĐ-UBND")
                && x.get("task").asString("").contains("bố trí kinh phí")))
                .as("Sở Tài chính bố trí kinh phí under 1852/QĐ-UBND, asked on b: " + answers).isNotEmpty();

        JsonNode chain = get(b, "/api/chain?number=" + q("1322/QĐ-TTg") + "&direction=down&depth=2").json();
        assertThat(chain.get("nodes").valueStream().map(n -> n.get("number").asString("")))
                .contains("1852/QĐ-UBND", "4258/BKHCN-TĐC");

        Reply check = post(b, "/api/check", "text/plain; charset=UTF-8",
                "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn;".getBytes(StandardCharsets.UTF_8));
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().get("summary").get("ok").asInt()).isEqualTo(1);
        assertThat(check.json().get("citations").get(0).get("match").get("number").asString()).isEqualTo("1852/QĐ-UBND");

        // The original, uploaded to a, downloads from b: it is in the shared folder, listed by the shared journal.
        String id = found.get("hits").get(0).get("id").asString();
        JsonNode page = get(b, "/api/documents/" + id).json();
        assertThat(page.toString()).contains("2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt");
    }

    @Test
    @Order(2)
    void theSameFileUploadedToBothAtOnceIsOneDocument() throws Exception {
        byte[] plan = plan(4242, "Kế hoạch tải lên hai nơi cùng lúc");
        String hash = DocumentNumbers.sha256Hex(plan);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (Instance instance : List.of(a, b)) {
                replies.add(two.submit(() -> {
                    together.await();
                    return upload(instance, "4242-KH-UBND.txt", plan);
                }));
            }
            for (int i = 0; i < 2; i++) {
                stored(List.of(a, b).get(i), replies.get(i).get());
            }
        } finally {
            two.shutdownNow();
        }

        assertThat(graph.count("MATCH (d:Document {number: '4242/KH-UBND'}) RETURN count(d)")).isEqualTo(1);
        assertThat(graph.count("MATCH (f:StoredFile {hash: '" + hash + "'}) RETURN count(f)")).isEqualTo(1);
        for (Instance instance : List.of(a, b)) {
            JsonNode hits = get(instance, "/api/search?q=" + q("4242/KH-UBND")).json().get("hits");
            assertThat(hits.valueStream().filter(h -> h.get("number").asString("").equals("4242/KH-UBND")).count())
                    .as("hits for 4242/KH-UBND on " + instance.name()).isEqualTo(1);
        }
        try (Stream<Path> stored = Files.walk(files)) {
            assertThat(stored.filter(p -> p.getFileName().toString().startsWith(hash))).hasSize(1);
        }
    }

    @Test
    @Order(3)
    void aKillDashNineDuringAnIngestLeavesBothStoresHoldingTheSameDocuments() throws Exception {
        int count = 120;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < count; i++) {
                int number = 5000 + i;
                uploaders.submit(() -> {
                    try {
                        Reply reply = upload(a, number + "-KH-UBND.txt", plan(number, "Kế hoạch số " + number + " về chuyển đổi số"));
                        acknowledged.add(stored(a, reply));
                    } catch (Exception e) {
                        refused.incrementAndGet(); // the server was killed under this upload
                    }
                    return null;
                });
            }
            // Killed while a batch of its is begun and unfinished, after some documents are in.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (acknowledged.size() < 10
                    || graph.count("MATCH (b:IngestBatch {owner: 'may-a'}) RETURN count(b)") == 0) {
                assertThat(System.nanoTime()).as("uploads to a under way").isLessThan(deadline);
                Thread.sleep(20);
            }
            a.process().destroyForcibly(); // SIGKILL: no shutdown hook, nothing closed
            assertThat(a.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            uploaders.shutdown();
            uploaders.awaitTermination(2, TimeUnit.MINUTES);
        }
        Set<String> ackedBeforeKill = new HashSet<>(acknowledged);
        System.out.printf("TwoInstancesIT: a killed with %d uploads acknowledged, %d cut off, %d batches unfinished%n",
                ackedBeforeKill.size(), refused.get(), graph.count("MATCH (b:IngestBatch) RETURN count(b)"));

        // b, alive, claims a's unfinished batch once a has been silent for the lease, and finishes it.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (graph.count("MATCH (b:IngestBatch) RETURN count(b)") > 0) {
            assertThat(System.nanoTime()).as("b finished a's batch: " + dir.resolve("may-b.log")).isLessThan(deadline);
            Thread.sleep(250);
        }

        Set<String> inGraph = ids("MATCH (d:Document) WHERE d.stub = false RETURN d.id AS id");
        Set<String> registered = ids("MATCH (f:StoredFile) RETURN DISTINCT f.id AS id");
        Set<String> inSearch = searchIds();
        assertThat(inSearch).as("the search index holds what the graph holds").isEqualTo(inGraph);
        assertThat(registered).as("the register of stored files names what the graph holds").isEqualTo(inGraph);
        assertThat(inGraph).as("every upload acknowledged before the kill").containsAll(ackedBeforeKill);

        // a comes back on its data folder and answers for what it and b stored. It also takes up the uploads it had
        // accepted and not finished (kept in its data folder), each a batch of its own while it runs: once they are
        // done, no batch is left unfinished.
        a = start("may-a", a.data());
        String some = ackedBeforeKill.iterator().next();
        assertThat(get(a, "/api/documents/" + some).status()).isEqualTo(200);
        long settled = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (graph.count("MATCH (b:IngestBatch) RETURN count(b)") > 0) {
            assertThat(System.nanoTime()).as("a's resumed uploads finished: " + dir.resolve("may-a.log")).isLessThan(settled);
            Thread.sleep(100);
        }
        assertThat(searchIds()).as("after them, the search index still holds what the graph holds")
                .isEqualTo(ids("MATCH (d:Document) WHERE d.stub = false RETURN d.id AS id"));
    }

    // ---- helpers ----

    record Reply(int status, String body) {
        JsonNode json() {
            return Json.mapper().readTree(body);
        }
    }

    static byte[] plan(int number, String title) {
        return ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: " + number + "/KH-UBND\nBắc Kạn, ngày 02 tháng 3 năm 2025\nKẾ HOẠCH\n"
                + title + "\nCăn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;\n"
                + "Sở Tài chính chủ trì bố trí kinh phí thực hiện kế hoạch.\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The id of the document an upload stored: answered at once (200 for a file already held, 201 for a new one), or
     * as a job (202) followed at GET /api/jobs/{id} on the same instance to its end.
     */
    static String stored(Instance instance, Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201, 202);
        if (reply.status() != 202) {
            return reply.json().get("id").asString();
        }
        String job = reply.json().get("job").asString();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            JsonNode status = get(instance, "/api/jobs/" + job).json();
            switch (status.get("status").asString()) {
                case "done" -> {
                    return status.get("result").get("id").asString();
                }
                case "failed" -> throw new AssertionError("job " + job + " on " + instance.name() + " failed: " + status);
                default -> Thread.sleep(200);
            }
        }
        throw new AssertionError("job " + job + " on " + instance.name() + " did not end within 3 minutes");
    }

    static Set<String> ids(String cypher) {
        Set<String> ids = new HashSet<>();
        graph.records(cypher).forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    /** Every document id in the OpenSearch index, read from the server itself. */
    static Set<String> searchIds() throws Exception {
        HttpResponse<String> refreshed = HTTP.send(HttpRequest.newBuilder(search.resolve("/" + index + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refreshed.statusCode()).isEqualTo(200);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(search.resolve("/" + index + "/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"size\": 10000, \"_source\": false, \"query\": {\"match_all\": {}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        Json.mapper().readTree(response.body()).get("hits").get("hits").forEach(h -> ids.add(h.get("_id").asString()));
        return ids;
    }

    static Reply upload(Instance instance, Path file) throws Exception {
        return upload(instance, file.getFileName().toString(), Files.readAllBytes(file));
    }

    static Reply upload(Instance instance, String fileName, byte[] content) throws Exception {
        return send(FileUpload.of(fileName, content).post(URI.create(instance.base() + "/api/documents"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", TestUsers.EDITOR.basic()));
    }

    static Reply get(Instance instance, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(instance.base() + path)).timeout(Duration.ofMinutes(1)));
    }

    static Reply post(Instance instance, String path, String contentType, byte[] body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(instance.base() + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
