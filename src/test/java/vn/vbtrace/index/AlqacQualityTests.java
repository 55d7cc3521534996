package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.IngestedDocument;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, point 5: retrieval quality on ALQAC 2023 (../shared/alqac), vbtrace's own search
 * path (Pipeline → SearchIndex → QueryFactory) beside the plain-Lucene baseline built in
 * the same run. Prints MRR@10 and recall@10 for every method × {diacritics, none} ×
 * {tune, held-out}, with each improvement switched off in turn, and holds the held-out
 * target: vbtrace ≥ 1.07 × baseline MRR@10, typed with and without diacritics.
 */
class AlqacQualityTests {

    private static final int K = 10;
    /**
     * Issue 4 asks for 1.07 × the baseline's held-out MRR@10. Measured here: 1.077 with
     * diacritics, 1.075 without (see the printed table; headings and proximity triples brought
     * it up from 1.056 and 1.050). The ranking is deterministic, so the target itself is the floor.
     */
    private static final double TARGET = 1.07;

    @TempDir
    static Path dir;
    static AlqacData data;
    static SearchIndex index;
    static PlainLuceneBaseline baseline;

    @BeforeAll
    static void ingest() throws Exception {
        data = AlqacData.load();
        List<IngestedDocument> docs = data.documents();
        index = SearchIndex.openWritable(dir.resolve("index"));
        index.putAll(docs);
        baseline = new PlainLuceneBaseline(data.articles());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
        baseline.close();
    }

    /** MRR@10 and recall@10 of one method on one slice of the questions. */
    record Score(double mrr, double recall) {
    }

    static Score score(Function<String, List<String>> method, boolean diacritics, boolean heldOut) {
        double mrr = 0;
        double recall = 0;
        int n = 0;
        for (AlqacData.Question question : data.questions()) {
            if (question.heldOut() != heldOut) {
                continue;
            }
            AlqacData.Question asked = diacritics ? question : question.folded();
            List<String> top = method.apply(asked.text());
            for (int rank = 0; rank < Math.min(K, top.size()); rank++) {
                if (asked.gold().contains(top.get(rank))) {
                    mrr += 1.0 / (rank + 1);
                    break;
                }
            }
            recall += top.stream().limit(K).filter(asked.gold()::contains).count() / (double) asked.gold().size();
            n++;
        }
        return new Score(mrr / n, recall / n);
    }

    static Function<String, List<String>> vbtrace(SearchTuning tuning) {
        return query -> index.search(SearchRequest.of(query, K), tuning).hits().stream().map(SearchHit::id).toList();
    }

    /** The rows of the table: the baseline, vbtrace as shipped, then vbtrace with one improvement off. */
    static Map<String, Function<String, List<String>>> methods() {
        SearchTuning on = SearchTuning.DEFAULT;
        Map<String, Function<String, List<String>>> methods = new LinkedHashMap<>();
        methods.put("plain Lucene baseline", query -> baseline.search(query, K));
        methods.put("vbtrace", vbtrace(on));
        methods.put("  without tuned BM25 (k1=1.2 b=0.75)", vbtrace(on.withBm25(1.2f, 0.75f)));
        methods.put("  without question-word dropping", vbtrace(on.withDropQuestionWords(false)));
        methods.put("  without shingles weighted x2", vbtrace(on.withPhrases(1f)));
        methods.put("  without headings (x0.5)", vbtrace(on.withHeadings(0)));
        methods.put("  without proximity triples (0.5)", vbtrace(on.withProximity(0)));
        methods.put("  plus feedback (0.3)", vbtrace(on.withFeedback(0.3f)));
        methods.put("  plus word cohesion (PMI, 1.0)", vbtrace(on.withCohesion(1f)));
        methods.put("  with none of these", vbtrace(SearchTuning.PLAIN));
        if (Boolean.getBoolean("alqac.grid")) {
            // The grid DEFAULT was chosen from: read the tune columns only.
            // (about 3 minutes; the earlier passes also tried k1 0.3-1.6, b 0.4-0.9, shingles x3)
            for (float k1 : new float[] {0.45f, 0.6f, 0.9f}) {
                for (float b : new float[] {0.6f, 0.7f}) {
                    for (float p : new float[] {0f, 0.5f}) {
                        for (float f : new float[] {0f, 0.3f}) {
                            for (float sh : new float[] {1f, 2f}) {
                                methods.put("  grid " + k1 + " " + b + " p" + p + " f" + f + " sh" + sh,
                                        vbtrace(new SearchTuning(k1, b, true, p, f, sh, 0, 0)));
                            }
                        }
                    }
                }
            }
        }
        return methods;
    }

    @Test
    void vbtraceBeatsThePlainLuceneBaselineOnHeldOutQuestions() {
        long tune = data.questions().stream().filter(q -> !q.heldOut()).count();
        StringBuilder table = new StringBuilder(String.format(
                "%nALQAC 2023: %d articles, %d questions (%d tune, %d held out); MRR@10 / recall@10%n",
                data.articles().size(), data.questions().size(), tune, data.questions().size() - tune));
        table.append(String.format("%-40s %-15s %-15s %-15s %-15s%n", "method", "tune", "held-out",
                "tune no-diac", "held-out no-diac"));
        Map<String, Score[]> scores = new LinkedHashMap<>();
        methods().forEach((name, method) -> {
            Score[] row = {score(method, true, false), score(method, true, true),
                    score(method, false, false), score(method, false, true)};
            scores.put(name, row);
            table.append(String.format("%-40s", name));
            for (Score s : row) {
                table.append(String.format(" %.3f / %.3f  ", s.mrr(), s.recall()));
            }
            table.append('\n');
        });
        System.out.println(table);
        Score[] base = scores.get("plain Lucene baseline");
        Score[] ours = scores.get("vbtrace");
        assertThat(ours[1].mrr()).as("held-out MRR@10 with diacritics").isGreaterThanOrEqualTo(TARGET * base[1].mrr());
        assertThat(ours[3].mrr()).as("held-out MRR@10 without diacritics").isGreaterThanOrEqualTo(TARGET * base[3].mrr());
    }
}
