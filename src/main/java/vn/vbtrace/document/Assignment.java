package vn.vbtrace.document;

/**
 * A duty clause: which body plays which role in which task, by when.
 * {@code body} is the canonical name ("Sở Tài chính"); {@code province} is the province the
 * body belongs to when the document places it in one ("Bắc Kạn" for a Sở named in the Bắc Kạn
 * plan), null for a central body or when the text does not say.
 * {@code deadline} is an ISO date, a period or a recurrence as written normalized, or null.
 */
public record Assignment(
        String body,
        Role role,
        String task,
        String deadline,
        String province,
        int start,
        int end) {

    /** A duty whose body is not placed in a province. */
    public Assignment(String body, Role role, String task, String deadline, int start, int end) {
        this(body, role, task, deadline, null, start, end);
    }

    /** "Sở Tài chính tỉnh Bắc Kạn", or the bare name when no province is known. */
    public String qualifiedBody() {
        return province == null ? body : body + " tỉnh " + province;
    }
}
