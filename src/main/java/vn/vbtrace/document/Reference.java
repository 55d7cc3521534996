package vn.vbtrace.document;

import java.time.LocalDate;

/**
 * One mention of another document. {@code number} is null for a law cited by name
 * (its name is then in {@code title}). {@code start}/{@code end} are offsets in the
 * normalized text, {@code text} is that span. {@code issuer} is the maker the text names, null where it
 * names none (the contract's "null, never a guess"); {@code impliedIssuer} is then the one the number's code
 * or the type stands for ("08/2012/NĐ-CP": Chính phủ; a Luật: Quốc hội), null when the text names one.
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
        String text,
        String impliedIssuer) {

    public Reference(String number, String title, String type, String issuer, LocalDate date, Relation relation,
                     int start, int end, String text) {
        this(number, title, type, issuer, date, relation, start, end, text, null);
    }

    /** The maker the text names, else the one its number or type implies: what a stub of the cited paper shows. */
    public String knownIssuer() {
        return issuer != null ? issuer : impliedIssuer;
    }
}
