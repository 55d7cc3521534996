package vn.vbtrace.document;

import java.time.LocalDate;

/**
 * A document in a chain; a cited document not in the repository has {@code stub} true, and {@code catalog} true when
 * the national catalog lists it (a stub then shows the catalog's number, type, date and title; a held file keeps its own).
 */
public record ChainNode(
        String id,
        String number,
        String title,
        String type,
        LocalDate issuedDate,
        boolean stub,
        int citedByCount,
        boolean catalog) {
}
