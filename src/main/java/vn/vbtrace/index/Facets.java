package vn.vbtrace.index;

import java.util.Map;

/**
 * How many of all the matching documents (not only the page shown) have each type, issuer
 * year, province (place of issue) and validity status: what a filter would leave. Values most frequent first.
 */
public record Facets(Map<String, Long> type, Map<String, Long> issuer, Map<String, Long> year,
                     Map<String, Long> province, Map<String, Long> status) {

    public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
}
