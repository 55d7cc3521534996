package vn.vbtrace.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vbtrace.extract.Extractor;
import vn.vbtrace.parse.TextNormalizer;

/**
 * Issue 3, point 6: the extractor on short documents it was not tuned on
 * (src/test/resources/unseen), scored against their own hand-written gold. The table is
 * printed, not asserted: the gap to the corpus scores shows how much tuning fits five files.
 */
class UnseenScoringTests {

    static final List<String> UNSEEN = List.of(
            "quang-ngai_qd-ke-hoach-chuyen-doi-so-2023.txt",
            "btc_cong-van-bao-cao-kinh-phi-khoa-hoc-2024.txt",
            "ninh-thuan_ke-hoach-nang-suat-chat-luong-2024.txt");

    @Test
    void printScoresOnUnseenDocuments() {
        Extractor extractor = new Extractor();
        GoldScorer scorer = new GoldScorer();
        for (String file : UNSEEN) {
            String text = TextNormalizer.normalize(GoldFile.text("/unseen/" + file)).text();
            scorer.score(file, text, extractor.extract(text), GoldFile.load("/unseen/" + file + ".json"));
        }
        System.out.println(scorer.table("Scores on unseen documents (not asserted)"));
        if (Boolean.getBoolean("gold.verbose")) {
            scorer.misses.forEach(miss -> System.out.println("  miss: " + miss));
        }
        assertThat(scorer.tally("references").tp + scorer.tally("references").fn).as("gold rows were read").isPositive();
    }
}
