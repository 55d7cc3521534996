package vn.vbtrace.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Document ids read from the id's doc values, which its {@code KeywordField} keeps, rather than from the stored
 * fields: a stored read decompresses the document's whole block (its text and extraction) to return 16 bytes. The
 * lists of citers and the quality harness's rankings read hundreds of ids per answer.
 */
final class DocumentIds {

    private DocumentIds() {
    }

    /** The ids of these documents (reader-wide doc numbers), in their order. */
    static List<String> of(IndexReader reader, int[] docs) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<String> ids = new ArrayList<>(docs.length);
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            ids.add(idOf(leaf, doc - leaf.docBase));
        }
        return ids;
    }

    /** The id of every live document, leaf by leaf. */
    static Set<String> all(IndexReader reader) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), IndexFields.ID);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    ids.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                }
            }
        }
        return ids;
    }

    /**
     * Which of these ids a live document has: one walk of each segment's id terms for all of them. A document page
     * asks this of the up to a few dozen documents its references name; a count query per id cost a tenth of the page's
     * request thread (each one a query's weight, its cache lookup and a term seek in every segment).
     */
    static Set<String> held(IndexReader reader, Collection<String> ids) throws IOException {
        Set<String> held = new HashSet<>();
        if (ids.isEmpty()) {
            return held;
        }
        List<BytesRef> wanted = ids.stream().distinct().sorted().map(BytesRef::new).toList();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(IndexFields.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum idTerms = terms.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            for (BytesRef id : wanted) {
                String text = id.utf8ToString();
                if (held.contains(text) || !idTerms.seekExact(id)) {
                    continue;
                }
                postings = idTerms.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        held.add(text);
                        break;
                    }
                }
            }
        }
        return held;
    }

    private static String idOf(LeafReaderContext leaf, int doc) throws IOException {
        // A fresh iterator per document: the docs come in rank order, and doc values only move forward.
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), IndexFields.ID);
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("document " + doc + " of a segment has no id");
        }
        return values.lookupOrd(values.nextOrd()).utf8ToString();
    }
}
