package vn.vbtrace.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.VocabularyFile;
import vn.vbtrace.index.SearchIndex;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new server's first thousand or so searches took twice the time of the ones after: measured on 100,000 documents
 * and 2 cores, p50 / p95 11.6 / 23.9 ms, then 8.5 / 14.3, because the JIT's C2 compiler spent 11 to 20 ms of CPU a
 * search compiling the ranking, the passages and the counts (about 20 s in all), and JDK 25's AOT cache keeps the
 * methods' profiles, not their compiled code. So after a start the server asks itself searches made of its own
 * documents' words, as staff type them (runs of two to six words of a hit's title or passage, a third without
 * diacritics), until the compiler has gone quiet (under {@value #QUIET_COMPILE_MS} ms of compiling over
 * {@value #ROUND} searches) or the settings' number of searches is reached.
 * <p>
 * Each search waits until no request has been answered for the settings' {@code quiet}: the warm-up takes the lulls
 * only, never the users' time (a server questioned without a pause from its start warms on their questions, as
 * before). A repository under the settings' {@code minDocuments} answers fast enough cold and is not warmed.
 */
final class SearchWarmup {

    /** The compiler's time is read every this many searches. */
    static final int ROUND = 100;
    /** Less compiling than this over a round: the search's code is compiled. */
    static final long QUIET_COMPILE_MS = 100;
    private static final Logger log = LoggerFactory.getLogger(SearchWarmup.class);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Titles and passages kept to cut questions from. */
    private static final int TEXTS_KEPT = 256;
    private static final Duration LULL_POLL = Duration.ofMillis(20);
    /** The same questions at every start of an unchanged repository, so that two starts warm alike. */
    private static final long SEED = 20_251_203L;

    /** What a warm-up did: searches asked, how many found a document, whether it ended on a quiet compiler. */
    record Report(int searches, int answered, boolean compilerQuiet, long millis) {
    }

    private SearchWarmup() {
    }

    static Report run(SearchIndex index, ServerActivity activity, VbtraceProperties.Warmup settings)
            throws InterruptedException {
        long started = System.nanoTime();
        if (settings.searches() <= 0 || index.count() < settings.minDocuments()) {
            return new Report(0, 0, false, 0);
        }
        // The first questions are the document types' names: every repository has plans, decisions and letters.
        List<String> texts = new ArrayList<>(VocabularyFile.DOCUMENT_TYPES.read().stream().map(row -> row[0]).toList());
        int seeds = texts.size();
        Random random = new Random(SEED);
        long compiledAtRound = compileMillis();
        int searches = 0;
        int answered = 0;
        boolean quiet = false;
        while (searches < settings.searches() && !quiet) {
            awaitLull(activity, settings.quiet());
            String question = searches < seeds ? texts.get(searches) : question(texts.get(random.nextInt(texts.size())), random);
            SearchResult result = index.search(SearchRequest.of(question));
            searches++;
            answered += result.total() > 0 ? 1 : 0;
            for (SearchHit hit : result.hits()) {
                keep(texts, hit.document().title(), random);
                keep(texts, hit.passage() == null ? null : hit.passage().snippet(), random);
            }
            if (searches % ROUND == 0) {
                long compiled = compileMillis();
                quiet = compiled >= 0 && compiled - compiledAtRound < QUIET_COMPILE_MS;
                compiledAtRound = compiled;
            }
        }
        return new Report(searches, answered, quiet, (System.nanoTime() - started) / 1_000_000);
    }

    /** {@link #run}, its outcome logged; a warm-up that fails changes nothing but the first searches' time. */
    static void runLogged(SearchIndex index, ServerActivity activity, VbtraceProperties.Warmup settings) {
        try {
            Report report = run(index, activity, settings);
            if (report.searches() > 0) {
                log.info("Search warmed up by {} searches of the repository's own words ({} found documents) in {} ms{}",
                        report.searches(), report.answered(), report.millis(),
                        report.compilerQuiet() ? ", the compiler quiet" : "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The stores may be closing: the first searches are then slower, nothing else changes.
            log.debug("Search warm-up stopped: {}", e.toString());
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

    /** Keeps a hit's text to cut later questions from: the newest replace ones at random once enough are kept. */
    private static void keep(List<String> texts, String text, Random random) {
        if (text == null || !WORD.matcher(text).find()) {
            return;
        }
        if (texts.size() < TEXTS_KEPT) {
            texts.add(text);
        } else {
            texts.set(random.nextInt(TEXTS_KEPT), text);
        }
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
