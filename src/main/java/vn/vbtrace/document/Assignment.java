package vn.vbtrace.document;

/**
 * A duty clause: which body plays which role in which task, by when.
 * {@code deadline} is an ISO date, a period or a recurrence as written normalized, or null.
 */
public record Assignment(
        String body,
        Role role,
        String task,
        String deadline,
        int start,
        int end) {
}
