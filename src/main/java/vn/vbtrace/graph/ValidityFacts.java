package vn.vbtrace.graph;

import java.time.LocalDate;

import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.StaffStatus;

/**
 * What the graph holds about whether a document is in force, for the validity service to weigh:
 * the latest staff record, the latest document replacing it and the latest ending its effect (by a relation whose
 * {@link Relation#validityEffect()} is REPLACES, resp. ENDS, such as "bãi bỏ"; with the quote that says so),
 * the portal's "Tình trạng" as written, its effect clause, the last year of the programs it approves, and
 * the national catalog's record (its status as written, its effective and expiry dates, its source URL).
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
        ProgramRef latestEndingProgram,
        CatalogStatus catalog) {

    public ValidityFacts(String documentId, String number, boolean stub, StaffStatus staff, Change replacedBy,
                         Change repealedBy, String portalStatus, String effectText, LocalDate effectiveDate,
                         LocalDate effectEndDate, ProgramRef latestEndingProgram) {
        this(documentId, number, stub, staff, replacedBy, repealedBy, portalStatus, effectText, effectiveDate,
                effectEndDate, latestEndingProgram, null);
    }

    /**
     * A document that replaces or repeals this one, and the clause of its text that says so; {@code source} is the
     * catalog record's URL when the catalog states the relation (then {@code quote} is null); {@code relation} the
     * relation that does it (REPLACES, REPEALS ...), null when not known.
     */
    public record Change(String id, String number, String quote, String source, Relation relation) {

        public Change(String id, String number, String quote, String source) {
            this(id, number, quote, source, null);
        }

        public Change(String id, String number, String quote) {
            this(id, number, quote, null, null);
        }
    }

    /** The catalog's word on the document: its status as written, its dates, and where the record comes from. */
    public record CatalogStatus(String status, LocalDate effectiveDate, LocalDate expiryDate, String source) {
    }
}
