package vn.vbtrace.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 9's scale benchmark: for each size, a generated set of documents ingested cold by the packaged jar
 * (a JVM of its own, as a user runs it), then the same text indexed by bare Lucene (StandardAnalyzer, one commit)
 * in the same run, then {@code serve} on the data folder, queried warm over HTTP. Prints one table: docs/s,
 * CPU-ms/doc, peak RSS and bytes on disk of both ingests; the server's start and RSS; p50/p95/p99 of each kind
 * of question. Not a test: {@code ./mvnw -Pscale verify} (README, "Scale benchmark").
 * <p>
 * Settings (system properties): scale.sizes (10000,100000), scale.dir (target/scale), scale.jar
 * (target/vbtrace.jar), scale.jvm (JVM options of ingest and serve, "-Xmx1g"), scale.seed, scale.runs (timed
 * requests per kind, 100), scale.keep (keep the data folders, false).
 */
public final class ScaleBenchmark {

    private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final Path jar;
    private final List<String> jvm;
    private final long seed;
    private final int runs;
    private final boolean keep;

    /** The figures of one size, in the table's order. */
    private final Map<String, Map<Integer, String>> table = new LinkedHashMap<>();
    private final List<Integer> sizes = new ArrayList<>();

    private ScaleBenchmark() {
        this.dir = Path.of(System.getProperty("scale.dir", "target/scale")).toAbsolutePath();
        this.jar = Path.of(System.getProperty("scale.jar", "target/vbtrace.jar")).toAbsolutePath();
        this.jvm = Arrays.stream(System.getProperty("scale.jvm", "-Xmx1g").split("\\s+")).filter(s -> !s.isBlank()).toList();
        this.seed = Long.getLong("scale.seed", CorpusGenerator.DEFAULT_SEED);
        this.runs = Integer.getInteger("scale.runs", 100);
        this.keep = Boolean.getBoolean("scale.keep");
    }

    public static void main(String[] args) throws Exception {
        ScaleBenchmark bench = new ScaleBenchmark();
        if (!Files.isRegularFile(bench.jar)) {
            throw new IllegalStateException("no " + bench.jar + ": run ./mvnw -Pscale verify (it packages the jar first)");
        }
        for (String size : System.getProperty("scale.sizes", "10000,100000").split(",")) {
            try {
                bench.run(Integer.parseInt(size.strip().replace("_", "")));
            } finally {
                bench.print(); // what was measured before a failure still shows
            }
        }
    }

    private void run(int n) throws Exception {
        sizes.add(n);
        Files.createDirectories(dir);
        GeneratedSet set = GeneratedSet.ensure(dir.resolve("set-" + n), n, seed);
        Path docs = set.dir.resolve("docs");
        put("text of the set, MB", n, mb(set.textBytes));

        Path data = dir.resolve("data-" + n);
        delete(data);
        MeasuredProcess ingest = MeasuredProcess.start(java(List.of("-jar", jar.toString(), "ingest", docs.toString(),
                "--data", data.toString(), "--json")), dir.resolve("ingest-" + n + ".json"), dir.resolve("ingest-" + n + ".log"));
        MeasuredProcess.Cost ingested = ingest.await(Duration.ofHours(12));
        JsonNode report = JSON.readTree(Files.readString(dir.resolve("ingest-" + n + ".json")));
        if (ingested.exitCode() != 0 || report.get("ingested").asInt() != n) {
            throw new IllegalStateException("ingest of " + n + " documents ended with " + ingested.exitCode() + ": "
                    + report.get("ingested") + " ingested, " + report.get("failed").size() + " failed; see " + dir);
        }
        long folder = bytes(data);

        Path bare = dir.resolve("bare-" + n);
        delete(bare);
        MeasuredProcess lucene = MeasuredProcess.start(List.of(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                BareLuceneIngest.class.getName(), docs.toString(), bare.toString()), dir.resolve("bare-" + n + ".out"),
                dir.resolve("bare-" + n + ".log"));
        MeasuredProcess.Cost bareCost = lucene.await(Duration.ofHours(2));
        long bareBytes = bytes(bare);
        double bareRate = n / seconds(bareCost.wall());
        double rate = n / seconds(ingested.wall());
        put("bare Lucene, one commit: docs/s", n, "%.0f".formatted(bareRate));
        put("bare Lucene: CPU-ms/doc", n, "%.1f".formatted(cpuMs(bareCost) / n));
        put("bare Lucene: peak RSS, MB", n, mb(bareCost.peakRssBytes()));
        put("bare Lucene: on disk, MB (x text)", n, mb(bareBytes) + " (" + "%.2f".formatted((double) bareBytes / set.textBytes) + ")");
        put("vbtrace ingest: docs/s (/ bare)", n, "%.1f (%.2f)".formatted(rate, rate / bareRate));
        put("vbtrace ingest: wall, s", n, "%.0f".formatted(seconds(ingested.wall())));
        put("vbtrace ingest: CPU-ms/doc", n, "%.1f".formatted(cpuMs(ingested) / n));
        put("vbtrace ingest: peak RSS, MB", n, mb(ingested.peakRssBytes()));
        put("vbtrace data folder, MB (x text)", n, mb(folder) + " (" + "%.2f".formatted((double) folder / set.textBytes) + ")");
        for (String part : List.of("files", "index", "tasks", "graph")) {
            put("  of which " + part + ", MB", n, mb(bytes(data.resolve(part))));
        }
        serveAndQuery(n, set, data);
        if (!keep) {
            delete(bare);
        }
    }

