package vn.vbtrace.trace;

import java.time.LocalDate;
import java.util.List;

/** A body's duties across all documents, as of a day: {"body":..,"today":..,"obligations":[...]} */
public record Obligations(String body, LocalDate today, List<Obligation> obligations) {

    /**
     * One duty with its deadline read as dates: the next due date and whether a one-off deadline has passed.
     * {@code province} places the body ("Bắc Kạn"): a name such as "Sở Công Thương" is a body in every province.
     */
    public record Obligation(String body, String role, String task, String deadline, LocalDate nextDue,
                             boolean recurring, boolean overdue, ResponsibleAnswers.DocumentRef document,
                             String quote, int start, int end, String province) {
    }
}
