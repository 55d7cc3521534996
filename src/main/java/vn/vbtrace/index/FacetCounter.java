package vn.vbtrace.index;

import org.apache.lucene.index.DocValues;
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
 * Counts type, issuer, year and province over every document a query matches, from doc values (no
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

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedDocValues types = DocValues.getSorted(context.reader(), IndexFields.TYPE_FACET);
            SortedDocValues issuers = DocValues.getSorted(context.reader(), IndexFields.ISSUER_FACET);
            SortedDocValues provinces = DocValues.getSorted(context.reader(), IndexFields.PROVINCE_FACET);
            SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), IndexFields.YEAR);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (types.advanceExact(doc)) {
                        type.merge(types.lookupOrd(types.ordValue()).utf8ToString(), 1L, Long::sum);
                    }
                    if (issuers.advanceExact(doc)) {
                        issuer.merge(issuers.lookupOrd(issuers.ordValue()).utf8ToString(), 1L, Long::sum);
                    }
                    if (provinces.advanceExact(doc)) {
                        province.merge(provinces.lookupOrd(provinces.ordValue()).utf8ToString(), 1L, Long::sum);
                    }
                    if (years.advanceExact(doc)) {
                        year.merge(Long.toString(years.nextValue()), 1L, Long::sum);
                    }
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
        Map<String, Long> type = new HashMap<>();
        Map<String, Long> issuer = new HashMap<>();
        Map<String, Long> year = new HashMap<>();
        Map<String, Long> province = new HashMap<>();
        for (Counts counts : collectors) {
            total += counts.total;
            counts.type.forEach((k, v) -> type.merge(k, v, Long::sum));
            counts.issuer.forEach((k, v) -> issuer.merge(k, v, Long::sum));
            counts.year.forEach((k, v) -> year.merge(k, v, Long::sum));
            counts.province.forEach((k, v) -> province.merge(k, v, Long::sum));
        }
        return new Result(total, new Facets(mostFirst(type), mostFirst(issuer), mostFirst(year), mostFirst(province)));
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
