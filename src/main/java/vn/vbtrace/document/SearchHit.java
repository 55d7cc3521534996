package vn.vbtrace.document;

import vn.vbtrace.document.Citer;
import vn.vbtrace.document.Role;

import java.util.List;

/**
 * One search result in the contract's shape; {@code highlights} are the spans of the snippet
 * (start inclusive, end exclusive, in chars) where a query word stands, for the UI to mark.
 *
 * @param stub         true for a number that documents cite but the repository does not hold (issue 4, point 2)
 * @param citedBy      for a stub: the documents citing it, best first (at most a page of them); null otherwise
 * @param citedByCount for a stub: how many documents cite it in all; null otherwise
 * @param clause       the clause the snippet lies in, e.g. "Điều 3" or "Mục II, khoản 2"; null when none is marked
 * @param clauseStart  where that clause starts in the document's normalized text (document.html#at=...); null with no clause
 * @param duty         the duty clause the snippet lies in (a body given a task there); null when none
 */
public record SearchHit(String id, String source, String number, String title, String type, String issuer,
                        String issuedDate, float score, String snippet, List<Span> highlights,
                        boolean stub, List<Citer> citedBy, Integer citedByCount, String clause, Integer clauseStart,
                        Duty duty) {

    public record Span(int start, int end) {
    }

    /** A duty clause: who is given the task, in what role, and its span in the normalized text. */
    public record Duty(String body, Role role, int start, int end) {
    }
}
