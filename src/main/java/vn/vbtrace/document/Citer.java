package vn.vbtrace.document;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A document that cites another: on a document page with the relation it cites under ("BASED_ON" ...), on a search
 * hit for a number only cited (a stub) without one, since there every citer is listed alike.
 */
public record Citer(@JsonInclude(JsonInclude.Include.NON_NULL) String relation, String id, String number, String title) {

    /** A citer listed without its relation. */
    public static Citer of(String id, String number, String title) {
        return new Citer(null, id, number, title);
    }
}
