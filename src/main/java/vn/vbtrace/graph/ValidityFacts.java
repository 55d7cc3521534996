package vn.vbtrace.graph;

import java.time.LocalDate;

/**
 * What the graph holds about whether a document is in force, for the validity service to weigh:
 * the latest staff record, the latest document replacing or repealing it (with the quote that says so),
 * the portal's "Tình trạng" as written, its effect clause, and the last year of the programs it approves.
 * Every field is null when the graph has nothing for it.
 */
public record ValidityFacts(
        String documentId,
        String number,
        boolean stub,
        StaffStatus staff,
        Change replacedBy,
        Change repealedBy,
        String portalStatus,
        String effectText,
        LocalDate effectiveDate,
        LocalDate effectEndDate,
        ProgramRef latestEndingProgram) {

    /** A document that replaces or repeals this one, and the clause of its text that says so. */
    public record Change(String id, String number, String quote) {
    }
}
