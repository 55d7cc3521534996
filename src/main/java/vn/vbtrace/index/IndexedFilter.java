package vn.vbtrace.index;

import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.TextFold;

/**
 * What a {@link FilterField} is in the index, by its match kind: the field a filter matches, the term a value is
 * looked up as and the field its facet counts. The declaration (FilterField) says what a filter is; this says how
 * both backends keep it, so a new filter of an existing kind is still one constant there and nothing here.
 */
final class IndexedFilter {

    private IndexedFilter() {
    }

    /** The indexed field a filter matches: the value itself for EXACT ("type"), folded for FOLDED ("issuerKey"). */
    static String keyField(FilterField field) {
        return switch (field.match()) {
            case EXACT -> field.parameter();
            case FOLDED -> field.parameter() + "Key";
            case YEARS -> IndexFields.YEAR;
            case STATUS -> IndexFields.STATUS;
        };
    }

    /** The term a document's value is indexed as, and a filter's value (stripped by SearchRequest) looked up as. */
    static String key(FilterField field, String value) {
        return field.match() == FilterField.Match.FOLDED ? TextFold.fold(value) : value;
    }

    /** In process: the sorted doc values of the value as shown, which the facet counts ("typeFacet"). */
    static String facetField(FilterField field) {
        return switch (field.match()) {
            case EXACT, FOLDED -> field.parameter() + "Facet";
            case YEARS, STATUS -> keyField(field);
        };
    }

    /** On OpenSearch: the keyword field the facet aggregates, the value as shown (the stored one when hits show it). */
    static String serverFacetField(FilterField field) {
        return field.shownOnHits() ? field.parameter() : facetField(field);
    }
}
