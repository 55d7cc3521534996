package vn.vbtrace.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The few reads a query plan makes of the index while it is built (whether a quoted phrase occurs at all) and
 * a search makes beside its ranking (the citers of a number no document holds): a count and the stored values of
 * the best few documents, whichever engine answers them.
 */
interface IndexReads {

    int count(Query query) throws IOException;

    /** Whether any document matches: {@code count(query) > 0}, which an engine may answer without counting them all. */
    default boolean any(Query query) throws IOException {
        return count(query) > 0;
    }

    /** The stored values of these fields of the best {@code n} documents for the query, best first. */
    List<Map<String, String>> top(Query query, int n, Set<String> fields) throws IOException;

    /** The reads of an in-process searcher. */
    static IndexReads of(IndexSearcher searcher) {
        return new IndexReads() {
            @Override
            public int count(Query query) throws IOException {
                return searcher.count(query);
            }

            /** Stops at the first live match: a quoted phrase of common words is in most documents. */
            @Override
            public boolean any(Query query) throws IOException {
                Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Scorer scorer = weight.scorer(leaf);
                    if (scorer == null) {
                        continue;
                    }
                    Bits live = leaf.reader().getLiveDocs();
                    DocIdSetIterator docs = scorer.iterator();
                    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            return true;
                        }
                    }
                }
                return false;
            }

            @Override
            public List<Map<String, String>> top(Query query, int n, Set<String> fields) throws IOException {
                StoredFields stored = searcher.storedFields();
                List<Map<String, String>> docs = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
                    Document doc = stored.document(hit.doc, fields);
                    Map<String, String> values = new HashMap<>();
                    fields.forEach(field -> values.put(field, doc.get(field)));
                    docs.add(values);
                }
                return docs;
            }
        };
    }
}
