package vn.vbtrace.graph;

import java.time.LocalDate;

/**
 * One reference relationship seen from a document: the relation, the document at the other end,
 * and the first mention (the date as cited, the quote and its offsets in the citing document's text).
 */
public record Link(
        String relation,
        String id,
        String number,
        boolean stub,
        String title,
        LocalDate citedDate,
        String quote,
        int start,
        int end) {
}
