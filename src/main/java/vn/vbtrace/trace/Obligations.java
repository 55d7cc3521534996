package vn.vbtrace.trace;

import vn.vbtrace.document.Role;
import java.time.LocalDate;
import java.util.List;

import vn.vbtrace.document.Successor;

/**
 * A body's duties across all documents, as of a day, one page of them soonest due first:
 * {"body":..,"today":..,"total":..,"overdueCount":..,"obligations":[...],"next":..}. {@code total} and
 * {@code overdueCount} count every duty of the body, not the page's; {@code next} asks for the page after this one
 * (null on the last, and when every duty is listed, as an export lists them).
 */
public record Obligations(String body, LocalDate today, long total, long overdueCount, List<Obligation> obligations,
                          String next) {

    /**
     * One duty with its deadline read as dates: the next due date and whether a one-off deadline has passed.
     * {@code province} places the body ("Bắc Kạn"): a name such as "Sở Công Thương" is a body in every province.
     * {@code successor}: who holds the duty today after the 2025 reorganization, null when the body is unchanged.
     */
    public record Obligation(String body, Role role, String task, String deadline, LocalDate nextDue,
                             boolean recurring, boolean overdue, ResponsibleAnswers.DocumentRef document,
                             String quote, int start, int end, String province, Successor successor) {

        public Obligation(String body, Role role, String task, String deadline, LocalDate nextDue,
                          boolean recurring, boolean overdue, ResponsibleAnswers.DocumentRef document,
                          String quote, int start, int end, String province) {
            this(body, role, task, deadline, nextDue, recurring, overdue, document, quote, start, end, province, null);
        }
    }
}
