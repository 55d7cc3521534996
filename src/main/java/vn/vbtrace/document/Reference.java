package vn.vbtrace.document;

import java.time.LocalDate;

/**
 * One mention of another document. {@code number} is null for a law cited by name
 * (its name is then in {@code title}). {@code start}/{@code end} are offsets in the
 * normalized text, {@code text} is that span.
 */
public record Reference(
        String number,
        String title,
        String type,
        String issuer,
        LocalDate date,
        Relation relation,
        int start,
        int end,
        String text) {
}
