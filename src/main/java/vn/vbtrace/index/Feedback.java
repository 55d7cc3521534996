package vn.vbtrace.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Pseudo-relevance feedback (RM3 in miniature): the few best documents for the query are
 * assumed relevant, and their most telling syllables (frequent there, rare in the index)
 * are added to the query, so a question phrased in other words than the text still finds
 * the text's vocabulary. Added as optional clauses: they reorder, they never widen the hits.
 * Its cost is bounded by DOCS × MAX_CHARS, not by the size of the index. In OpenSearch terms: a
 * significant-terms aggregation over a sampler of the top hits, then a second query.
 */
final class Feedback {

    private static final int DOCS = 3;
    private static final int TERMS = 10;
    /** Only so much of each top document is read: the cost stays bounded however long a document is. */
    private static final int MAX_CHARS = 8_000;

    private Feedback() {
    }

    static Optional<Query> expansion(IndexSearcher searcher, Query initial, String text) throws IOException {
        ScoreDoc[] top = searcher.search(initial, DOCS).scoreDocs;
        if (top.length == 0) {
            return Optional.empty();
        }
        Set<String> asked = new HashSet<>(Terms.folded(text));
        Map<String, Double> weight = new HashMap<>();
        int total = searcher.getIndexReader().numDocs();
        for (ScoreDoc hit : top) {
            String body = searcher.storedFields().document(hit.doc, Set.of(IndexFields.STORED_TEXT)).get(IndexFields.STORED_TEXT);
            List<String> syllables = Terms.folded(body == null ? "" : body.substring(0, Math.min(body.length(), MAX_CHARS)));
            Map<String, Integer> tf = new HashMap<>();
            syllables.forEach(s -> tf.merge(s, 1, Integer::sum));
            for (Map.Entry<String, Integer> entry : tf.entrySet()) {
                if (asked.contains(entry.getKey()) || entry.getKey().length() < 2) {
                    continue;
                }
                int df = searcher.getIndexReader().docFreq(new Term(IndexFields.TEXT_FOLDED, entry.getKey()));
                double idf = Math.log(1 + (total - df + 0.5) / (df + 0.5));
                weight.merge(entry.getKey(), entry.getValue() / (double) syllables.size() * idf, Double::sum);
            }
        }
        List<Map.Entry<String, Double>> best = weight.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(TERMS).toList();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        double max = best.getFirst().getValue();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> entry : best) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT_FOLDED, entry.getKey())),
                    (float) (entry.getValue() / max)), Occur.SHOULD);
        }
        return Optional.of(any.build());
    }
}