    private void serveAndQuery(int n, GeneratedSet set, Path data) throws Exception {
        Path out = dir.resolve("serve-" + n + ".out");
        MeasuredProcess serve = MeasuredProcess.start(java(List.of("-jar", jar.toString(), "serve", "--port", "0",
                "--data", data.toString())), out, dir.resolve("serve-" + n + ".log"));
        try {
            int port = awaitPort(serve, out);
            QueryLoad load = new QueryLoad(port);
            Duration health = awaitHealth(serve, load);
            put("serve: /api/health answers after, s", n, "%.1f".formatted(seconds(health)));
            query(n, set, load, data);
            put("serve: RSS after the queries, MB", n, mb(serve.rss()));
        } finally {
            MeasuredProcess.Cost served = serve.stop();
            put("serve: peak RSS, MB", n, mb(served.peakRssBytes()));
        }
    }

    private void query(int n, GeneratedSet set, QueryLoad load, Path data) throws Exception {
        int warmup = Math.max(10, runs / 5);
        List<HttpRequest> words = new ArrayList<>();
        for (String query : List.of("nâng cao năng suất và chất lượng sản phẩm", "chuyen doi so trong co quan nha nuoc",
                "hỗ trợ doanh nghiệp nhỏ và vừa", "an toàn thực phẩm", "xay dung nong thon moi", "kinh phí thực hiện kế hoạch",
                "phát triển tài sản trí tuệ", "tiêu chuẩn cơ sở", "đổi mới sáng tạo và khởi nghiệp", "truy xuat nguon goc")) {
            words.add(load.get("/api/search?limit=10&q=" + QueryLoad.q(query)));
        }
        List<HttpRequest> numbers = new ArrayList<>();
        List<HttpRequest> lookups = new ArrayList<>();
        for (GeneratedSet.Doc d : set.sample(50, seed + 1)) {
            numbers.add(load.get("/api/search?limit=10&q=" + QueryLoad.q(d.number())));
            lookups.add(load.get("/api/documents/by-number?number=" + QueryLoad.q(d.number())));
        }
        List<HttpRequest> responsible = new ArrayList<>();
        for (String question : List.of("ai bố trí kinh phí thực hiện", "ai chủ trì xây dựng cơ sở dữ liệu chuyên ngành",
                "ai tham mưu tổ chức triển khai các nhiệm vụ của Kế hoạch", "co quan nao tap huan dao tao chuyen gia tu van",
                "ai theo dõi, đôn đốc việc thực hiện", "ai rà soát, đề xuất sửa đổi hệ thống tiêu chuẩn cơ sở")) {
            responsible.add(load.get("/api/responsible?q=" + QueryLoad.q(question)));
        }
        List<QueryLoad.Latency> timed = new ArrayList<>();
        timed.add(load.time("search, words", words, warmup, runs, body -> body.contains("\"hits\":[{")));
        timed.add(load.time("search, a number", numbers, warmup, runs, body -> body.contains("\"hits\":[{")));
        timed.add(load.time("number lookup (document page)", lookups, warmup, runs, body -> body.contains("\"number\"")));
        GeneratedSet.Doc leaf = set.leaf();
        GeneratedSet.Doc hub = set.mostCited();
        put("most cited document: citers in the set", n, "%,d (%s)".formatted(set.inDegree.get(hub.number()), hub.number()));
        for (int depth : new int[] {1, 3, 5}) {
            timed.add(load.time("chain, a leaf, both ways, depth " + depth,
                    List.of(load.get("/api/chain?direction=both&depth=" + depth + "&number=" + QueryLoad.q(leaf.number()))),
                    warmup, runs, body -> body.contains("\"nodes\"")));
            timed.add(load.time("chain, most cited, both ways, depth " + depth,
                    List.of(load.get("/api/chain?direction=both&depth=" + depth + "&number=" + QueryLoad.q(hub.number()))),
                    warmup, runs, body -> body.contains("\"nodes\"")));
        }
        timed.add(load.time("responsible", responsible, warmup, runs, body -> body.contains("\"answers\":[{")));
        List<HttpRequest> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drafts.add(load.postText("/api/check", set.draft(seed + i)));
        }
        timed.add(load.time("check of a draft citing 10", drafts, warmup, runs, body -> body.contains("\"citations\"")));
        for (QueryLoad.Latency latency : timed) {
            put("p50 / p95 / p99 ms: " + latency.kind(), n, "%.1f / %.1f / %.1f".formatted(latency.p50(), latency.p95(), latency.p99()));
        }
        double searchable = uploadUntilSearchable(load, n, data);
        put("upload, searchable after, ms", n, Double.isNaN(searchable) ? "not within 60 s" : "%.0f".formatted(searchable));
        HttpResponse<String> chain = load.send(load.get("/api/chain?direction=down&depth=1&number=" + QueryLoad.q(hub.number())));
        put("chain of the most cited, depth 1: JSON, KB", n, "%.0f".formatted(chain.body().length() / 1024.0));
    }

    /** An uploaded document with a number of its own: milliseconds from the upload until a search by its number finds it. */
    private double uploadUntilSearchable(QueryLoad load, int n, Path data) throws Exception {
        // Five digits, as real numbers have (the extractor reads no longer ones), above those the generator gives.
        String number = (90_000 + n % 1000) + "/KH-UBND";
        String text = """
                ỦY BAN NHÂN DÂN
                TỈNH BẮC KẠN
                Số: %s
                Bắc Kạn, ngày 2 tháng 1 năm 2025
                KẾ HOẠCH
                Kiểm tra tải lên của bộ đo quy mô
                I. MỤC ĐÍCH, YÊU CẦU
                Sở Tài chính chủ trì bố trí kinh phí kiểm tra tải lên.
                """.formatted(number);
        String boundary = "scale-benchmark";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tai-len.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpRequest upload = HttpRequest.newBuilder(java.net.URI.create(load.get("/api/documents").uri().toString()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                // An upload needs an editor: the data folder's local token, as the command line sends it.
                .header("Authorization", "Bearer " + Files.readString(data.resolve("local-token")).strip())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        long started = System.nanoTime();
        HttpResponse<String> answer = load.send(upload);
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
        }
        HttpRequest search = load.get("/api/search?limit=1&q=" + QueryLoad.q(number));
        while (!load.send(search).body().contains("\"number\":\"" + number + "\"")) {
            if (System.nanoTime() - started > 60_000_000_000L) {
                System.err.println("the upload was not searchable within a minute: " + answer.body());
                return Double.NaN; // a row of the table says so; the other figures still print
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static int awaitPort(MeasuredProcess serve, Path out) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.process().isAlive()) {
                throw new IllegalStateException("serve ended with " + serve.process().exitValue() + ": " + Files.readString(out));
            }
            Matcher port = SERVING.matcher(Files.readString(out));
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("serve did not start within 30 minutes");
    }

    /** Time from the server process's start until /api/health answers 200. */
    private static Duration awaitHealth(MeasuredProcess serve, QueryLoad load) throws Exception {
        while (true) {
            try {
                if (load.send(load.get("/api/health")).statusCode() == 200) {
                    return serve.sinceStart();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
    }

    private List<String> java(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        command.addAll(jvm);
        command.addAll(args);
        return command;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void put(String row, int n, String value) {
        table.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(n, value);
    }

    private void print() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nScale benchmark (%s; JVM %s; %d timed requests per kind)%n",
                System.getProperty("os.name") + ", " + Runtime.getRuntime().availableProcessors() + " cores", String.join(" ", jvm), runs));
        out.append(String.format(Locale.ROOT, "%-52s", ""));
        sizes.forEach(n -> out.append(String.format(Locale.ROOT, "%24s", "%,d docs".formatted(n))));
        out.append('\n');
        table.forEach((row, values) -> {
            out.append(String.format(Locale.ROOT, "%-52s", row));
            sizes.forEach(n -> out.append(String.format(Locale.ROOT, "%24s", values.getOrDefault(n, ""))));
            out.append('\n');
        });
        System.out.print(out);
        try {
            Files.writeString(dir.resolve("scale-benchmark.txt"), out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cannot write the table: " + e.getMessage());
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double cpuMs(MeasuredProcess.Cost cost) {
        return cost.cpu().toNanos() / 1e6;
    }

    private static String mb(long bytes) {
        return "%.0f".formatted(bytes / 1e6);
    }

    static long bytes(Path path) throws IOException {
        if (!Files.exists(path)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
