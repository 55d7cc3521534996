package vn.vbtrace.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The documents citing one document, in the order of their day of issue, from the index's edge terms (each citer has
 * exactly one {@link IndexFields#CITED_FIRST} term for each document it cites): a sorted top-k search, a few
 * milliseconds for a decision cited by 50,000, where the graph would sort all its citers. Ties go by id; a citer
 * without a date comes where the graph puts a missing value (last oldest-first, first newest-first).
 */
final class Citers {

    /** A document without a date sorts as this day: where the graph puts a missing value. */
    private static final long NO_DAY = Long.MAX_VALUE;
    private static final Sort BY_ID = new Sort(new SortedSetSortField(IndexFields.ID, false));

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

    /**
     * The ids of the first {@code n} documents matching {@code query} in {@code order}. Two sorted searches rather
     * than one sorted by day and id: a sort on the id copies each competitive hit's id out of the doc values (a
     * block of their terms decompressed every time), and when documents were ingested in the order of their dates
     * nearly every citer is competitive, newest first; for the most cited decision of a 100,000-document set that
     * was three quarters of a draft's check. So the days alone pick the first {@code n}, and only the documents of
     * the last day taken, the ties, are sorted by id.
     */
    static List<String> first(IndexSearcher searcher, Query query, int n, Order order) throws IOException {
        if (n <= 0) {
            return List.of();
        }
        ScoreDoc[] byDay = searcher.search(query, n, order.days).scoreDocs;
        if (byDay.length == 0) {
            return List.of();
        }
        // Below n matches every tie is here; otherwise the documents of the last day shown may be only some of them.
        long lastDay = day(byDay[byDay.length - 1]);
        boolean allTaken = byDay.length < n;
        List<ScoreDoc> before = new ArrayList<>();
        for (ScoreDoc hit : byDay) {
            if (allTaken || day(hit) != lastDay) {
                before.add(hit);
            }
        }
        List<String> ids = byDayThenId(searcher, before, order);
        if (!allTaken) {
            ScoreDoc[] ties = searcher.search(onDay(query, lastDay), n - before.size(), BY_ID).scoreDocs;
            ids.addAll(DocumentIds.of(searcher.getIndexReader(), Arrays.stream(ties).mapToInt(hit -> hit.doc).toArray()));
        }
        return ids;
    }

    /** Hits already in the order of their days, each day's hits then put in the order of their ids. */
    private static List<String> byDayThenId(IndexSearcher searcher, List<ScoreDoc> hits, Order order) throws IOException {
        List<String> ids = DocumentIds.of(searcher.getIndexReader(), hits.stream().mapToInt(hit -> hit.doc).toArray());
        record Row(long day, String id) {
        }
        List<Row> rows = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            rows.add(new Row(day(hits.get(i)), ids.get(i)));
        }
        Comparator<Row> byDay = Comparator.comparingLong(Row::day);
        rows.sort((order.newestFirst ? byDay.reversed() : byDay).thenComparing(Row::id));
        List<String> ordered = new ArrayList<>(rows.size());
        rows.forEach(row -> ordered.add(row.id()));
        return ordered;
    }

    /** The matches of {@code query} issued on {@code day}; {@link #NO_DAY} stands for the documents without a date. */
    private static Query onDay(Query query, long day) {
        BooleanQuery.Builder sameDay = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (day == NO_DAY) {
            sameDay.add(new FieldExistsQuery(IndexFields.ISSUED_DAY), BooleanClause.Occur.MUST_NOT);
        } else {
            sameDay.add(NumericDocValuesField.newSlowExactQuery(IndexFields.ISSUED_DAY, day), BooleanClause.Occur.FILTER);
        }
        return sameDay.build();
    }

    private static long day(ScoreDoc hit) {
        return (Long) ((FieldDoc) hit).fields[0];
    }

    /** Oldest or newest first; ties by id. */
    enum Order {
        OLDEST_FIRST(false), NEWEST_FIRST(true);

        private final boolean newestFirst;
        private final Sort days;

        Order(boolean newestFirst) {
            this.newestFirst = newestFirst;
            SortField issued = new SortField(IndexFields.ISSUED_DAY, SortField.Type.LONG, newestFirst);
            issued.setMissingValue(NO_DAY);
            this.days = new Sort(issued);
        }
    }
}
