package vn.vbtrace.check;

import java.time.LocalDate;
import java.util.List;

/**
 * {"citations": [...], "summary": {"ok": n, "problems": n}, "suggestions": [...]}
 * {@code suggestions} are bases that comparable documents in the repository rest on and the draft does not cite.
 */
public record CheckReport(List<CitationCheck> citations, Summary summary, List<Suggestion> suggestions) {

    /**
     * One citation of the draft with its verdicts, the messages that explain them, the repository's
     * record, and how the repository's documents themselves cite the same document ({@code mentions}).
     */
    public record CitationCheck(String text, String number, String title, String relation, LocalDate citedDate,
                                int start, int end, List<Verdict> verdicts, List<String> messages, Match match,
                                List<Mention> mentions) {
    }

    /** The repository's record of the cited document. */
    public record Match(String id, String number, String type, String issuer, LocalDate issuedDate, String status,
                        boolean stub, int citedByCount) {
    }

    /**
     * How one document in the repository cites the checked document: the date it gives and its words.
     * {@code agrees} is false when that date differs from the record's date (or, for a document not held,
     * from the date the draft gives).
     */
    public record Mention(String id, String number, LocalDate citedDate, String quote, boolean agrees) {
    }

    /** A basis the draft may be missing, with the comparable documents that take it as basis. */
    public record Suggestion(String id, String number, String title, String type, LocalDate issuedDate, boolean stub,
                             List<String> basisOf, String message) {
    }

    public record Summary(int ok, int problems) {
    }
}
