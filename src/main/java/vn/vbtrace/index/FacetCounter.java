package vn.vbtrace.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import vn.vbtrace.document.Facets;
import vn.vbtrace.document.FilterField;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the values of every {@link FilterField} over every document a query matches, from doc values (no stored
 * fields read), and the total with them, in the one pass.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {

    record Result(long total, Facets facets) {
    }

    /** One facet's counts in one collector: by value, and the matches without a value (counted under Facets.MISSING). */
    private static final class Tally {
        private final Map<String, Long> values = new HashMap<>();
        private long missing;
    }

    /** One facet over one segment: counts a document's value, or that it has none. */
    private interface LeafTally {
        void collect(int doc) throws IOException;

        default void finish() throws IOException {
        }
    }

    static final class Counts implements Collector {
        private long total;
        private final Map<FilterField, Tally> tallies = new EnumMap<>(FilterField.class);

        Counts() {
            for (FilterField field : FilterField.values()) {
                tallies.put(field, new Tally());
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<LeafTally> leaves = new ArrayList<>();
            for (FilterField field : FilterField.values()) {
                leaves.add(leaf(field, context.reader(), tallies.get(field)));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (LeafTally leaf : leaves) {
                        leaf.collect(doc);
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (LeafTally leaf : leaves) {
                        leaf.finish();
                    }
                }
            };
        }

        private static LeafTally leaf(FilterField field, LeafReader reader, Tally tally) throws IOException {
            return switch (field.match()) {
                case EXACT, FOLDED -> {
                    SortedDocValues values = DocValues.getSorted(reader, IndexedFilter.facetField(field));
                    // Counted by ordinal while collecting, turned into strings once per segment in finish().
                    long[] counts = new long[Math.max(0, values.getValueCount())];
                    yield new LeafTally() {
                        @Override
                        public void collect(int doc) throws IOException {
                            if (values.advanceExact(doc)) {
                                counts[values.ordValue()]++;
                            } else {
                                tally.missing++;
                            }
                        }

                        @Override
                        public void finish() throws IOException {
                            for (int ord = 0; ord < counts.length; ord++) {
                                if (counts[ord] > 0) {
                                    tally.values.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                                }
                            }
                        }
                    };
                }
                case YEARS -> {
                    SortedNumericDocValues years = DocValues.getSortedNumeric(reader, IndexedFilter.facetField(field));
                    yield doc -> {
                        if (years.advanceExact(doc)) {
                            tally.values.merge(Long.toString(years.nextValue()), 1L, Long::sum);
                        } else {
                            tally.missing++;
                        }
                    };
                }
                case STATUS -> {
                    // Every document has a status (UNKNOWN until the validity service has seen it).
                    NumericDocValues statuses = DocValues.getNumeric(reader, IndexedFilter.facetField(field));
                    long[] counts = new long[ValidityCodes.NAMES.size()];
                    yield new LeafTally() {
                        @Override
                        public void collect(int doc) throws IOException {
                            if (statuses.advanceExact(doc) && statuses.longValue() >= 0 && statuses.longValue() < counts.length) {
                                counts[(int) statuses.longValue()]++;
                            }
                        }

                        @Override
                        public void finish() {
                            for (int code = 0; code < counts.length; code++) {
                                if (counts[code] > 0) {
                                    tally.values.merge(ValidityCodes.name(code), counts[code], Long::sum);
                                }
                            }
                        }
                    };
                }
            };
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
        for (FilterField field : FilterField.values()) {
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
