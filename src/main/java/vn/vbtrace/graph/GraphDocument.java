package vn.vbtrace.graph;

import java.time.LocalDate;

/** A document node as the document page shows it; {@code stub} when it is only known from citations. */
public record GraphDocument(
        String id,
        String number,
        String type,
        String issuer,
        LocalDate issuedDate,
        String title,
        String source,
        boolean stub,
        int citedByCount) {
}
