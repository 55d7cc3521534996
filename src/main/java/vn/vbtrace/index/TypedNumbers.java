package vn.vbtrace.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;

/**
 * A số ký hiệu typed in any form search accepts ("qd 1322", "1322/qd-ttg", "quyết định 1322", "1322 QĐ TTg"),
 * read back as the number a document in the repository holds or is cited by: the first hit of that search whose
 * number has the digits and codes typed. Other pages (the chain) thus accept what the search box accepts.
 */
public final class TypedNumbers {

    /** Hits looked at: the number-key boosts put a matching number at the top, but a citer may come first. */
    private static final int LOOKED_AT = 5;

    private TypedNumbers() {
    }

    /** The official number meant, or empty when the text names no number or no document has it. */
    public static Optional<String> resolve(SearchIndex index, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        List<NumberQueries.Asked> asked = NumberQueries.asked(typed);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return index.search(SearchRequest.of(typed, LOOKED_AT)).hits().stream()
                .map(hit -> hit.document().number()).filter(Objects::nonNull)
                .filter(number -> asked.stream().anyMatch(a -> a.matches(number)))
                .findFirst();
    }
}
