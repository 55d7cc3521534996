package vn.vbtrace.document;

import java.util.List;
import java.util.function.Function;

/**
 * Every filter and facet of the search, declared once (issue 16, point 2): the request parameter, how the value is
 * matched, the Vietnamese label, and where an ingested document's value comes from. The index fields of both
 * backends (LuceneDocuments, OpenSearchDocuments, OpenSearchMapping), the filters of a query (QueryFactory,
 * OpenSearchQueries), the facet counts (FacetCounter, OpenSearchIndex), the JSON of the answer ({@link Facets}), the
 * REST parameters and the page's filter chips (GET /api/filters) all follow from these constants. A new filter of a
 * document value is one constant here (a {@link Match#EXACT} or {@link Match#FOLDED} one: the year and the status are
 * the two filters kept in fields of their own) and, when the index layout changes, a new
 * {@code Pipeline.DERIVATION_VERSION}.
 * <p>
 * The declaration lives in the model, so the services, the web and the command line name it without naming the
 * index; what each {@link Match} kind is in the index (the field a filter matches, the term it looks up, the field a
 * facet counts) is the index's own, one switch on the kind in vn.vbtrace.index.IndexedFilter.
 * <p>
 * Every facet adds up to the total shown: the matches without a value are counted under {@link Facets#MISSING},
 * the hits on documents not held (stubs) under {@link Facets#NOT_HELD}. The order of the constants is the order of
 * the facets in the JSON answer and on the pages.
 */
public enum FilterField {

    TYPE("type", "Loại văn bản", Match.EXACT, true, doc -> doc.metadata().type(), "Quyết định"),
    ISSUER("issuer", "Cơ quan ban hành", Match.FOLDED, true, doc -> doc.metadata().issuer(), "UBND tỉnh Bắc Kạn"),
    /** The year of issue: filtered by a range, {@code from} and {@code to} (IndexFields.YEAR). */
    YEAR("year", "Năm ban hành", Match.YEARS, false, null, "2020"),
    /** The place of issue: a province or a city. */
    PROVINCE("province", "Nơi ban hành", Match.FOLDED, false, doc -> doc.metadata().place(), "Bắc Kạn"),
    /** The validity status, one of {@link #codes()}, kept in an updatable doc-values field (IndexFields.STATUS). */
    STATUS("status", "Hiệu lực", Match.STATUS, false, null, "IN_FORCE");

    /** How a filter's value is compared with the documents' values. */
    public enum Match {
        /** The value exactly as the document gives it ("Quyết định"). */
        EXACT,
        /** Without diacritics or case (TextFold.fold): "bac kan" finds "Bắc Kạn". */
        FOLDED,
        /** A range of years of issue, from the {@code from} and {@code to} parameters, either optional. */
        YEARS,
        /** A validity status name; the facet counts its codes. */
        STATUS
    }

    /**
     * The validity statuses' names (those of vn.vbtrace.validity.ValidityStatus; a test keeps the two lists equal), in
     * the order the index stores them as codes (vn.vbtrace.index.ValidityCodes: position = code), so append only.
     */
    private static final List<String> STATUS_NAMES =
            List.of("UNKNOWN", "IN_FORCE", "NOT_YET_IN_FORCE", "EXPIRED", "PARTLY_EXPIRED", "REPLACED");

    private final String parameter;
    private final String label;
    private final Match match;
    private final boolean shownOnHits;
    private final Function<IngestedDocument, String> value;
    private final String example;

    /**
     * @param shownOnHits whether a hit shows the value (type, issuer): it is then stored under {@code parameter} too,
     *                    and that field (a keyword on OpenSearch) is the one the server's facet counts
     */
    FilterField(String parameter, String label, Match match, boolean shownOnHits, Function<IngestedDocument, String> value,
                String example) {
        this.parameter = parameter;
        this.label = label;
        this.match = match;
        this.shownOnHits = shownOnHits;
        this.value = value;
        this.example = example;
    }

    /** The name of the facet in the JSON answer, and of the request parameter (but the year's: from and to). */
    public String parameter() {
        return parameter;
    }

    /** The request parameters of this filter. */
    public List<String> parameters() {
        return match == Match.YEARS ? List.of("from", "to") : List.of(parameter);
    }

    public String label() {
        return label;
    }

    public Match match() {
        return match;
    }

    /** Every request parameter of the filters, in order: type, issuer, from, to, province, status. */
    public static List<String> allParameters() {
        return java.util.Arrays.stream(values()).flatMap(field -> field.parameters().stream()).toList();
    }

    /** Whether its values are validity status codes, shown to users by their Vietnamese labels. */
    public boolean coded() {
        return match == Match.STATUS;
    }

    /** The codes a coded filter takes (the validity statuses' names), none for the others. */
    public java.util.List<String> codes() {
        return coded() ? STATUS_NAMES : java.util.List.of();
    }

    public String example() {
        return example;
    }

    /** Whether the filter is a value of the ingested document, indexed by the generic path (EXACT or FOLDED). */
    public boolean keyword() {
        return match == Match.EXACT || match == Match.FOLDED;
    }

    /** Whether a hit shows the value (type, issuer): the index then stores it under {@link #parameter()} too. */
    public boolean shownOnHits() {
        return shownOnHits;
    }

    /** The document's value, null when it has none; keyword filters only. */
    public String valueOf(IngestedDocument doc) {
        return value.apply(doc);
    }
}
