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
        /* A record of the national catalog (issue 14): known with its date, issuer and title, but its text not held. */
        boolean catalog,
        int citedByCount) {
}
