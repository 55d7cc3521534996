package vn.vbtrace.index;

import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.SearchRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Issue 11, point 4: the cost of vbtrace's search (every feature of SearchTuning.DEFAULT, with
 * the facets, stubs and snippets a user gets) beside the plain-Lucene baseline, in the same run,
 * on the 2,131 ALQAC articles and on the same articles copied to about 100,000 documents (each
 * copy under its own id, so every posting list is 47 times longer). The 548 questions are asked
 * typed with and without diacritics, one warm-up round, then {@link #ROUNDS} measured rounds.
 * On demand, as it indexes 100,000 documents:
 * {@code ./mvnw -o test -Dtest=SearchLatencyBenchmark -Dsearch.latency=true [-Dsearch.latency.docs=100000]}.
 */
@EnabledIfSystemProperty(named = "search.latency", matches = "true")
class SearchLatencyBenchmark {

    private static final int ROUNDS = 2;

    @TempDir
    Path dir;

    @Test
    void printsSearchLatencyBesideTheBaseline() throws Exception {
        AlqacData data = AlqacData.load();
        List<IngestedDocument> articles = data.documents();
        List<String> questions = new ArrayList<>();
        for (AlqacData.Question question : data.questions()) {
            questions.add(question.text());
            questions.add(question.folded().text());
        }
        int target = Integer.getInteger("search.latency.docs", 100_000);
        StringBuilder table = new StringBuilder(String.format("%nSearch latency, %d questions with and without diacritics,"
                + " %d measured rounds after one warm-up; ms%n%-10s %-34s %-10s %-10s %-10s %-10s%n", data.questions().size(),
                ROUNDS, "documents", "method", "p50", "p95", "p99", "mean"));
        for (int copies : new int[] {1, Math.max(1, Math.round(target / (float) articles.size()))}) {
            Path at = dir.resolve("x" + copies);
            List<AlqacData.Article> texts = new ArrayList<>();
            long indexing = System.nanoTime();
            try (LuceneSearchIndex index = LuceneSearchIndex.openWritable(at.resolve("index"))) {
                for (int copy = 0; copy < copies; copy++) {
                    List<IngestedDocument> batch = new ArrayList<>();
                    for (int i = 0; i < articles.size(); i++) {
                        IngestedDocument doc = articles.get(i);
                        String id = copy == 0 ? doc.id() : doc.id() + "~" + copy;
                        batch.add(doc.withId(id));
                        texts.add(new AlqacData.Article(id, data.articles().get(i).text()));
                    }
                    index.putAll(batch);
                }
                System.out.printf("indexed %d documents in %.0f s, %d segments%n", index.count(),
                        (System.nanoTime() - indexing) / 1e9, index.segments());
                try (PlainLuceneBaseline baseline = new PlainLuceneBaseline(texts, FSDirectory.open(at.resolve("baseline")))) {
                    int docs = index.count();
                    table.append(row(docs, "plain Lucene baseline (top 10)", questions, q -> baseline.search(q, 10)));
                    table.append(row(docs, "vbtrace ranking only (top 10)", questions,
                            q -> index.rankedIds(SearchRequest.of(q, 10), SearchTuning.DEFAULT)));
                    table.append(row(docs, "vbtrace search (page, facets, snippets)", questions,
                            q -> index.search(SearchRequest.of(q, 10))));
                    // Merges may still run after the last batch: the segments searched then are fewer than at the start.
                    System.out.printf("%d segments after the questions%n", index.segments());
                }
            }
        }
        System.out.println(table);
    }

    private static String row(int docs, String method, List<String> questions, Consumer<String> search) {
        questions.forEach(search);
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String question : questions) {
                long start = System.nanoTime();
                search.accept(question);
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(millis);
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format("%-10d %-34s %-10.2f %-10.2f %-10.2f %-10.2f%n", docs, method, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), mean);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
