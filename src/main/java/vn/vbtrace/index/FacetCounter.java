package vn.vbtrace.index;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import vn.vbtrace.document.Facets;
import vn.vbtrace.document.FilterField;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts the values of every {@link FilterField} over every document a query matches, from doc values (no stored
 * fields read), and the total with them. The matches of a segment are gathered as a set first; when they are most of
 * its live documents (a word query matches nearly every document), the others are counted and taken from the
 * segment's totals ({@link FacetTotals}), so the cost follows the fewer of the two.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {

    record Result(long total, Facets facets) {
    }

    static final Set<FilterField> EVERY_FIELD = Collections.unmodifiableSet(EnumSet.allOf(FilterField.class));

    /** The totals the non-matches are taken from; null counts every match (a query matching few, such as a citers' count). */
    private final FacetTotals totals;
    /** The facets counted; the others are left out of the result. */
    private final Set<FilterField> fields;

    /** Counts every facet of every match: for queries that match few documents. */
    FacetCounter() {
        this(null, EVERY_FIELD);
    }

    /** Counts every facet, taking the non-matches from {@code totals} when they are fewer (a search's facets). */
    FacetCounter(FacetTotals totals) {
        this(totals, EVERY_FIELD);
    }

    /** Counts these facets of every match only: a chain's citers are shown by issuer and year, a hub has tens of thousands. */
    static FacetCounter of(Set<FilterField> fields) {
        return new FacetCounter(null, fields);
    }

    private FacetCounter(FacetTotals totals, Set<FilterField> fields) {
        this.totals = totals;
        this.fields = fields;
    }

    /** One facet's counts in one collector: by value, and the matches without a value (counted under Facets.MISSING). */
    static final class Tally {
        private final Map<String, Long> values = new HashMap<>();
        private long missing;

        void add(String value, long n) {
            values.merge(value, n, Long::sum);
        }

        void addMissing(long n) {
            missing += n;
        }
    }

    final class Counts implements Collector {
        private long total;
        private final Map<FilterField, Tally> tallies = new EnumMap<>(FilterField.class);

        Counts() {
            for (FilterField field : fields) {
                tallies.put(field, new Tally());
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            FixedBitSet matches = new FixedBitSet(reader.maxDoc());
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    matches.set(doc);
                }

                @Override
                public void collectRange(int min, int max) {
                    matches.set(min, max);
                }

                @Override
                public void collect(DocIdStream stream) throws IOException {
                    stream.forEach(matches::set);
                }

                @Override
                public void finish() throws IOException {
                    count(reader, matches);
                }
            };
        }

        /** Counts a segment's matches (live documents only: the search skips the deleted ones). */
        private void count(LeafReader reader, FixedBitSet matches) throws IOException {
            int matched = matches.cardinality();
            total += matched;
            LeafFacetCounts all = totals == null || matched <= reader.numDocs() / 2 ? null : totals.of(reader);
            if (all == null) {
                LeafFacetCounts.of(reader, matches, fields).addTo(reader, null, tallies);
                return;
            }
            FixedBitSet others = FacetTotals.live(reader);
            others.andNot(matches);
            all.addTo(reader, LeafFacetCounts.of(reader, others), tallies);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Result reduce(Collection<Counts> collectors) {
        long total = 0;
        Map<FilterField, Tally> all = new EnumMap<>(FilterField.class);
        for (FilterField field : fields) {
            all.put(field, new Tally());
        }
        for (Counts counts : collectors) {
            total += counts.total;
            counts.tallies.forEach((field, tally) -> {
                Tally sum = all.get(field);
                sum.missing += tally.missing;
                tally.values.forEach((k, v) -> sum.values.merge(k, v, Long::sum));
            });
        }
        Map<FilterField, Map<String, Long>> facets = new EnumMap<>(FilterField.class);
        all.forEach((field, tally) -> facets.put(field, mostFirst(tally.values, tally.missing)));
        return new Result(total, new Facets(facets));
    }

    /** Values most frequent first, then the matches without a value under Facets.MISSING. */
    static Map<String, Long> mostFirst(Map<String, Long> counts, long missing) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        if (missing > 0) {
            sorted.merge(Facets.MISSING, missing, Long::sum);
        }
        return sorted;
    }
}
