package vn.vbtrace.search;

import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;

import java.time.LocalDate;

/** A reference with the id of the document it names and whether that document is in the repository. */
public record LinkedReference(String number, String title, String type, String issuer, LocalDate date, Relation relation,
                              int start, int end, String text, String targetId, boolean inRepository) {

    static LinkedReference of(Reference r, String targetId, boolean inRepository) {
        return new LinkedReference(r.number(), r.title(), r.type(), r.knownIssuer(), r.date(), r.relation(), r.start(), r.end(),
                r.text(), targetId, inRepository);
    }
}
