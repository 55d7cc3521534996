package vn.vbtrace.check;

import java.time.LocalDate;
import java.util.List;

import vn.vbtrace.document.Successor;

/**
 * {"citations": [...], "summary": {"ok": n, "problems": n}, "suggestions": [...], "reorganization": [...]}
 * {@code suggestions} are bases that comparable documents rest on and the draft does not cite; {@code reorganization}
 * the bodies and provinces the draft names that the 2025 reorganization abolished, each with its successor.
 * {@code draftDate} is the draft's own date at the precision it is written ({@code draftDatePrecision}: DAY, MONTH, YEAR).
 */
public record CheckReport(List<CitationCheck> citations, Summary summary, List<Suggestion> suggestions,
                          LocalDate draftDate, String draftDatePrecision, String province, List<NameCheck> reorganization) {

    /**
     * One citation of the draft with its verdicts (stable codes), the Vietnamese messages that explain them, the record
     * it was checked against, a few of the repository's own mentions of it ({@code mentions}, at most 5) and the
     * summary of all of them ({@code evidence}). {@code rightForm}: the number as the rules write it, when it was malformed.
     */
    public record CitationCheck(String text, String number, String title, String relation, LocalDate citedDate,
                                int start, int end, List<Verdict> verdicts, List<String> messages, Match match,
                                List<CiterExample> mentions, Evidence evidence, String rightForm) {
    }

    /**
     * The record of the cited document: held as a file ({@code stub} false), listed in the national catalog
     * ({@code catalog} true, {@code sourceUrl} the record's source), or only known from citations. {@code status} is the
     * validity status, {@code statusSource} where it comes from, {@code replacedBy} the number replacing it.
     */
    public record Match(String id, String number, String type, String issuer, LocalDate issuedDate, String status,
                        boolean stub, int citedByCount, boolean catalog, String sourceUrl, String statusSource,
                        String replacedBy) {
    }

    /**
     * How one document in the repository cites the checked document: the date it gives and its words.
     * {@code agrees} is false when that date differs from the record's date (or, for a document only known from
     * citations, from the date the draft gives).
     */
    public record CiterExample(String id, String number, LocalDate citedDate, String quote, boolean agrees) {
    }

    /**
     * All the repository's citers of the document, counted in the database: how many, the dates they give with how many
     * give each (most first), the date most give ({@code majorityDate}, null on a tie), and whether they disagree.
     */
    public record Evidence(int citers, List<DateCount> dates, LocalDate majorityDate, boolean disagree) {
    }

    public record DateCount(LocalDate date, int count) {
    }

    /**
     * A basis the draft may be missing: national or of the draft's province, ranked ({@code rank} 1 first), with the
     * comparable documents that take it as basis ({@code basisOf}) and why it is suggested ({@code message}).
     */
    public record Suggestion(String id, String number, String title, String type, LocalDate issuedDate, boolean stub,
                             List<String> basisOf, String message, int rank, String scope, boolean catalog) {
    }

    /**
     * A body or province the draft names that no longer exists on the draft's date: {@code code} ABOLISHED_BODY or
     * FORMER_PROVINCE, the name as written and where, and who holds its duties today.
     */
    public record NameCheck(String code, String name, int start, int end, Successor successor, String message) {
    }

    public record Summary(int ok, int problems) {
    }
}
