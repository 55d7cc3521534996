package vn.vbtrace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.index.SearchIndex;

/** The search warm-up of a start, on Lucene on disk over the shipped texts. */
class SearchWarmupTests {

    @TempDir
    static Path dir;
    static SearchIndex corpus;

    @BeforeAll
    static void indexCorpus() throws Exception {
        corpus = TestCorpus.indexTexts(dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        corpus.close();
    }

    @Test
    void asksQuestionsMadeOfTheRepositorysOwnWordsAndEachFindsADocument() throws Exception {
        AtomicInteger searches = new AtomicInteger();
        SearchWarmup.Report report = SearchWarmup.run(counted(corpus, searches), new ServerActivity(),
                new VbtraceProperties.Warmup(60, 1, Duration.ZERO));

        assertThat(report.searches()).as("60 asked: the compiler is read every 100 only").isEqualTo(60);
        assertThat(searches).hasValue(60);
        assertThat(report.answered()).as("questions cut from the hits' own titles and passages find documents").isEqualTo(60);
    }

    @Test
    void aQuestionIsTwoToSixConsecutiveWordsOfTheTextInLowerCaseSomeWithoutDiacritics() {
        String text = "Sở Tài chính chủ trì, bố trí kinh phí thực hiện Kế hoạch trước ngày 30/6/2025.";
        String words = "sở tài chính chủ trì bố trí kinh phí thực hiện kế hoạch trước ngày";
        Random random = new Random(7);
        int folded = 0;
        for (int i = 0; i < 300; i++) {
            String question = SearchWarmup.question(text, random);
            int count = question.split(" ").length;
            assertThat(count).as(question).isBetween(2, 6);
            if (!words.contains(question)) {
                assertThat(TextFold.fold(words)).as(question).contains(question);
                folded++;
            }
        }
        assertThat(folded).as("about a third typed without diacritics").isBetween(60, 140);
    }

    @Test
    void asksNothingWhileARequestIsAnsweredAndGoesOnAfterALull() throws Exception {
        AtomicInteger searches = new AtomicInteger();
        ServerActivity activity = new ServerActivity();
        activity.begin();
        CompletableFuture<SearchWarmup.Report> warmup = CompletableFuture.supplyAsync(() -> {
            try {
                return SearchWarmup.run(counted(corpus, searches), activity, new VbtraceProperties.Warmup(5, 1, Duration.ofMillis(50)));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(500);
        assertThat(searches).as("searches while a request is being answered").hasValue(0);

        activity.end();
        assertThat(warmup.get(60, TimeUnit.SECONDS).searches()).isEqualTo(5);
        assertThat(searches).hasValue(5);
    }

    @Test
    void aRepositoryUnderTheSizeWorthWarmingIsNotSearched() throws Exception {
        AtomicInteger searches = new AtomicInteger();
        SearchWarmup.Report report = SearchWarmup.run(counted(corpus, searches), new ServerActivity(),
                new VbtraceProperties.Warmup(2000, 10_000, Duration.ZERO));

        assertThat(report.searches()).isZero();
        assertThat(searches).hasValue(0);
    }

    /** The real index, its searches counted. */
    private static SearchIndex counted(SearchIndex index, AtomicInteger searches) {
        return (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(), new Class<?>[] {SearchIndex.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("search")) {
                        searches.incrementAndGet();
                    }
                    try {
                        return method.invoke(index, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
