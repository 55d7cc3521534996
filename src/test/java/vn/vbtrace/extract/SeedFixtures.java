package vn.vbtrace.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.parse.TextNormalizer;

/** The seed documents, normalized and extracted once per test class run. */
final class SeedFixtures {

    static final Extractor EXTRACTOR = new Extractor();

    static final String NOTICE_2013 = "000_1ae2fe8a76d76f86.txt";
    static final String WEB_NOTICE_31 = "001_2233607a0a5b3147.txt";
    static final String LETTER_4258 = "002_db258a1af6abeb36.txt";
    static final String DECISION_1852 = "003_80cc1b2d17d31768.txt";
    static final String HAU_GIANG_PLAN = "004_5ebc71ca8050a2aa.txt";

    private SeedFixtures() {
    }

    static String normalized(String seed) {
        return TextNormalizer.normalize(raw(seed)).text();
    }

    static Extraction extract(String seed) {
        return EXTRACTOR.extract(normalized(seed));
    }

    static String raw(String seed) {
        try (InputStream in = SeedFixtures.class.getResourceAsStream("/seeds/" + seed)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
