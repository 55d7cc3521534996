package vn.vbtrace.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.search.IndexSearcher;

/**
 * The citer counts of the documents asked for, kept per index reader while it is open. A decision cited by tens of
 * thousands is counted from all its citers' doc values (46,647 at 100,000 documents: about a tenth of the CPU of its
 * depth-1 chain, by JFR), and every chain that cuts it asks the same counts again until the index changes. A commit
 * opens a new reader, whose counts are taken anew; those of the old one go when it closes. At most
 * {@value #KEPT} documents' counts are kept a reader: the others are counted each time, as before.
 */
final class CiterCountsCache {

    static final int KEPT = 1_024;

    private final KeptWhileOpen<Map<String, CiterCounts>> byReader = new KeptWhileOpen<>();

    CiterCounts of(IndexSearcher searcher, String documentId) throws IOException {
        Map<String, CiterCounts> kept = byReader.of(searcher.getIndexReader().getReaderCacheHelper(), ConcurrentHashMap::new);
        if (kept == null) {
            return CiterCounts.of(searcher, documentId); // a reader that cannot say when it changes
        }
        CiterCounts counts = kept.get(documentId);
        if (counts == null) {
            counts = CiterCounts.of(searcher, documentId);
            if (kept.size() < KEPT) {
                kept.put(documentId, counts);
            }
        }
        return counts;
    }
}
