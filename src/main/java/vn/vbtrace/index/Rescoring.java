package vn.vbtrace.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.Arrays;

/**
 * A second look at the top window of the first pass, as OpenSearch's rescore does: a query run
 * over those documents only, its score added to the first ({@code total}) or multiplying it by
 * (1 + weight × score) ({@code multiply}, for a score in [0, 1] such as Coverage's share), over the first
 * pass's best {@code window} documents.
 */
record Rescoring(Query query, float weight, boolean multiply, int window) {

    /** How many of the best documents proximity and coverage reorder: the page comes from far nearer the top. */
    static final int WINDOW = 100;

    /**
     * Reorders the first {@link #window} documents of {@code top} and keeps the rest after them as they were, so a
     * page after the window lists what the pages before it did not (OpenSearch's rescore does the same with a fixed
     * {@code window_size}). A rescored score is never below its first one, so the order stays by score.
     */
    TopDocs apply(IndexSearcher searcher, TopDocs top) throws IOException {
        QueryRescorer rescorer = new QueryRescorer(query) {
            @Override
            protected float combine(float first, boolean matched, float second) {
                if (!matched) {
                    return first;
                }
                return multiply ? first * (1 + weight * second) : first + weight * second;
            }
        };
        int head = Math.min(window, top.scoreDocs.length);
        ScoreDoc[] rescored = rescorer.rescore(searcher, new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, head)), head)
                .scoreDocs;
        ScoreDoc[] all = Arrays.copyOf(rescored, top.scoreDocs.length);
        System.arraycopy(top.scoreDocs, head, all, head, top.scoreDocs.length - head);
        return new TopDocs(top.totalHits, all);
    }
}
