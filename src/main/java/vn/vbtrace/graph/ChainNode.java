package vn.vbtrace.graph;

import java.time.LocalDate;

/** A document in a chain; a cited document not in the repository has {@code stub} true. */
public record ChainNode(
        String id,
        String number,
        String title,
        String type,
        LocalDate issuedDate,
        boolean stub,
        int citedByCount) {
}
