package vn.vbtrace.extract.citation;

import java.time.LocalDate;
import vn.vbtrace.document.Relation;

/**
 * A mention of a document before resolution. {@code number} is null for a law cited by name;
 * {@code shortForm} marks "Quyết định 1322", whose number the resolver completes.
 */
public record Mention(
        String number,
        String title,
        String type,
        String issuer,
        LocalDate date,
        Relation relation,
        int start,
        int end,
        boolean shortForm) {

    public Mention withNumber(String newNumber) {
        return new Mention(newNumber, title, type, issuer, date, relation, start, end, false);
    }

    public Mention withIssuer(String newIssuer) {
        return new Mention(number, title, type, newIssuer, date, relation, start, end, shortForm);
    }

    public Mention withDetails(String newType, String newIssuer, LocalDate newDate) {
        return new Mention(number, title, newType, newIssuer, newDate, relation, start, end, shortForm);
    }
}
