package vn.vbtrace.graph;

import vn.vbtrace.document.Role;

/**
 * One duty from the graph: who ({@code body}, {@code role}) does what ({@code text}) by when, from
 * which document, and where the clause is in that document's text ({@code start}/{@code end}).
 * {@code body} and {@code role} are null for a task whose clause named no body; {@code province} is the
 * body's province ("Bắc Kạn"), null for a central body or when the document did not place it.
 */
public record TaskRow(
        String taskId,
        String body,
        Role role,
        String text,
        String deadline,
        String documentId,
        String documentNumber,
        String documentTitle,
        int start,
        int end,
        String province) {
}
