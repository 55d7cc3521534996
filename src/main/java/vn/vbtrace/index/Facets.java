package vn.vbtrace.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many of all the matching documents (not only the page shown) have each type, issuer
 * year, province (place of issue) and validity status: what a filter would leave. Values most frequent
 * first; then the matches without that value under {@link #MISSING}, and the hits on documents the
 * repository does not hold (stubs, which carry none of these values) under {@link #NOT_HELD}, so that
 * every facet adds up to the total shown (issue 11, point 3).
 */
public record Facets(Map<String, Long> type, Map<String, Long> issuer, Map<String, Long> year,
                     Map<String, Long> province, Map<String, Long> status) {

    public static final Facets NONE = new Facets(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    /** The label of the matches whose document has no such value (no date found, no place of issue). */
    public static final String MISSING = "Không rõ";
    /** The label of the stub hits: documents cited but not held, which no filter selects. */
    public static final String NOT_HELD = "Chưa có trong kho";

    /** These counts with {@code stubs} more hits under {@link #NOT_HELD} in every facet. */
    Facets withStubs(int stubs) {
        if (stubs == 0) {
            return this;
        }
        return new Facets(plus(type, stubs), plus(issuer, stubs), plus(year, stubs), plus(province, stubs), plus(status, stubs));
    }

    private static Map<String, Long> plus(Map<String, Long> counts, int stubs) {
        Map<String, Long> more = new LinkedHashMap<>(counts);
        more.merge(NOT_HELD, (long) stubs, Long::sum);
        return more;
    }
}
