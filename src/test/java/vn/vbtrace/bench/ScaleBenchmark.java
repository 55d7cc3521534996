package vn.vbtrace.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Issue 9's scale benchmark: for each size, a generated set of documents ingested cold by the packaged jar
 * (a JVM of its own, as a user runs it), then the same text indexed by bare Lucene (StandardAnalyzer, one commit)
 * in the same run, then {@code serve} on the data folder, left idle until its own warm-up is done (health's "warmup"),
 * then queried over HTTP, each kind after 200 untimed requests of it; each kind of search is then asked of bare
 * Lucene's index of the same set, served by a process of its own ({@link BareLuceneServer}), with the same requests
 * over the same client. Prints one table: docs/s, CPU-ms/doc, peak RSS and bytes on disk of both ingests; the
 * server's start and RSS; p50/p95/p99 of each kind of question, and of bare Lucene's searches beside vbtrace's. Not
 * a test: {@code ./mvnw -Pscale verify} (README, "Scale benchmark").
 * <p>
 * With scale.backends=embedded,distributed the same ingest and questions run a second time on the same set against
 * the distributed setup of issue 13 (an OpenSearch server and a Neo4j server, new for each size:
 * {@link DistributedServers}), reached through VBTRACE_SEARCH_URI and VBTRACE_GRAPH_URI in the environment of the
 * vbtrace processes; the table gets a column per size and backend, with the servers' own CPU time during the
 * ingest, peak RSS and data folders.
 * <p>
 * Settings (system properties): scale.sizes (10000,100000), scale.backends (embedded; or embedded,distributed),
 * scale.dir (target/scale), scale.jar (target/vbtrace.jar), scale.jvm (JVM options of ingest and serve,
 * "-Xmx1g"), scale.neo4j.heap (1g) and scale.neo4j.pagecache (512m) of the Neo4j server, scale.seed, scale.runs
 * (timed requests per kind, 500: a p99 of 100 is one request), scale.keep (keep the data folders, false), scale.queries-only (false: true asks the
 * questions again of the data folders a run with scale.keep left, without generating or ingesting anything),
 * scale.await-warmup (true; false: the questions begin as soon as health answers, the server's warm-up then taking
 * only the lulls between them).
 */
public final class ScaleBenchmark {

    private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The longest wait for the server's warm-up (7,100 requests or more, 120 to 185 s at 100,000 documents on 2 cores). */
    private static final Duration WARMUP_WAIT = Duration.ofMinutes(10);

    private final Path dir;
    private final Path jar;
    private final List<String> jvm;
    private final long seed;
    private final int runs;
    private final boolean keep;
    private final boolean queriesOnly;
    /** Whether the queries wait for the server's own warm-up (scale.await-warmup, default true; false: at once). */
    private final boolean awaitWarmup;
    private final List<Backend> backends;
    private final String neo4jHeap;
    private final String neo4jPageCache;

    /** Rows in the table's order, each with its figure per column (a size and a backend). */
    private final Map<String, Map<String, String>> table = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();

    /** Where vbtrace keeps its stores: in its own process (Lucene and Neo4j embedded), or on two servers. */
    enum Backend {
        EMBEDDED, DISTRIBUTED;

        static Backend parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("scale.backends: '" + name + "' is neither embedded nor distributed", e);
            }
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ScaleBenchmark() {
        this.dir = Path.of(System.getProperty("scale.dir", "target/scale")).toAbsolutePath();
        this.jar = Path.of(System.getProperty("scale.jar", "target/vbtrace.jar")).toAbsolutePath();
        this.jvm = Arrays.stream(System.getProperty("scale.jvm", "-Xmx1g").split("\\s+")).filter(s -> !s.isBlank()).toList();
        this.seed = Long.getLong("scale.seed", CorpusGenerator.DEFAULT_SEED);
        this.runs = Integer.getInteger("scale.runs", 500);
        this.keep = Boolean.getBoolean("scale.keep");
        this.queriesOnly = Boolean.getBoolean("scale.queries-only");
        this.awaitWarmup = !"false".equalsIgnoreCase(System.getProperty("scale.await-warmup", "true"));
        this.backends = Arrays.stream(System.getProperty("scale.backends", "embedded").split(","))
                .filter(s -> !s.isBlank()).map(Backend::parse).distinct().toList();
        this.neo4jHeap = System.getProperty("scale.neo4j.heap", "1g");
        this.neo4jPageCache = System.getProperty("scale.neo4j.pagecache", "512m");
        if (backends.isEmpty()) {
            throw new IllegalArgumentException("scale.backends names no backend: embedded, distributed or both");
        }
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
        Files.createDirectories(dir);
        GeneratedSet set = GeneratedSet.ensure(dir.resolve("set-" + n), n, seed);
        if (queriesOnly) {
            askAgain(n, set);
            return;
        }
        Path docs = set.dir.resolve("docs");
        Baseline baseline = bareLucene(n, docs);
        for (Backend backend : backends) {
            String column = "%,d docs, %s".formatted(n, backend.label());
            columns.add(column);
            put("text of the set, MB", column, mb(set.textBytes));
            baseline.putInto(this, column, set.textBytes);
            if (backend == Backend.EMBEDDED) {
                ingestAndServe(n, column, set, baseline, Map.of(), "", null);
            } else {
                try (DistributedServers servers = DistributedServers.start(dir.resolve("servers-" + n), neo4jHeap, neo4jPageCache)) {
                    System.out.println("scale benchmark, " + column + ": " + servers.describe());
                    put("servers: both answer after, s", column, "%.1f".formatted(seconds(servers.startup())));
                    // A new index on new servers: nothing of another size or run is in it.
                    ingestAndServe(n, column, set, baseline, servers.environment("vbtrace-scale-" + n), "-distributed", servers);
                }
                if (!keep) {
                    // Its stores were on the servers, now stopped: the folders are of no use to a later run.
                    delete(dir.resolve("servers-" + n));
                    delete(dir.resolve("data-" + n + "-distributed"));
                }
            }
        }
        if (!keep) {
            delete(dir.resolve("bare-" + n));
        }
    }

    /**
     * The questions asked again of a data folder an earlier run kept (scale.keep), with nothing generated or
     * ingested: to measure the answers on a quiet machine apart from a long ingest.
     */
    private void askAgain(int n, GeneratedSet set) throws Exception {
        Path data = dir.resolve("data-" + n);
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("scale.queries-only: no " + data + "; run once with -Dscale.keep=true first");
        }
        String column = "%,d docs, embedded, queries only".formatted(n);
        columns.add(column);
        put("text of the set, MB", column, mb(set.textBytes));
        putDataFolder(column, data, set);
        serveAndQuery(n, column, "", set, data, Map.of());
    }

    /** The data folder's size against the text, and its parts. */
    private void putDataFolder(String column, Path data, GeneratedSet set) throws IOException {
        long folder = bytes(data);
        put("vbtrace data folder, MB (x text)", column, mb(folder) + " (" + "%.2f".formatted((double) folder / set.textBytes) + ")");
        for (String part : List.of("files", "index", "tasks", "graph")) {
            put("  of which " + part + ", MB", column, mb(bytes(data.resolve(part))));
        }
    }

    /** What bare Lucene's one-commit ingest of the set cost. */
    private record Baseline(double rate, MeasuredProcess.Cost cost, long bytes, int n) {

        void putInto(ScaleBenchmark bench, String column, long textBytes) {
            bench.put("bare Lucene, one commit: docs/s", column, "%.0f".formatted(rate));
            bench.put("bare Lucene: CPU-ms/doc", column, "%.1f".formatted(cpuMs(cost) / n));
            bench.put("bare Lucene: peak RSS, MB", column, mb(cost.peakRssBytes()));
            bench.put("bare Lucene: on disk, MB (x text)", column, mb(bytes) + " (" + "%.2f".formatted((double) bytes / textBytes) + ")");
        }
    }

    private Baseline bareLucene(int n, Path docs) throws Exception {
        Path bare = dir.resolve("bare-" + n);
        delete(bare);
        MeasuredProcess lucene = MeasuredProcess.start(List.of(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                BareLuceneIngest.class.getName(), docs.toString(), bare.toString()), dir.resolve("bare-" + n + ".out"),
                dir.resolve("bare-" + n + ".log"));
        MeasuredProcess.Cost bareCost = lucene.await(Duration.ofHours(2));
        return new Baseline(n / seconds(bareCost.wall()), bareCost, bytes(bare), n);
    }

    /**
     * The cold ingest of the set by the packaged jar, then {@code serve} queried warm; both processes with
     * {@code environment} added ({@code servers}, when not null, are the stores it names, measured beside).
     */
    private void ingestAndServe(int n, String column, GeneratedSet set, Baseline baseline, Map<String, String> environment,
            String suffix, DistributedServers servers) throws Exception {
        Path docs = set.dir.resolve("docs");
        Path data = dir.resolve("data-" + n + suffix);
        delete(data);
        Path json = dir.resolve("ingest-" + n + suffix + ".json");
        DistributedServers.Cpu before = servers == null ? null : servers.cpu();
        MeasuredProcess ingest = MeasuredProcess.start(java(List.of("-jar", jar.toString(), "ingest", docs.toString(),
                "--data", data.toString(), "--json")), environment, json, dir.resolve("ingest-" + n + suffix + ".log"));
        MeasuredProcess.Cost ingested = ingest.await(Duration.ofHours(12));
        DistributedServers.Cpu serversCpu = servers == null ? null : servers.cpu().minus(before);
        JsonNode report = JSON.readTree(Files.readString(json));
        if (ingested.exitCode() != 0 || report.get("ingested").asInt() != n) {
            throw new IllegalStateException("ingest of " + n + " documents (" + column + ") ended with " + ingested.exitCode()
                    + ": " + report.get("ingested") + " ingested, " + report.get("failed").size() + " failed; see " + dir);
        }
        long folder = bytes(data);
        double rate = n / seconds(ingested.wall());
        put("vbtrace ingest: docs/s (/ bare)", column, "%.1f (%.2f)".formatted(rate, rate / baseline.rate()));
        put("vbtrace ingest: wall, s", column, "%.0f".formatted(seconds(ingested.wall())));
        put("vbtrace ingest: CPU-ms/doc, vbtrace process", column, "%.1f".formatted(cpuMs(ingested) / n));
        if (serversCpu != null) {
            put("  OpenSearch server during the ingest, CPU-ms/doc", column, "%.1f".formatted(serversCpu.search() / 1e6 / n));
            put("  Neo4j server during the ingest, CPU-ms/doc", column, "%.1f".formatted(serversCpu.graph() / 1e6 / n));
            put("  all three processes, CPU-ms/doc", column,
                    "%.1f".formatted((cpuMs(ingested) + (serversCpu.search() + serversCpu.graph()) / 1e6) / n));
        }
        put("vbtrace ingest: peak RSS, MB", column, mb(ingested.peakRssBytes()));
        putDataFolder(column, data, set);
        if (servers != null) {
            long search = servers.searchBytes();
            long graph = servers.graphBytes();
            put("OpenSearch data folder after the ingest, MB", column, mb(search));
            put("Neo4j server data folder after the ingest, MB", column, mb(graph));
            long total = folder + search + graph;
            put("on disk in all, MB (x text)", column, mb(total) + " (" + "%.2f".formatted((double) total / set.textBytes) + ")");
        }
        serveAndQuery(n, column, suffix, set, data, environment);
        if (servers != null) {
            // VmHWM: the most each server held at once over the ingest and the questions.
            put("OpenSearch server: peak RSS, MB", column, mb(servers.searchPeakRss()));
            put("Neo4j server: peak RSS, MB", column, mb(servers.graphPeakRss()));
        }
    }

    private void serveAndQuery(int n, String column, String suffix, GeneratedSet set, Path data, Map<String, String> environment)
            throws Exception {
        Path out = dir.resolve("serve-" + n + suffix + ".out");
        MeasuredProcess serve = MeasuredProcess.start(java(List.of("-jar", jar.toString(), "serve", "--port", "0",
                "--data", data.toString())), environment, out, dir.resolve("serve-" + n + suffix + ".log"));
        MeasuredProcess bare = null;
        try {
            int port = awaitPort(serve, out);
            QueryLoad load = new QueryLoad(port);
            Duration health = awaitHealth(serve, load);
            put("serve: /api/health answers after, s", column, "%.1f".formatted(seconds(health)));
            put("serve: heap held from start, young at most; AOT cache", column, heapAndCache(serve.jvmOptions()));
            if (awaitWarmup) {
                put("serve: its own warm-up done after, s", column, awaitWarmup(serve, load));
            }
            bare = bareSearchServer(n);
            query(n, column, set, load, bare == null ? null : new QueryLoad(awaitPort(bare, dir.resolve("bare-search-" + n + ".out"))), data);
            put("serve: RSS after the queries, MB", column, mb(serve.rss()));
            // The part of it that is the system's file cache mapped into the process (its AOT cache, its index files):
            // shared, dropped under memory pressure without a write, and grown by the index pages the questions read.
            put("  of which mapped files, MB", column, mb(serve.rssOfMappedFiles()));
        } finally {
            if (bare != null) {
                bare.stop();
            }
            MeasuredProcess.Cost served = serve.stop();
            put("serve: peak RSS, MB", column, mb(served.peakRssBytes()));
        }
    }

    /**
     * Bare Lucene's index of the same set (this run's, or the one a run with scale.keep left) searched by a server of
     * its own ({@link BareLuceneServer}), or null when there is none: the search rows' baseline in the same minutes.
     */
    private MeasuredProcess bareSearchServer(int n) throws IOException {
        Path bare = dir.resolve("bare-" + n);
        if (!Files.isDirectory(bare)) {
            System.err.println("scale benchmark: no " + bare + " (a run with -Dscale.keep=true keeps it): no bare-Lucene search rows");
            return null;
        }
        return MeasuredProcess.start(List.of(javaBin(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                BareLuceneServer.class.getName(), bare.toString()), dir.resolve("bare-search-" + n + ".out"),
                dir.resolve("bare-search-" + n + ".log"));
    }

    /**
     * Each kind of question timed on vbtrace; the three searches also on {@code bare} (null: none) right after,
     * the same requests to bare Lucene's server.
     */
    private void query(int n, String column, GeneratedSet set, QueryLoad load, QueryLoad bare, Path data) throws Exception {
        // Warm means compiled: the server's JIT needs a few hundred requests of a kind before its answers settle
        // (at 100,000 documents the p50 of a document page went from 72 to 27 ms over the first 600), so each kind
        // is asked twice as often untimed as timed.
        int warmup = Math.max(200, 2 * runs);
        List<String> wordQueries = List.of("nâng cao năng suất và chất lượng sản phẩm", "chuyen doi so trong co quan nha nuoc",
                "hỗ trợ doanh nghiệp nhỏ và vừa", "an toàn thực phẩm", "xay dung nong thon moi", "kinh phí thực hiện kế hoạch",
                "phát triển tài sản trí tuệ", "tiêu chuẩn cơ sở", "đổi mới sáng tạo và khởi nghiệp", "truy xuat nguon goc");
        List<String> numberQueries = set.sample(50, seed + 1).stream().map(GeneratedSet.Doc::number).toList();
        List<QueryLoad.Request> lookups = new ArrayList<>();
        for (String number : numberQueries) {
            lookups.add(load.get("/api/documents/by-number?number=" + QueryLoad.q(number)));
        }
        List<String> questions = List.of("ai bố trí kinh phí thực hiện", "ai chủ trì xây dựng cơ sở dữ liệu chuyên ngành",
                "ai tham mưu tổ chức triển khai các nhiệm vụ của Kế hoạch", "co quan nao tap huan dao tao chuyen gia tu van",
                "ai theo dõi, đôn đốc việc thực hiện", "ai rà soát, đề xuất sửa đổi hệ thống tiêu chuẩn cơ sở");
        List<QueryLoad.Request> responsible = new ArrayList<>();
        for (String question : questions) {
            responsible.add(load.get("/api/responsible?q=" + QueryLoad.q(question)));
        }
        // The same questions within the program whose approving decision the set cites most: its documents are
        // those citing that decision, a fifth of the set or more at 100,000.
        Optional<String> program = mostCitedProgram(load, set);
        List<QueryLoad.Request> inProgram = new ArrayList<>();
        program.ifPresent(key -> questions.forEach(question -> inProgram.add(
                load.get("/api/responsible?q=" + QueryLoad.q(question) + "&program=" + QueryLoad.q(key)))));
        List<QueryLoad.Latency> timed = new ArrayList<>();
        timeSearch(timed, "search, words", wordQueries, load, bare, warmup);
        timeSearch(timed, "search, words never asked before", set.wordRuns(warmup + runs, seed + 3), load, bare, warmup);
        timeSearch(timed, "search, a number", numberQueries, load, bare, warmup);
        timed.add(load.time("number lookup (document page)", lookups, warmup, runs, body -> body.contains("\"number\"")));
        GeneratedSet.Doc leaf = set.leaf();
        GeneratedSet.Doc hub = set.mostCited();
        put("most cited document: citers in the set", column, "%,d (%s)".formatted(set.inDegree.get(hub.number()), hub.number()));
        for (int depth : new int[] {1, 3, 5}) {
            timed.add(load.time("chain, a leaf, both ways, depth " + depth,
                    List.of(load.get("/api/chain?direction=both&depth=" + depth + "&number=" + QueryLoad.q(leaf.number()))),
                    warmup, runs, body -> body.contains("\"nodes\"")));
            timed.add(load.time("chain, most cited, both ways, depth " + depth,
                    List.of(load.get("/api/chain?direction=both&depth=" + depth + "&number=" + QueryLoad.q(hub.number()))),
                    warmup, runs, body -> body.contains("\"nodes\"")));
        }
        timed.add(load.time("responsible", responsible, warmup, runs, body -> body.contains("\"answers\":[{")));
        if (program.isPresent()) {
            put("responsible's program: its decision's citers in the set", column, "%,d (%s)".formatted(
                    set.inDegree.getOrDefault(program.get(), 0), program.get()));
            timed.add(load.time("responsible, in that program", inProgram, warmup, runs, body -> body.contains("\"answers\":")));
        }
        // One body's obligations, a page of them soonest due first with the count of them all, in one province (the
        // body and province of the first answer to the first question) and in every province: both are read from the
        // task index by the body's keys, the page and its counts without reading the other duties' text.
        JsonNode first = JSON.readTree(load.send(responsible.getFirst()).body()).path("answers").path(0);
        String name = first.path("body").asString();
        for (String owner : List.of(name + " tỉnh " + first.path("province").asString(), name)) {
            QueryLoad.Request obligations = load.get("/api/obligations?body=" + QueryLoad.q(owner));
            String where = owner.equals(name) ? "in every province" : "in one province";
            long duties = JSON.readTree(load.send(obligations).body()).path("total").asLong();
            put("obligations " + where + ": the body, its duties in the set", column, "%s, %,d".formatted(owner, duties));
            timed.add(load.time("obligations of that body, " + where + ", first page", List.of(obligations),
                    warmup, runs, answer -> answer.contains("\"obligations\":[{")));
        }
        List<QueryLoad.Request> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drafts.add(load.postText("/api/check", set.draft(seed + i)));
        }
        timed.add(load.time("check of a draft citing 10", drafts, warmup, runs, body -> body.contains("\"citations\"")));
        for (QueryLoad.Latency latency : timed) {
            put("p50 / p95 / p99 ms: " + latency.kind(), column, "%.1f / %.1f / %.1f".formatted(latency.p50(), latency.p95(), latency.p99()));
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("search, words", List.of("search", wordQueries.getFirst()));
        commands.put("search, a number", List.of("search", numberQueries.getFirst()));
        commands.put("responsible", List.of("responsible", questions.getFirst()));
        commands.put("chain, most cited, depth 1", List.of("chain", hub.number(), "--depth", "1"));
        commands.put("obligations, first page", List.of("obligations", name));
        commands.put("programs, first page", List.of("programs"));
        commandLine(column, data, commands);
        double searchable = uploadUntilSearchable(load, data);
        put("upload, searchable after, ms", column, Double.isNaN(searchable) ? "not within 60 s" : "%.0f".formatted(searchable));
        QueryLoad.Answer chain = load.send(load.get("/api/chain?direction=down&depth=1&number=" + QueryLoad.q(hub.number())));
        put("chain of the most cited, depth 1: JSON, KB", column, "%.0f".formatted(chain.body().length() / 1024.0));
    }

    /**
     * Issue 9's point 5: commands run as a user runs them, {@code java -jar target/vbtrace.jar COMMAND ... --data DIR}
     * with no JVM option, while the server holds the folder: the wall time of the whole process (the jar's JVM, the
     * command's own on the command line's AOT cache, its request to the server), one untimed run of each then five
     * timed; beside it, in the same minutes, the JVM alone starting and ending ({@code java -version}), the floor any
     * command stands on.
     */
    private void commandLine(String column, Path data, Map<String, List<String>> commands) throws Exception {
        put("command beside the server, p50 / max s: java -version alone", column, timed(List.of(javaBin(), "-version")));
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            List<String> line = new ArrayList<>(List.of(javaBin(), "-jar", jar.toString()));
            line.addAll(command.getValue());
            line.addAll(List.of("--data", data.toString()));
            put("command beside the server, p50 / max s: " + command.getKey(), column, timed(line));
        }
    }

    /** One untimed run of {@code command}, then the p50 and the longest of five timed; or where its failure is told. */
    private String timed(List<String> command) throws Exception {
        wallSeconds(command);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            times.add(wallSeconds(command));
        }
        if (times.contains(Double.NaN)) {
            return "failed: " + dir.resolve("command.err");
        }
        List<Double> sorted = times.stream().sorted().toList();
        return "%.2f / %.2f".formatted(sorted.get(sorted.size() / 2), sorted.getLast());
    }

    /** The seconds from the start of {@code command} to its exit; NaN when it fails (its error in command.err). */
    private double wallSeconds(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("command.err").toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return Double.NaN;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return process.exitValue() == 0 ? seconds : Double.NaN;
    }

    /**
     * The number of the approving decision, among the programs the repository holds, that the set cites most; empty
     * when no program has one. Read once from /api/programs, a page of a thousand at a time, untimed.
     */
    private static Optional<String> mostCitedProgram(QueryLoad load, GeneratedSet set) throws Exception {
        String best = null;
        String after = "";
        while (after != null) {
            JsonNode page = JSON.readTree(load.send(load.get("/api/programs?limit=1000&after="
                    + URLEncoder.encode(after, StandardCharsets.UTF_8))).body());
            for (JsonNode program : page.path("programs")) {
                String number = program.path("approvedBy").path("number").asString(null);
                if (number != null && (best == null || set.inDegree.getOrDefault(number, 0) > set.inDegree.getOrDefault(best, 0))) {
                    best = number;
                }
            }
            after = page.path("next").asString(null);
        }
        return Optional.ofNullable(best);
    }

    /**
     * One kind of search timed on vbtrace ({@code /api/search}), then the same queries on bare Lucene's server when
     * there is one ({@code /search}; any answer of 200 counts: without vbtrace's folding, a query typed without
     * diacritics may find nothing there).
     */
    private void timeSearch(List<QueryLoad.Latency> timed, String kind, List<String> queries, QueryLoad load, QueryLoad bare,
            int warmup) throws Exception {
        timed.add(load.time(kind, queries.stream().map(q -> load.get("/api/search?limit=10&q=" + QueryLoad.q(q))).toList(),
                warmup, runs, body -> body.contains("\"hits\":[{")));
        if (bare != null) {
            timed.add(bare.time("bare Lucene, " + kind, queries.stream().map(q -> bare.get("/search?limit=10&q=" + QueryLoad.q(q))).toList(),
                    warmup, runs, body -> body.contains("\"hits\":[")));
        }
    }

    /** An uploaded document with a number of its own: milliseconds from the upload until a search by its number finds it. */
    private double uploadUntilSearchable(QueryLoad load, Path data) throws Exception {
        // Five digits, as real numbers have (the extractor reads no longer ones), above those the generator gives; one
        // of its own for each run, since a kept folder already holds the last run's upload and an unchanged file is
        // only acknowledged, not written (which timed a lookup, not an upload).
        String number = (90_000 + Math.floorMod(System.currentTimeMillis() / 1000, 10_000)) + "/KH-UBND";
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
        HttpRequest upload = vn.vbtrace.FileUpload.of("tai-len.txt", text).post(load.get("/api/documents").uri())
                // An upload needs an editor: the data folder's local token, as the command line sends it.
                .header("Authorization", "Bearer " + Files.readString(data.resolve("local-token")).strip()).build();
        long started = System.nanoTime();
        HttpResponse<String> answer = load.send(upload);
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("upload answered " + answer.statusCode() + ": " + answer.body());
        }
        QueryLoad.Request search = load.get("/api/search?limit=1&q=" + QueryLoad.q(number));
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
                throw new IllegalStateException(out.getFileName() + ": the process ended with " + serve.process().exitValue() + ": "
                        + Files.readString(out));
            }
            Matcher port = SERVING.matcher(Files.readString(out));
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(out.getFileName() + ": no port within 30 minutes");
    }

    /** Time from the server process's start until /api/health answers 200. */
    /**
     * Until health says the server's warm-up after its start is done (or that it has none): the server then sits idle,
     * as a server between its start and its users' first questions does. Health is asked every 2 s only, since the
     * warm-up waits for a lull after each request it sees.
     */
    private static String awaitWarmup(MeasuredProcess serve, QueryLoad load) throws Exception {
        long end = System.nanoTime() + WARMUP_WAIT.toNanos();
        while (System.nanoTime() < end) {
            String state = JSON.readTree(load.send(load.get("/api/health")).body()).path("warmup").asString("");
            if (state.equals("done") || state.equals("off")) {
                return "%.1f (%s)".formatted(seconds(serve.sinceStart()), state);
            }
            Thread.sleep(2_000);
        }
        return "not within " + WARMUP_WAIT.toSeconds() + " s";
    }

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

    /**
     * What the server's pauses and start depend on (Relaunch, ServeHeap), as its JVM options show them: the heap
     * held from the start, the young generation's cap, whether it runs on the AOT cache ("1024m, 192m; yes").
     */
    static String heapAndCache(List<String> options) {
        return lastValue(options, "-Xms") + ", " + lastValue(options, "-XX:MaxNewSize=") + "; "
                + (options.stream().anyMatch(option -> option.startsWith("-XX:AOTCache=")) ? "yes" : "no");
    }

    /** The value of the last option with this prefix (the one the JVM takes), or "-". */
    private static String lastValue(List<String> options, String prefix) {
        return options.stream().filter(option -> option.startsWith(prefix)).reduce((first, last) -> last)
                .map(option -> option.substring(prefix.length())).orElse("-");
    }

    private void put(String row, String column, String value) {
        table.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(column, value);
    }

    private void print() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nScale benchmark (%s; JVM %s; %d timed requests per kind)%n",
                System.getProperty("os.name") + ", " + Runtime.getRuntime().availableProcessors() + " cores", String.join(" ", jvm), runs));
        out.append(String.format(Locale.ROOT, "%-68s", ""));
        columns.forEach(c -> out.append(String.format(Locale.ROOT, "%28s", c)));
        out.append('\n');
        table.forEach((row, values) -> {
            out.append(String.format(Locale.ROOT, "%-68s", row));
            columns.forEach(c -> out.append(String.format(Locale.ROOT, "%28s", values.getOrDefault(c, ""))));
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
