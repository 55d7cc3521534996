package vn.vbtrace.search;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Body;
import vn.vbtrace.document.Citer;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.document.Successor;
import vn.vbtrace.validity.Validity;

import java.util.List;

/**
 * What the document page shows: the header, the normalized text, each reference with where it
 * leads (a document in the repository, or a stub), the duty clauses, and who cites this document.
 * A stub (cited, not in the repository) has no text and stub = true. {@code validity} is whether it is
 * in force, with the source of that status. {@code programs} are those it names or carries out (through
 * the decision approving them), with their period and lineage; {@code bodies} the distinct bodies it names,
 * placed in their province and parent; {@code effect} its effect clause. {@code citedBy} lists the first
 * {@value #CITERS_SHOWN} citations of it, oldest citing document first; {@code citedByCount} how many distinct
 * documents cite it in all (a national decision is cited by thousands: the page shows a page of them).
 * {@code dutySuccessors} names, for each body and province of {@code assignments} that the 2025 reorganization
 * changed, the body that holds its duties today (as {@code responsible} answers do).
 */
public record DocumentPage(DocumentHeader document, boolean stub, String text, List<LinkedReference> references,
                           List<Assignment> assignments, List<Citer> citedBy, Validity validity,
                           List<ProgramSummary> programs, List<Body> bodies, EffectClause effect, int citedByCount,
                           List<DutySuccessor> dutySuccessors) {

    /** Citations listed on the page; the chain (down) pages through the rest. */
    public static final int CITERS_SHOWN = 100;

    /** The body and province of duties as the document wrote them, and who holds those duties today. */
    public record DutySuccessor(String body, String province, Successor successor) {
    }
}
