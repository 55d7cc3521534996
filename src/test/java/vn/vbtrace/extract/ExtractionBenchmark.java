package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vbtrace.parse.TextNormalizer;

/**
 * Issue 3, point 8: characters per second of normalize + extract over the whole shipped corpus
 * (corpus/*.txt), after a warm-up. Printed at every build; no timing is asserted, as the build
 * machine is shared.
 */
class ExtractionBenchmark {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int MEASURED_ROUNDS = 50;

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
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            sink += run(extractor, texts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = characters * MEASURED_ROUNDS / seconds;
        System.out.printf(Locale.ROOT, "Extraction benchmark: %d files, %d characters, %d rounds in %.3f s:"
                + " %.0f characters/s (normalize + extract)%n", texts.size(), characters, MEASURED_ROUNDS, seconds, perSecond);
        assertThat(sink).isPositive();
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
