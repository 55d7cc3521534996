package vn.vbtrace.document;

import java.time.LocalDate;

/** A document as a list names it: number, type, issuer, date and title (any may be null; the id never shows). */
public record DocumentSummary(String id, String number, String type, String issuer, LocalDate issuedDate, String title) {
}
