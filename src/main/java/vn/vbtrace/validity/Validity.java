package vn.vbtrace.validity;

import java.time.Instant;

/**
 * A document's status with where it comes from: {@code evidence} is the text it rests on (the replacing
 * clause, the portal's words, the effect clause, the program's period), {@code replacedBy} the document that
 * replaces or repeals it. {@code note}, {@code setBy} and {@code setAt} are set for a staff record only.
 * {@code source} is null when the status is UNKNOWN; {@code sourceUrl} is the catalog record's URL when the status
 * comes from the national catalog (its status, or a relation it states).
 */
public record Validity(
        String documentId,
        String number,
        ValidityStatus status,
        ValiditySource source,
        DocumentLink replacedBy,
        String evidence,
        String note,
        String setBy,
        Instant setAt,
        String sourceUrl) {

    public Validity(String documentId, String number, ValidityStatus status, ValiditySource source, DocumentLink replacedBy,
                    String evidence, String note, String setBy, Instant setAt) {
        this(documentId, number, status, source, replacedBy, evidence, note, setBy, setAt, null);
    }

    /** The document that replaces or repeals this one. */
    public record DocumentLink(String id, String number) {
    }

    static Validity unknown(String documentId, String number) {
        return new Validity(documentId, number, ValidityStatus.UNKNOWN, null, null, null, null, null, null);
    }

    public boolean known() {
        return status != ValidityStatus.UNKNOWN;
    }
}
