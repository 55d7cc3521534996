package vn.vbtrace.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import vn.vbtrace.document.FilterField;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/**
 * The facet counts of a set of documents of one segment, kept as the doc values number them (value ordinals, status
 * codes, years) and read as text only once they are final: per {@link FilterField}, the documents with each value and
 * those without one. Two such counts of one segment subtract: the matches are the segment's live documents less the
 * others ({@link FacetTotals}).
 */
final class LeafFacetCounts {

    private static final FilterField[] FIELDS = FilterField.values();

    /** By field ordinal: the documents with each value ordinal (EXACT, FOLDED) or status code (STATUS); null for YEARS. */
    private final long[][] byValue = new long[FIELDS.length][];
    /** By field ordinal: the documents with each year (YEARS); null for the others. */
    private final YearCounts[] byYear = new YearCounts[FIELDS.length];
    /** By field ordinal: the documents without a value (counted under Facets.MISSING; a status is never missing). */
    private final long[] missing = new long[FIELDS.length];

    private LeafFacetCounts() {
    }

    /** Counts the values of the documents set in {@code docs} (live documents of {@code reader} only). */
    static LeafFacetCounts of(LeafReader reader, FixedBitSet docs) throws IOException {
        return of(reader, docs, FacetCounter.EVERY_FIELD);
    }

    /** Counts these fields' values only; {@link #addTo} then takes the tallies of these fields. */
    static LeafFacetCounts of(LeafReader reader, FixedBitSet docs, Set<FilterField> fields) throws IOException {
        LeafFacetCounts counts = new LeafFacetCounts();
        // Field by field, so each doc-values iterator runs forward once over the set.
        for (FilterField field : fields) {
            int f = field.ordinal();
            DocIdSetIterator each = new BitSetIterator(docs, 0);
            switch (field.match()) {
                case EXACT, FOLDED -> {
                    SortedDocValues values = DocValues.getSorted(reader, IndexedFilter.facetField(field));
                    long[] byOrd = new long[Math.max(0, values.getValueCount())];
                    for (int doc = each.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = each.nextDoc()) {
                        if (values.advanceExact(doc)) {
                            byOrd[values.ordValue()]++;
                        } else {
                            counts.missing[f]++;
                        }
                    }
                    counts.byValue[f] = byOrd;
                }
                case YEARS -> {
                    SortedNumericDocValues years = DocValues.getSortedNumeric(reader, IndexedFilter.facetField(field));
                    YearCounts byYear = new YearCounts();
                    for (int doc = each.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = each.nextDoc()) {
                        if (years.advanceExact(doc)) {
                            byYear.add(years.nextValue(), 1);
                        } else {
                            counts.missing[f]++;
                        }
                    }
                    counts.byYear[f] = byYear;
                }
                case STATUS -> {
                    // Every document has a status (UNKNOWN until the validity service has seen it).
                    NumericDocValues statuses = DocValues.getNumeric(reader, IndexedFilter.facetField(field));
                    long[] byCode = new long[ValidityCodes.NAMES.size()];
                    for (int doc = each.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = each.nextDoc()) {
                        if (statuses.advanceExact(doc) && statuses.longValue() >= 0 && statuses.longValue() < byCode.length) {
                            byCode[(int) statuses.longValue()]++;
                        }
                    }
                    counts.byValue[f] = byCode;
                }
            }
        }
        return counts;
    }

    /**
     * Adds these counts less {@code less}'s (counts of a subset of the same documents of the same segment; null for
     * none) to the tallies, one field per tally, each value read as text: values counted 0 are left out, as a value no match has.
     */
    void addTo(LeafReader reader, LeafFacetCounts less, Map<FilterField, FacetCounter.Tally> tallies) throws IOException {
        for (Map.Entry<FilterField, FacetCounter.Tally> counted : tallies.entrySet()) {
            FilterField field = counted.getKey();
            int f = field.ordinal();
            FacetCounter.Tally tally = counted.getValue();
            tally.addMissing(missing[f] - (less == null ? 0 : less.missing[f]));
            switch (field.match()) {
                case EXACT, FOLDED -> {
                    SortedDocValues values = DocValues.getSorted(reader, IndexedFilter.facetField(field));
                    long[] byOrd = byValue[f];
                    for (int ord = 0; ord < byOrd.length; ord++) {
                        long n = byOrd[ord] - (less == null ? 0 : less.byValue[f][ord]);
                        if (n > 0) {
                            tally.add(values.lookupOrd(ord).utf8ToString(), n);
                        }
                    }
                }
                case YEARS -> {
                    for (long year : byYear[f].years()) {
                        long n = byYear[f].get(year) - (less == null ? 0 : less.byYear[f].get(year));
                        if (n > 0) {
                            tally.add(Long.toString(year), n);
                        }
                    }
                }
                case STATUS -> {
                    long[] byCode = byValue[f];
                    for (int code = 0; code < byCode.length; code++) {
                        long n = byCode[code] - (less == null ? 0 : less.byValue[f][code]);
                        if (n > 0) {
                            tally.add(ValidityCodes.name(code), n);
                        }
                    }
                }
            }
        }
    }
}
