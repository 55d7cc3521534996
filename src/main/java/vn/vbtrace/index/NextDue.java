package vn.vbtrace.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import vn.vbtrace.document.Deadline;

import java.io.IOException;
import java.time.LocalDate;

/**
 * A duty clause's next due date on a day, as yyyymmdd, read from its doc values ({@link TaskClauses#DUE_DATE},
 * {@link TaskClauses#DUE_YEARLY}) as {@link Deadline#nextDueKey} computes it; {@link TaskClauses#NO_DUE} without a
 * deadline. A yearly deadline's next date depends on the day asked, so it is a sort computed per question, not a
 * value the index could hold.
 */
final class NextDue extends LongValuesSource {

    private final LocalDate today;

    NextDue(LocalDate today) {
        this.today = today;
    }

    @Override
    public LongValues getValues(LeafReaderContext leaf, DoubleValues scores) throws IOException {
        SortedNumericDocValues fixed = DocValues.getSortedNumeric(leaf.reader(), TaskClauses.DUE_DATE);
        SortedNumericDocValues yearly = DocValues.getSortedNumeric(leaf.reader(), TaskClauses.DUE_YEARLY);
        return new LongValues() {
            private int[] days = new int[12]; // a yearly deadline names a day or a month-end, at most one a month
            private long value;

            @Override
            public long longValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                long fixedKey = fixed.advanceExact(doc) ? fixed.nextValue() : 0;
                int count = 0;
                if (fixedKey == 0 && yearly.advanceExact(doc)) {
                    count = yearly.docValueCount();
                    if (count > days.length) {
                        days = new int[count];
                    }
                    for (int i = 0; i < count; i++) {
                        days[i] = (int) yearly.nextValue();
                    }
                }
                value = Deadline.nextDueKey(fixedKey, days, count, today, TaskClauses.NO_DUE);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
        return DocValues.isCacheable(leaf, TaskClauses.DUE_DATE, TaskClauses.DUE_YEARLY);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NextDue that && that.today.equals(today);
    }

    @Override
    public int hashCode() {
        return today.hashCode();
    }

    @Override
    public String toString() {
        return "nextDue(" + today + ")";
    }
}
