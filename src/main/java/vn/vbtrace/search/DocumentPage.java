package vn.vbtrace.search;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.validity.Validity;

import java.util.List;

/**
 * What the document page shows: the header, the normalized text, each reference with where it
 * leads (a document in the repository, or a stub), the duty clauses, and who cites this document.
 * A stub (cited, not in the repository) has no text and stub = true. {@code validity} is whether it is
 * in force, with the source of that status.
 */
public record DocumentPage(DocumentHeader document, boolean stub, String text, List<LinkedReference> references,
                           List<Assignment> assignments, List<Citer> citedBy, Validity validity) {

    /** A document that refers to this one. */
    public record Citer(String relation, String id, String number, String title) {
    }
}
