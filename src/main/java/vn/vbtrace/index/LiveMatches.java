package vn.vbtrace.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.function.IntPredicate;

/** The live documents a query matches, unscored, in index order: read one by one until the reader says stop. */
final class LiveMatches {

    private LiveMatches() {
    }

    /**
     * Gives each live match's reader-wide doc number to {@code each} until it returns false; returns whether every
     * match was given.
     */
    static boolean forEach(IndexSearcher searcher, Query query, IntPredicate each) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && !each.test(leaf.docBase + doc)) {
                    return false;
                }
            }
        }
        return true;
    }
}
