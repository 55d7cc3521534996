package vn.vbtrace.check;

import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.Link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The evidence of how the repository's own documents cite a document: each citing document's date for it,
 * and whether it agrees. For a held document the record's date is the reference; for a stub the repository
 * has no record, so the date the draft gives is compared against each mention.
 */
final class CitedMentions {

    private CitedMentions() {
    }

    static List<CheckReport.Mention> of(GraphDocument cited, List<Link> incoming, LocalDate draftGives) {
        LocalDate reference = cited.stub() ? draftGives : cited.issuedDate();
        List<CheckReport.Mention> mentions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Link link : incoming) {
            if (link.citedDate() != null && seen.add(link.id() + "|" + link.citedDate())) {
                boolean agrees = reference == null || reference.equals(link.citedDate());
                mentions.add(new CheckReport.Mention(link.id(), link.number(), link.citedDate(), link.quote(), agrees));
            }
        }
        return mentions;
    }

    /** "(1852/QĐ-UBND dates it 2020-08-31; 4258/BKHCN-TĐC dates it 2020-08-30)", or "" when none gives a date. */
    static String datesGiven(List<CheckReport.Mention> mentions) {
        List<String> dates = mentions.stream().map(m -> label(m) + " dates it " + m.citedDate()).distinct().toList();
        return dates.isEmpty() ? "" : " (" + String.join("; ", dates) + ")";
    }

    /** For a held document: the citers that date it otherwise than its own header, each named; null when none does. */
    static String disagreement(GraphDocument cited, List<CheckReport.Mention> mentions) {
        if (!cited.stub() && cited.issuedDate() != null) {
            List<String> off = mentions.stream().filter(m -> !Objects.equals(m.citedDate(), cited.issuedDate()))
                    .map(m -> label(m) + " dates it " + m.citedDate()).toList();
            return off.isEmpty() ? null : "documents in the repository cite " + cited.number() + " with another date than its own "
                    + cited.issuedDate() + ": " + String.join("; ", off);
        }
        return null; // a stub's mentions are listed with its NOT_FOUND message, which says whether they agree
    }

    /** For a stub: the dates its citers give, and whether they agree among themselves. */
    static String stubDates(List<CheckReport.Mention> mentions) {
        long distinctDates = mentions.stream().map(CheckReport.Mention::citedDate).distinct().count();
        return datesGiven(mentions) + (distinctDates > 1 ? "; they disagree on its date" : "");
    }

    private static String label(CheckReport.Mention mention) {
        return mention.number() != null ? mention.number() : mention.id();
    }
}
