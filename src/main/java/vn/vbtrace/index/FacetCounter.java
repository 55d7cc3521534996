package vn.vbtrace.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts type, issuer, year, province and validity status over every document a query matches, from doc values (no
 * stored fields read), and the total with them, in the one pass.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {

    record Result(long total, Facets facets) {
    }

    static final class Counts implements Collector {
        private long total;
        private final Map<String, Long> type = new HashMap<>();
        private final Map<String, Long> issuer = new HashMap<>();
        private final Map<String, Long> year = new HashMap<>();
        private final Map<String, Long> province = new HashMap<>();
        private final long[] status = new long[ValidityCodes.NAMES.size()];
        /** Matches without a type, issuer, year, place: counted under Facets.MISSING, so each facet adds up to the total. */
        private long typeMissing;
        private long issuerMissing;
        private long yearMissing;
        private long provinceMissing;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues types = DocValues.getSorted(context.reader(), IndexFields.TYPE_FACET);
            SortedDocValues issuers = DocValues.getSorted(context.reader(), IndexFields.ISSUER_FACET);
            SortedDocValues provinces = DocValues.getSorted(context.reader(), IndexFields.PROVINCE_FACET);
            SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), IndexFields.YEAR);
            NumericDocValues statuses = DocValues.getNumeric(context.reader(), IndexFields.STATUS);
            // Counted by ordinal while collecting, turned into strings once per segment in finish().
            long[] typeCounts = new long[(int) Math.max(0, types.getValueCount())];
            long[] issuerCounts = new long[(int) Math.max(0, issuers.getValueCount())];
            long[] provinceCounts = new long[(int) Math.max(0, provinces.getValueCount())];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (types.advanceExact(doc)) {
                        typeCounts[types.ordValue()]++;
                    } else {
                        typeMissing++;
                    }
                    if (issuers.advanceExact(doc)) {
                        issuerCounts[issuers.ordValue()]++;
                    } else {
                        issuerMissing++;
                    }
                    if (provinces.advanceExact(doc)) {
                        provinceCounts[provinces.ordValue()]++;
                    } else {
                        provinceMissing++;
                    }
                    if (statuses.advanceExact(doc) && statuses.longValue() >= 0 && statuses.longValue() < status.length) {
                        status[(int) statuses.longValue()]++;
                    }
                    if (years.advanceExact(doc)) {
                        year.merge(Long.toString(years.nextValue()), 1L, Long::sum);
                    } else {
                        yearMissing++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    addCounts(types, typeCounts, type);
                    addCounts(issuers, issuerCounts, issuer);
                    addCounts(provinces, provinceCounts, province);
                }
            };
        }

        private static void addCounts(SortedDocValues values, long[] counts, Map<String, Long> into) throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                }
            }
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
        long[] missing = new long[4];
        Map<String, Long> type = new HashMap<>();
        Map<String, Long> issuer = new HashMap<>();
        Map<String, Long> year = new HashMap<>();
        Map<String, Long> province = new HashMap<>();
        Map<String, Long> status = new HashMap<>();
        for (Counts counts : collectors) {
            for (int code = 0; code < counts.status.length; code++) {
                if (counts.status[code] > 0) {
                    status.merge(ValidityCodes.name(code), counts.status[code], Long::sum);
                }
            }
            total += counts.total;
            missing[0] += counts.typeMissing;
            missing[1] += counts.issuerMissing;
            missing[2] += counts.yearMissing;
            missing[3] += counts.provinceMissing;
            counts.type.forEach((k, v) -> type.merge(k, v, Long::sum));
            counts.issuer.forEach((k, v) -> issuer.merge(k, v, Long::sum));
            counts.year.forEach((k, v) -> year.merge(k, v, Long::sum));
            counts.province.forEach((k, v) -> province.merge(k, v, Long::sum));
        }
        return new Result(total, new Facets(mostFirst(type, missing[0]), mostFirst(issuer, missing[1]),
                mostFirst(year, missing[2]), mostFirst(province, missing[3]), mostFirst(status, 0)));
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
