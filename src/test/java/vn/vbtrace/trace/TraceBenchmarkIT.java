package vn.vbtrace.trace;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.document.Direction;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of the three questions on the shipped corpus, warm, in process (no HTTP): prints
 * p50/p95/max per question. A benchmark, not a timed test: it asserts only that each answer is right.
 */
class TraceBenchmarkIT {

    private static final int WARMUP = 20;
    private static final int RUNS = 100;

    @TempDir
    static Path dir;
    static Stores stores;

    @BeforeAll
    static void ingest() {
        stores = Stores.open(new DataFolder(dir.resolve("data")), new Pipeline());
        stores.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    @Test
    void printsLatencyOfResponsibleChainAndCheck() throws Exception {
        ResponsibleService responsible = new ResponsibleService(stores.graph(), stores.tasks());
        ChainService chains = new ChainService(stores.graph());
        CheckService checks = new CheckService(stores.pipeline(), stores.graph(), stores.index());
        String draft = Files.readString(Path.of("src/test/resources/drafts/du-thao-ke-hoach-2024.txt"));

        System.out.println("Trace benchmark on the shipped corpus (" + RUNS + " runs after " + WARMUP + " warm-up, ms)");
        System.out.println("question                          p50     p95     max");
        report("responsible \"ai bố trí kinh phí\"", () -> responsible.answer("ai bố trí kinh phí").answers().getFirst().body());
        report("chain 1322/QĐ-TTg both, depth 3", () -> chains.chain("1322/QĐ-TTg", Direction.BOTH, 3).nodes().size());
        report("check of the shipped draft", () -> checks.checkText(draft).citations().size());

        assertThat(responsible.answer("ai bố trí kinh phí").answers())
                .anySatisfy(a -> assertThat(a.body() + " " + a.document().number()).isEqualTo("Sở Tài chính 1852/QĐ-UBND"));
    }

    private static void report(String name, Supplier<Object> work) {
        for (int i = 0; i < WARMUP; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-32s %7.2f %7.2f %7.2f%n", name, millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95) - 1), millis.getLast());
    }
}
