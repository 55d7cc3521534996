package vn.vbtrace.graph;

import java.time.LocalDate;

/**
 * One record of the national catalog as the graph keeps it: a document the office may not hold as a file,
 * with what the national database says of it. {@code status} is written as the catalog writes it
 * ("Còn hiệu lực", "Hết hiệu lực toàn bộ", ...); {@code sourceUrl} is where the record comes from.
 */
public record CatalogEntry(String number, String type, String issuer, LocalDate issuedDate, LocalDate effectiveDate,
                           LocalDate expiryDate, String status, String title, String sourceUrl) {
}
