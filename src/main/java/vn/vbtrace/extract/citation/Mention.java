package vn.vbtrace.extract.citation;

import java.time.LocalDate;
import vn.vbtrace.document.Relation;

/**
 * A mention of a document before resolution. {@code number} is null for a law cited by name;
 * {@code shortForm} marks "Quyết định 1322", whose number the resolver completes. {@code issuer} is the
 * maker the text names; {@code impliedIssuer} the one the number's code or the type stands for where the
 * text names none ("Nghị định số 08/2012/NĐ-CP": Chính phủ), never both.
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
        boolean shortForm,
        String impliedIssuer) {

    public Mention(String number, String title, String type, String issuer, LocalDate date, Relation relation,
                   int start, int end, boolean shortForm) {
        this(number, title, type, issuer, date, relation, start, end, shortForm, null);
    }

    public Mention withNumber(String newNumber) {
        return new Mention(newNumber, title, type, issuer, date, relation, start, end, false, impliedIssuer);
    }

    public Mention withIssuer(String newIssuer) {
        return new Mention(number, title, type, newIssuer, date, relation, start, end, shortForm, impliedIssuer);
    }

    public Mention withDetails(String newType, String newIssuer, LocalDate newDate, String newImpliedIssuer) {
        return new Mention(number, title, newType, newIssuer, newDate, relation, start, end, shortForm, newImpliedIssuer);
    }

    public Mention withImpliedIssuer(String newImpliedIssuer) {
        return new Mention(number, title, type, issuer, date, relation, start, end, shortForm, newImpliedIssuer);
    }
}
