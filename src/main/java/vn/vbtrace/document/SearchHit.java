package vn.vbtrace.document;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * One search result in the contract's shape, built from four named parts rather than sixteen values in a row: what
 * document it is, how well it matches, the passage shown, whether it is only cited, and where in the text the
 * passage lies. The parts are unwrapped in JSON, so the answer stays one flat object, its keys in this order:
 * {@code id, source, number, title, type, issuer, issuedDate, score, snippet, highlights, stub, citedBy,
 * citedByCount, clause, clauseStart, duty} (a part is never null, so every key is always written).
 */
public record SearchHit(@JsonUnwrapped Document document, float score, @JsonUnwrapped Passage passage,
                        @JsonUnwrapped Citations citations, @JsonUnwrapped Place place) {

    /** A null part would write none of its keys (unwrapped), so it stands as a part of nulls: the JSON keeps every key. */
    public SearchHit {
        document = document == null ? new Document(null, null, null, null, null, null, null) : document;
        passage = passage == null ? new Passage(null, null) : passage;
        citations = citations == null ? Citations.HELD : citations;
        place = place == null ? Place.NONE : place;
    }

    /** The document hit, as the list of hits shows it; {@code source} is null for a number only cited (a stub). */
    public record Document(String id, String source, String number, String title, String type, String issuer,
                           String issuedDate) {
    }

    /**
     * The passage shown: the snippet and its {@code highlights}, the spans where a query word stands (start inclusive,
     * end exclusive, in chars), for the UI to mark.
     */
    public record Passage(String snippet, List<Span> highlights) {
    }

    public record Span(int start, int end) {
    }

    /**
     * @param stub         true for a number that documents cite but the repository does not hold (issue 4, point 2)
     * @param citedBy      for a stub: the documents citing it, best first (at most a page of them); null otherwise
     * @param citedByCount for a stub: how many documents cite it in all; null otherwise
     */
    public record Citations(boolean stub, List<Citer> citedBy, Integer citedByCount) {

        /** A document the repository holds: no citers listed. */
        public static final Citations HELD = new Citations(false, null, null);

        /** A number only cited: by {@code citedBy}, {@code citedByCount} documents in all. */
        public static Citations ofStub(List<Citer> citedBy, int citedByCount) {
            return new Citations(true, citedBy, citedByCount);
        }
    }

    /**
     * Where the passage lies (issue 4, point 4).
     *
     * @param clause      the clause the snippet lies in, e.g. "Điều 3" or "Mục II, khoản 2"; null when none is marked
     * @param clauseStart where that clause starts in the document's normalized text (document.html#at=...); null with no clause
     * @param duty        the duty clause the snippet lies in (a body given a task there); null when none
     */
    public record Place(String clause, Integer clauseStart, Duty duty) {

        /** No clause marked, no duty clause: a stub's, or a passage outside any. */
        public static final Place NONE = new Place(null, null, null);
    }

    /**
     * A duty clause: who is given the task ({@code province}: where the document places that body; null for a central
     * one), in what role, its span in the normalized text, and the body that holds the duty today when the 2025
     * reorganization changed it ({@code successor}, else null).
     */
    public record Duty(String body, String province, Role role, int start, int end, Successor successor) {

        public Duty withSuccessor(Successor today) {
            return new Duty(body, province, role, start, end, today);
        }
    }

    /** This hit with its duty's holder of today. */
    public SearchHit withDutySuccessor(Successor today) {
        return new SearchHit(document, score, passage, citations,
                new Place(place.clause(), place.clauseStart(), place.duty().withSuccessor(today)));
    }
}
