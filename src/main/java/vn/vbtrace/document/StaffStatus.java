package vn.vbtrace.document;

import java.time.Instant;

/**
 * A status a staff member recorded by hand for a document, with why ({@code note}) and who; each change
 * is a new record with the next {@code sequence}, and the highest sequence is the one in effect.
 */
public record StaffStatus(String status, String note, String setBy, Instant setAt, int sequence) {
}
