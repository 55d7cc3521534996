package vn.vbtrace.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The documents citing one document, in the order of their day of issue, from the index's edge terms (each citer has
 * exactly one {@link IndexFields#CITED_FIRST} term for each document it cites): a sorted top-k search, a few
 * milliseconds for a decision cited by 50,000, where the graph would sort all its citers. Ties go by id; a citer
 * without a date comes where the graph puts a missing value (last oldest-first, first newest-first).
 */
final class Citers {

    static final Sort OLDEST_FIRST = byDay(false);
    static final Sort NEWEST_FIRST = byDay(true);

    private Citers() {
    }

    /** Every document citing this one (by the graph's edges: a mention that names no relation makes none). */
    static Query of(String targetId) {
        return new PrefixQuery(new Term(IndexFields.CITED_FIRST, LuceneDocuments.citedPrefix(targetId)));
    }

    /** Every document citing any of these. */
    static Query ofAny(Collection<String> targetIds) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String id : new LinkedHashSet<>(targetIds)) {
            any.add(of(id), BooleanClause.Occur.SHOULD);
        }
        return new ConstantScoreQuery(any.build());
    }

    /** The ids of the first {@code n} documents matching {@code query} in {@code order}. */
    static List<String> first(IndexSearcher searcher, Query query, int n, Sort order) throws IOException {
        if (n <= 0) {
            return List.of();
        }
        ScoreDoc[] hits = searcher.search(query, n, order).scoreDocs;
        return DocumentIds.of(searcher.getIndexReader(), Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
    }

    private static Sort byDay(boolean newestFirst) {
        SortField issued = new SortField(IndexFields.ISSUED_DAY, SortField.Type.LONG, newestFirst);
        issued.setMissingValue(Long.MAX_VALUE);
        return new Sort(issued, new SortedSetSortField(IndexFields.ID, false));
    }
}
