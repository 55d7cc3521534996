package vn.vbtrace.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

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
                return LiveMatches.any(searcher, query);
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
