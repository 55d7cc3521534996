package vn.vbtrace.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;

/**
 * A second look at the top window of the first pass, as OpenSearch's rescore does: a query run
 * over those documents only, its score added to the first ({@code total}) or multiplying it by
 * (1 + weight × score) ({@code multiply}, for a score in [0, 1] such as Coverage's share).
 */
record Rescoring(Query query, float weight, boolean multiply) {

    /** How many of the best documents a rescoring reorders: the page comes from far nearer the top. */
    static final int WINDOW = 100;

    TopDocs apply(IndexSearcher searcher, TopDocs top, int keep) throws IOException {
        QueryRescorer rescorer = new QueryRescorer(query) {
            @Override
            protected float combine(float first, boolean matched, float second) {
                if (!matched) {
                    return first;
                }
                return multiply ? first * (1 + weight * second) : first + weight * second;
            }
        };
        return rescorer.rescore(searcher, top, keep);
    }
}
