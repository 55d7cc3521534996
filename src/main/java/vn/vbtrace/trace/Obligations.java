package vn.vbtrace.trace;

import vn.vbtrace.document.Role;
import java.time.LocalDate;
import java.util.List;

import vn.vbtrace.reorg.Successor;

/** A body's duties across all documents, as of a day: {"body":..,"today":..,"obligations":[...]} */
public record Obligations(String body, LocalDate today, List<Obligation> obligations) {

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
