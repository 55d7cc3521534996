package vn.vbtrace.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.extract.Extractor;
import vn.vbtrace.parse.DocumentParser;

/**
 * Who is responsible for what, measured on real texts the rules had never seen
 * (src/test/resources/duties-fresh: excerpts of public pages that give bodies duties, labelled by hand
 * under the corpus gold's rules for assignments, each batch scored once before its misses were read;
 * README.md there). Each text goes the way a user's .txt file goes: parsed, normalized, extracted.
 * The table, a line per batch and a line per miss are printed.
 */
class DutiesFreshScoringTests {

    static final String SET = "/duties-fresh";

    static GoldScorer all;
    static final Map<String, GoldScorer> byBatch = new TreeMap<>();

    @BeforeAll
    static void score() {
        Extractor extractor = new Extractor();
        DocumentParser parser = new DocumentParser();
        all = new GoldScorer();
        JsonNode gold = LabelledTexts.labels(SET + "/gold.json");
        List<Map.Entry<String, JsonNode>> docs = new ArrayList<>();
        gold.get("docs").properties().forEach(docs::add);
        for (Map.Entry<String, JsonNode> doc : docs) {
            String text = LabelledTexts.normalized(parser, SET + "/docs/" + doc.getKey() + ".txt");
            var extraction = extractor.extract(text);
            List<JsonNode> rows = new ArrayList<>();
            doc.getValue().get("assignments").forEach(rows::add);
            all.scoreDuties(doc.getKey(), text, extraction, rows);
            byBatch.computeIfAbsent(doc.getKey().substring(0, 2), b -> new GoldScorer())
                    .scoreDuties(doc.getKey(), text, extraction, rows);
        }
        System.out.println(all.table("Duties-fresh scores (" + docs.size() + " real texts giving duties, labelled before they were scored)",
                GoldScorer.DUTY_KINDS));
        byBatch.forEach((batch, scorer) -> System.out.println("  " + batch + ": " + summary(scorer)));
        all.misses.forEach(miss -> System.out.println("  duties-fresh miss: " + miss));
    }

    private static String summary(GoldScorer scorer) {
        StringBuilder line = new StringBuilder();
        for (String kind : GoldScorer.DUTY_KINDS) {
            line.append(String.format(Locale.ROOT, "%s %.3f  ", kind, scorer.tally(kind).f1()));
        }
        return line.toString().strip();
    }

    // Measured (README.md there, session 55, 240 texts): assignments 0.523, bodies 0.638, bodies with their province
    // 0.526, deadlines 0.350 (0.444, 0.568, 0.447, 0.322 with session 55's first rules, the same scorer). The floors
    // sit a little under those figures, so that a change that loses ground fails the build; they are not targets.

    @Test
    void everyLabelledDutyWasScored() {
        assertThat(all.tally("assignments").tp + all.tally("assignments").fn).isEqualTo(1367);
    }

    @Test
    void assignments() {
        assertThat(all.tally("assignments").f1()).isGreaterThanOrEqualTo(0.50);
    }

    @Test
    void bodies() {
        assertThat(all.tally("bodies").f1()).isGreaterThanOrEqualTo(0.61);
        assertThat(all.tally("bodies+province").f1()).isGreaterThanOrEqualTo(0.50);
    }

    @Test
    void deadlines() {
        assertThat(all.tally("deadlines").f1()).isGreaterThanOrEqualTo(0.32);
    }
}
