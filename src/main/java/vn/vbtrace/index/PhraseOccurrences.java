package vn.vbtrace.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a synonym's phrase occurs in the index at all, found once per segment and kept while the segment is open.
 * A phrase no document holds adds nothing to any score and matches nothing, yet a search would read the positions
 * of every document holding its words (two common syllables are in nearly all): left out of the query, the answer
 * is the same and costs a fraction. Asked of a segment's postings, deleted documents included, so "nowhere" is sure.
 */
final class PhraseOccurrences {

    /** Segment core → phrase → whether some document of the segment holds it. */
    private final KeptWhileOpen<Map<Query, Boolean>> bySegment = new KeptWhileOpen<>();

    /** Whether some document of the searcher's index holds the phrase (or single term). */
    boolean anywhere(IndexSearcher searcher, Query phrase) throws IOException {
        Weight weight = null;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Map<Query, Boolean> known = bySegment.of(leaf.reader().getCoreCacheHelper(), ConcurrentHashMap::new);
            if (known == null) {
                return true; // cannot be kept: the phrase stays in the query, which is always right
            }
            Boolean held = known.get(phrase);
            if (held == null) {
                if (weight == null) {
                    weight = searcher.createWeight(searcher.rewrite(phrase), ScoreMode.COMPLETE_NO_SCORES, 1f);
                }
                held = holds(weight, leaf);
                known.put(phrase, held);
            }
            if (held) {
                return true;
            }
        }
        return false;
    }

    /** Whether some document of the segment, live or deleted, matches. */
    private static boolean holds(Weight weight, LeafReaderContext leaf) {
        try {
            Scorer scorer = weight.scorer(leaf);
            return scorer != null && scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
