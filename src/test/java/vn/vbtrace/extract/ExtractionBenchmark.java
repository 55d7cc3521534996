package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vbtrace.parse.TextNormalizer;

/**
 * Issue 3, point 8 and issue 10, point 5 (at least 1 M characters/s): characters per second of normalize +
 * extract over the whole shipped corpus (corpus/*.txt), after a warm-up. Printed at every build beside a
 * baseline measured in the same run (Unicode NFC normalization and lower-casing of the same texts, work
 * whose speed depends on the machine only), by wall clock and by the CPU time of the test's thread, which
 * other processes on a shared machine do not inflate. No timing is asserted: the build machine is shared.
 */
class ExtractionBenchmark {

    /** Enough for the JIT to compile the regex engine's paths: an ingest of thousands of documents runs warm. */
    private static final int WARM_UP_ROUNDS = 40;
    private static final int MEASURED_ROUNDS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void charactersPerSecondOverTheCorpus() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        long characters = texts.stream().mapToLong(String::length).sum();
        Extractor extractor = new Extractor();
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            sink += run(extractor, texts);
        }
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            sink += run(extractor, texts);
        }
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        long baselineCpu = THREADS.getCurrentThreadCpuTime();
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            sink += baseline(texts);
        }
        double baselineSeconds = (THREADS.getCurrentThreadCpuTime() - baselineCpu) / 1e9;
        System.out.printf(Locale.ROOT, "Extraction benchmark: %d files, %d characters, %d rounds in %.3f s wall, %.3f s CPU:"
                        + " %.0f characters/s wall, %.0f characters/s CPU (normalize + extract); baseline (NFC + lower case)"
                        + " %.0f characters/s CPU, %.1f times the extraction%n", texts.size(), characters, MEASURED_ROUNDS,
                seconds, cpuSeconds, characters * MEASURED_ROUNDS / seconds, characters * MEASURED_ROUNDS / cpuSeconds,
                characters * MEASURED_ROUNDS / baselineSeconds, cpuSeconds / baselineSeconds);
        assertThat(sink).isPositive();
    }

    private static long baseline(List<String> texts) {
        long length = 0;
        for (String raw : texts) {
            length += Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).length();
        }
        return length;
    }

    private static long run(Extractor extractor, List<String> texts) {
        long found = 0;
        for (String raw : texts) {
            var extraction = extractor.extract(TextNormalizer.normalize(raw).text());
            found += extraction.references().size() + extraction.assignments().size();
        }
        return found;
    }
}
