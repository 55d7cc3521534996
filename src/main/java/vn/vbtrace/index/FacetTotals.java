package vn.vbtrace.index;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The facet counts of every live document of a segment, counted once per segment reader and kept while it is open:
 * a query matching most of a segment (nearly every word query does) is counted as these totals less its few
 * non-matching documents, so its cost follows the non-matches. A segment reader is replaced when its live documents
 * or its doc values change (a deletion, a status update), and its totals are dropped when it closes.
 */
final class FacetTotals {

    private final KeptWhileOpen<LeafFacetCounts> bySegmentReader = new KeptWhileOpen<>();

    /** The totals of the reader's live documents; empty-handed (null) for a reader that cannot say when it changes. */
    LeafFacetCounts of(LeafReader reader) {
        return bySegmentReader.of(reader.getReaderCacheHelper(), () -> {
            try {
                return LeafFacetCounts.of(reader, live(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** How many segment readers have their totals kept (for tests: they go when their reader closes). */
    int size() {
        return bySegmentReader.size();
    }

    /** The reader's live documents as a set. */
    static FixedBitSet live(LeafReader reader) {
        FixedBitSet live = new FixedBitSet(reader.maxDoc());
        live.set(0, reader.maxDoc());
        Bits liveDocs = reader.getLiveDocs();
        if (liveDocs != null) {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (!liveDocs.get(doc)) {
                    live.clear(doc);
                }
            }
        }
        return live;
    }
}
