package vn.vbtrace.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.extract.Extractor;
import vn.vbtrace.parse.DocumentParser;

/**
 * Issue 10, point 1: the extractor on the development set (src/test/resources/devset: 45 openings
 * of real portal pages, labelled by hand) and on the openings added for this issue
 * (src/test/resources/devset-extra), scored at every build beside the corpus gold. Each file goes
 * the way a user's file goes: parsed as a .txt file, normalized, extracted.
 *
 * <p>The 45 documents are split into five folds by a fixed rule, the document's number mod 5
 * (d05, d10, ... are fold 0). Tuning looked at the misses of folds 0, 1, 2 and 4 only; fold 3
 * was held out and is the honest estimate of what the rules do on unseen openings (figures in
 * src/test/resources/devset-extra/README.md). The table, the figures per fold and a line for every
 * miss are printed; {@code -Ddevset.hideFold=N} leaves out the figures and miss lines of fold N
 * (and the totals, which include it), for tuning without looking at it.
 *
 * <p>src/test/resources/devset-fresh: 343 openings gathered in sessions 50 to 53 in twenty-two batches, each scored once
 * before its misses were read (the held-out figures are in its README.md); scored here with the others.
 */
class DevsetScoringTests {

    static final int FOLDS = 5;

    static DevsetScorer devset;
    static DevsetScorer extra;
    static DevsetScorer fresh;
    static final Map<Integer, DevsetScorer> byFold = new LinkedHashMap<>();

    @BeforeAll
    static void score() {
        Extractor extractor = new Extractor();
        DocumentParser parser = new DocumentParser();
        devset = new DevsetScorer();
        for (int fold = 0; fold < FOLDS; fold++) {
            byFold.put(fold, new DevsetScorer());
        }
        JsonNode gold = LabelledTexts.labels("/devset/gold.json");
        for (Map.Entry<String, JsonNode> doc : docs(gold)) {
            var extraction = extractor.extract(LabelledTexts.normalized(parser, "/devset/docs/" + doc.getKey() + ".txt"));
            devset.score(doc.getKey(), extraction, doc.getValue());
            byFold.get(fold(doc.getKey())).score(doc.getKey(), extraction, doc.getValue());
        }
        extra = scored(extractor, parser, "/devset-extra");
        fresh = scored(extractor, parser, "/devset-fresh");
        String hidden = System.getProperty("devset.hideFold");
        if (hidden == null) {
            System.out.println(devset.table("Devset scores (45 real openings; issue 10, point 1)"));
        }
        byFold.forEach((fold, scorer) -> {
            if (hidden == null || fold != Integer.parseInt(hidden)) {
                System.out.println("  fold " + fold + ": " + scorer.summary());
            }
        });
        System.out.println();
        System.out.println(extra.table("Devset-extra scores (openings added for issue 10)"));
        for (String miss : devset.misses) {
            if (hidden == null || fold(miss.substring(0, 3)) != Integer.parseInt(hidden)) {
                System.out.println("  devset miss: " + miss);
            }
        }
        extra.misses.forEach(miss -> System.out.println("  devset-extra miss: " + miss));
        System.out.println();
        System.out.println(fresh.table("Devset-fresh scores (343 openings added in sessions 50 to 53, each batch labelled before it was scored)"));
        fresh.misses.forEach(miss -> System.out.println("  devset-fresh miss: " + miss));
    }

    /** Every labelled opening of one set (its gold.json and docs/), each extracted as a user's .txt file is. */
    private static DevsetScorer scored(Extractor extractor, DocumentParser parser, String set) {
        DevsetScorer scorer = new DevsetScorer();
        for (Map.Entry<String, JsonNode> doc : docs(LabelledTexts.labels(set + "/gold.json"))) {
            scorer.score(doc.getKey(), extractor.extract(LabelledTexts.normalized(parser, set + "/docs/" + doc.getKey() + ".txt")),
                    doc.getValue());
        }
        return scorer;
    }

    static int fold(String doc) {
        return Integer.parseInt(doc.substring(1)) % FOLDS;
    }

    private static List<Map.Entry<String, JsonNode>> docs(JsonNode gold) {
        List<Map.Entry<String, JsonNode>> docs = new ArrayList<>();
        gold.get("docs").properties().forEach(docs::add);
        return docs;
    }

    // Targets of issue 10 on the devset: numbered-reference F1 >= 0.97, metadata >= 0.95, law recall >= 0.90.
    // Measured when this was written (devset-extra/README.md): devset 0.987, 0.983, 0.970; devset-extra 0.984,
    // 1.000, 0.962. The floors sit a little under those figures, so that a change that loses ground fails the build.

    // devset-fresh, when its last batches were added (devset-fresh/README.md, session 53, batches q to x, 343 in all):
    // numbered references 0.970, metadata 0.934, laws 0.963, details 0.857. Details on the devset and devset-extra:
    // 0.913, 0.951; the devset's laws 1.000 since glued syllables are set apart (session 52), devset-extra's 0.980.

    @Test
    void numberedReferences() {
        assertThat(devset.tally("numbered references").f1()).isGreaterThanOrEqualTo(0.98);
        assertThat(extra.tally("numbered references").f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(fresh.tally("numbered references").f1()).isGreaterThanOrEqualTo(0.96);
    }

    /** The date, type and issuer of each reference, the issuer as the text names it (the labels' rule). */
    @Test
    void referenceDetails() {
        assertThat(devset.tally("references with details").f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(extra.tally("references with details").f1()).isGreaterThanOrEqualTo(0.94);
        assertThat(fresh.tally("references with details").f1()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void metadata() {
        assertThat(devset.metadataAccuracy()).isGreaterThanOrEqualTo(0.975);
        assertThat(extra.metadataAccuracy()).isGreaterThanOrEqualTo(0.98);
        assertThat(fresh.metadataAccuracy()).isGreaterThanOrEqualTo(0.92);
    }

    @Test
    void lawRecall() {
        assertThat(devset.tally("laws by name and date").recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(extra.tally("laws by name and date").recall()).isGreaterThanOrEqualTo(0.94);
        assertThat(fresh.tally("laws by name and date").recall()).isGreaterThanOrEqualTo(0.94);
    }
}
