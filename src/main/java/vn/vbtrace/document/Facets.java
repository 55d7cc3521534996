package vn.vbtrace.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many of all the matching documents (not only the page shown) have each value of each {@link FilterField}
 * (type, issuer, year, place of issue, validity status): what a filter would leave. Values most frequent first;
 * then the matches without that value under {@link #MISSING}, and the hits on documents the repository does not
 * hold (stubs, which carry none of these values) under {@link #NOT_HELD}, so that every facet adds up to the total
 * shown (issue 11, point 3). In JSON an object of the facets by name ({@link FilterField#parameter()}).
 */
public final class Facets {

    public static final Facets NONE = new Facets(Map.of());
    /** The label of the matches whose document has no such value (no date found, no place of issue). */
    public static final String MISSING = "Không rõ";
    /** The label of the stub hits: documents cited but not held, which no filter selects. */
    public static final String NOT_HELD = "Chưa có trong kho";

    private final Map<FilterField, Map<String, Long>> counts;

    /** The counts by facet, as the index counted them (a facet left out has no value). */
    public Facets(Map<FilterField, Map<String, Long>> counts) {
        EnumMap<FilterField, Map<String, Long>> all = new EnumMap<>(FilterField.class);
        for (FilterField field : FilterField.values()) {
            Map<String, Long> values = counts.get(field);
            all.put(field, values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
        this.counts = Collections.unmodifiableMap(all);
    }

    /** The counts of one facet's values, in their order (most frequent first, then MISSING, then NOT_HELD). */
    public Map<String, Long> of(FilterField field) {
        return counts.get(field);
    }

    /** These counts with {@code stubs} more hits under {@link #NOT_HELD} in every facet. */
    public Facets withStubs(int stubs) {
        if (stubs == 0) {
            return this;
        }
        Map<FilterField, Map<String, Long>> more = new EnumMap<>(FilterField.class);
        counts.forEach((field, values) -> {
            Map<String, Long> plus = new LinkedHashMap<>(values);
            plus.merge(NOT_HELD, (long) stubs, Long::sum);
            more.put(field, plus);
        });
        return new Facets(more);
    }

    @JsonValue
    Map<String, Map<String, Long>> json() {
        Map<String, Map<String, Long>> json = new LinkedHashMap<>();
        counts.forEach((field, values) -> json.put(field.parameter(), values));
        return json;
    }

    /** As a client reads the JSON answer (the command line asking a running server); unknown facets are left out. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Facets fromJson(Map<String, Map<String, Long>> json) {
        Map<FilterField, Map<String, Long>> counts = new EnumMap<>(FilterField.class);
        for (FilterField field : FilterField.values()) {
            if (json != null && json.get(field.parameter()) != null) {
                counts.put(field, json.get(field.parameter()));
            }
        }
        return new Facets(counts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Facets facets && counts.equals(facets.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return json().toString();
    }
}
