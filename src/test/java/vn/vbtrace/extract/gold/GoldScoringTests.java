package vn.vbtrace.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vbtrace.extract.Extractor;
import vn.vbtrace.parse.TextNormalizer;

/**
 * Issue 3, point 6: the extractor against the hand-written gold of the five shipped corpus
 * texts (src/test/resources/gold). Prints precision, recall and F1 per kind at every build and
 * holds the figures reached. {@code -Dgold.verbose=true} also prints every miss.
 */
class GoldScoringTests {

    static final List<String> CORPUS = List.of(
            "2013-09-20_thong-bao-ket-luan-hoi-nghi-chuong-trinh-712.txt",
            "2020-01-08_31-TB-BKHCN_thong-bao-ket-luan-hoi-nghi-2019.txt",
            "2023-11-17_4258-BKHCN-TDC_cong-van-bao-cao-1322.txt",
            "2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt",
            "hau-giang_ke-hoach-du-an-nang-suat-chat-luong-2016-2020.txt");

    static GoldScorer scorer;

    @BeforeAll
    static void score() throws IOException {
        Extractor extractor = new Extractor();
        scorer = new GoldScorer();
        for (String file : CORPUS) {
            String raw = Files.readString(Path.of("corpus", file), StandardCharsets.UTF_8);
            String text = TextNormalizer.normalize(raw).text();
            scorer.score(file, text, extractor.extract(text), GoldFile.load("/gold/" + file + ".json"));
        }
        System.out.println(scorer.table("Gold scores on the shipped corpus (issue 3, point 6)"));
        if (Boolean.getBoolean("gold.verbose")) {
            scorer.misses.forEach(miss -> System.out.println("  miss: " + miss));
        }
    }

    // Targets of issue 3: references F1 >= 0.97, metadata >= 0.95, assignments >= 0.90, deadlines >= 0.90.
    // Where a target is not reached yet, the assertion holds the figure reached (a floor, not the target).

    @Test
    void metadataFields() {
        assertThat(scorer.tally("metadata fields").f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void references() {
        assertThat(scorer.tally("references").f1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void assignmentsBodyAndRole() {
        assertThat(scorer.tally("assignments").f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void deadlines() {
        assertThat(scorer.tally("deadlines").f1()).isGreaterThanOrEqualTo(0.90);
    }
}
