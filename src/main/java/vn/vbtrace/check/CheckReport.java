package vn.vbtrace.check;

import java.time.LocalDate;
import java.util.List;

/** {"citations": [...], "summary": {"ok": n, "problems": n}} */
public record CheckReport(List<CitationCheck> citations, Summary summary) {

    /** One citation of the draft with its verdicts, the messages that explain them and the repository's record. */
    public record CitationCheck(String text, String number, String title, String relation, LocalDate citedDate,
                                int start, int end, List<Verdict> verdicts, List<String> messages, Match match) {
    }

    /** The repository's record of the cited document. */
    public record Match(String id, String number, String type, String issuer, LocalDate issuedDate, String status,
                        boolean stub, int citedByCount) {
    }

    public record Summary(int ok, int problems) {
    }
}
