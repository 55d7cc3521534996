package vn.vbtrace.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.VocabularyFile;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new server's first thousand or so requests of each kind took twice the time of the ones after: measured on
 * 100,000 documents and 2 cores, searches p50 / p95 11.6 / 23.9 ms, then 8.5 / 14.3; a chain from the most cited
 * document 20.0 / 31.4 over its first 150, then 11.3 / 15.5; a document page 18.1 / 49.7 over its first 300, then 5.5 /
 * 10.8. The JIT's C2 compiler took 11 to 20 ms of a core a request meanwhile (about 20 s in all), and JDK 25's AOT
 * cache keeps the methods' profiles, not their compiled code. So after a start the server asks itself, over HTTP
 * (the same filters, controllers and JSON as a user's requests), what staff ask of its own documents: searches of
 * two to six words of a hit's title or passage (a third without diacritics), the hits' pages, their chains at depth 1
 * and 3, the chain of the most cited document it has met, "ai ..." questions, and the check of a document's text as a
 * draft; until the compiler has gone quiet (under {@value #QUIET_COMPILE_MS} ms of compiling over {@value #ROUND}
 * requests) or the settings' number of requests is reached.
 * <p>
 * Each request waits until no user's request has been answered for the settings' {@code quiet}: the warm-up takes the
 * lulls only, never the users' time (a server questioned without a pause from its start warms on their questions, as
 * before). A repository under the settings' {@code minDocuments} answers fast enough cold and is not warmed.
 */
public final class RequestWarmup {

    /** The compiler's time is read every this many requests. */
    static final int ROUND = 100;
    /** Less compiling than this over a round: the requests' code is compiled. */
    static final long QUIET_COMPILE_MS = 100;
    private static final Logger log = LoggerFactory.getLogger(RequestWarmup.class);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Titles, passages and documents kept to cut questions from and to follow. */
    private static final int KEPT = 256;
    private static final Duration LULL_POLL = Duration.ofMillis(20);
    /** The same requests at every start of an unchanged repository, so that two starts warm alike. */
    private static final long SEED = 20_251_203L;

    /** The kinds of request asked, in this order round and round: searches most, as staff do. */
    public enum Kind {
        SEARCH, PAGE, CHAIN_DEPTH_1, CHAIN_DEPTH_3, MOST_CITED_CHAIN, RESPONSIBLE, CHECK
    }

    private static final List<Kind> CYCLE = List.of(Kind.SEARCH, Kind.PAGE, Kind.SEARCH, Kind.CHAIN_DEPTH_1, Kind.SEARCH,
            Kind.CHAIN_DEPTH_3, Kind.SEARCH, Kind.RESPONSIBLE, Kind.SEARCH, Kind.MOST_CITED_CHAIN, Kind.SEARCH, Kind.PAGE,
            Kind.SEARCH, Kind.CHAIN_DEPTH_1, Kind.SEARCH, Kind.CHECK);

    /** What a warm-up did: requests asked and answered (2xx) of each kind, whether it ended on a quiet compiler. */
    public record Report(Map<Kind, Integer> asked, Map<Kind, Integer> answered, boolean compilerQuiet, long millis) {
        public int requests() {
            return asked.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int failed() {
            return requests() - answered.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final LoopbackClient server;
    private final Random random = new Random(SEED);
    /** Titles and passages to cut questions from; the document types' names first (every repository has plans). */
    private final List<String> texts = new ArrayList<>(VocabularyFile.DOCUMENT_TYPES.read().stream().map(row -> row[0]).toList());
    private final int typeNames = texts.size();
    /** Documents met (a hit, a reference held): their chains and pages are asked, by id or by number as staff do. */
    private final List<Met> documents = new ArrayList<>();
    private Met mostCited;
    private int mostCitedCount = -1;
    /** The text of the last page read, checked as a draft. */
    private String lastText;
    private final Map<Kind, Integer> asked = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> answered = new EnumMap<>(Kind.class);

    /** A document met: its id, and its number when it has one. */
    private record Met(String id, String number) {
    }

    private RequestWarmup(LoopbackClient server) {
        this.server = server;
    }

    /**
     * Warms the server {@code server} calls, whose repository holds {@code documents} documents. An I/O failure (the
     * server closing) ends it.
     */
    public static Report run(LoopbackClient server, long documents, ServerActivity activity, VbtraceProperties.Warmup settings)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        RequestWarmup warmup = new RequestWarmup(server);
        if (!worthRunning(documents, settings)) {
            return new Report(Map.of(), Map.of(), false, 0);
        }
        boolean quiet = false;
        long compiledAtRound = compileMillis();
        for (int i = 0; i < settings.requests() && !quiet; i++) {
            awaitLull(activity, settings.quiet());
            warmup.ask(CYCLE.get(i % CYCLE.size()));
            if ((i + 1) % ROUND == 0) {
                long compiled = compileMillis();
                quiet = compiled >= 0 && compiled - compiledAtRound < QUIET_COMPILE_MS;
                compiledAtRound = compiled;
            }
        }
        return new Report(Map.copyOf(warmup.asked), Map.copyOf(warmup.answered), quiet, (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether a repository of {@code documents} documents is warmed under these settings (a small one answers fast cold). */
    static boolean worthRunning(long documents, VbtraceProperties.Warmup settings) {
        return settings.requests() > 0 && documents >= settings.minDocuments();
    }

    /** {@link #run}, its outcome logged; a warm-up that fails changes nothing but the first requests' time. */
    static void runLogged(LoopbackClient server, long documents, ServerActivity activity, VbtraceProperties.Warmup settings) {
        try {
            Report report = run(server, documents, activity, settings);
            if (report.requests() > 0) {
                log.info("Warmed up by {} requests of the repository's own documents {} ({} not answered) in {} ms{}",
                        report.requests(), report.asked(), report.failed(), report.millis(),
                        report.compilerQuiet() ? ", the compiler quiet" : "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // The server may be closing: the first requests are then slower, nothing else changes.
            log.debug("Warm-up stopped: {}", e.toString());
        }
    }

    /** One request of this kind; a kind with nothing to ask yet (no document met) asks a search instead. */
    private void ask(Kind kind) throws IOException, InterruptedException {
        Met document = documents.isEmpty() ? null : documents.get(random.nextInt(documents.size()));
        if (kind != Kind.SEARCH && document == null || kind == Kind.CHECK && lastText == null) {
            kind = Kind.SEARCH;
        }
        LoopbackClient.Reply reply = switch (kind) {
            case SEARCH -> server.get("/api/search?limit=10&q=" + encode(nextQuestion()));
            case PAGE -> server.get(byNumber(document) ? "/api/documents/by-number?number=" + encode(document.number())
                    : "/api/documents/" + encode(document.id()));
            case CHAIN_DEPTH_1 -> server.get(chain(document, 1));
            case CHAIN_DEPTH_3 -> server.get(chain(document, 3));
            case MOST_CITED_CHAIN -> server.get(chain(mostCited == null ? document : mostCited, 1 + 2 * random.nextInt(2)));
            case RESPONSIBLE -> server.get("/api/responsible?q=" + encode("ai " + nextQuestion()));
            case CHECK -> server.postText("/api/check", lastText);
        };
        asked.merge(kind, 1, Integer::sum);
        if (reply.ok()) {
            answered.merge(kind, 1, Integer::sum);
            learn(kind, Json.mapper().readTree(reply.body()));
        }
    }

    /** The document types' names first, then words cut from the texts met. */
    private String nextQuestion() {
        int questions = asked.getOrDefault(Kind.SEARCH, 0) + asked.getOrDefault(Kind.RESPONSIBLE, 0);
        return questions < typeNames ? texts.get(questions) : question(texts.get(random.nextInt(texts.size())), random);
    }

    private String chain(Met document, int depth) {
        return "/api/chain?direction=both&depth=" + depth
                + (byNumber(document) ? "&number=" + encode(document.number()) : "&id=" + encode(document.id()));
    }

    /** A document with a number is asked for by it two times in three, as the search box and links do. */
    private boolean byNumber(Met document) {
        return document.number() != null && random.nextInt(3) > 0;
    }

    /** What an answer offers to ask next: a search's hits and their words, a page's held references, text and citers. */
    private void learn(Kind kind, JsonNode answer) {
        if (kind == Kind.SEARCH) {
            for (JsonNode hit : answer.path("hits")) {
                keepDocument(hit.path("id").asString(null), hit.path("number").asString(null));
                keepText(hit.path("title").asString(null));
                keepText(hit.path("snippet").asString(null));
            }
        } else if (kind == Kind.PAGE) {
            for (JsonNode reference : answer.path("references")) {
                if (reference.path("inRepository").asBoolean(false)) {
                    keepDocument(reference.path("targetId").asString(null), reference.path("number").asString(null));
                }
            }
            lastText = answer.path("text").asString(lastText);
            int citedBy = answer.path("citedByCount").asInt(0);
            String id = answer.path("document").path("id").asString(null);
            if (citedBy > mostCitedCount && id != null) {
                mostCitedCount = citedBy;
                mostCited = new Met(id, answer.path("document").path("number").asString(null));
            }
        }
    }

    /** Two to six consecutive words of {@code text}, lower case, a third of them without diacritics. */
    static String question(String text, Random random) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        int length = Math.min(words.size(), 2 + random.nextInt(5));
        int from = random.nextInt(words.size() - length + 1);
        String question = String.join(" ", words.subList(from, from + length));
        return random.nextInt(3) == 0 ? TextFold.fold(question) : question;
    }

    private void keepText(String text) {
        if (text != null && WORD.matcher(text).find()) {
            keep(texts, text);
        }
    }

    private void keepDocument(String id, String number) {
        if (id != null && !id.isBlank()) {
            keep(documents, new Met(id, number == null || number.isBlank() ? null : number));
        }
    }

    /** Keeps a value to use later: the newest replace older ones at random once enough are kept. */
    private <T> void keep(List<T> kept, T value) {
        if (kept.size() < KEPT) {
            kept.add(value);
        } else {
            kept.set(random.nextInt(KEPT), value);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void awaitLull(ServerActivity activity, Duration quiet) throws InterruptedException {
        while (!activity.idleFor(quiet)) {
            Thread.sleep(LULL_POLL);
        }
    }

    /** The JIT's compiling time so far, or -1 where the JVM does not tell it. */
    private static long compileMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : -1;
    }
}
