package vn.vbtrace.trace;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.TaskRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one body must do, across documents: matched by name with or without diacritics
 * ("so tai chinh" is Sở Tài chính), recurring deadlines expanded to their next date, one-off
 * deadlines flagged when past, soonest first.
 */
public final class ObligationService {

    private final GraphStore graph;

    public ObligationService(GraphStore graph) {
        this.graph = graph;
    }

    /** "Sở Công Thương" is that body in every province; "Sở Công Thương tỉnh Bắc Kạn" only the Bắc Kạn one. */
    private static boolean isBody(TaskRow task, String wanted) {
        if (task.body() == null) {
            return false;
        }
        return key(task.body()).equals(wanted)
                || task.province() != null && key(task.body() + " tỉnh " + task.province()).equals(wanted);
    }

    public Obligations obligations(String body, LocalDate today) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy nêu tên cơ quan, ví dụ \"Sở Tài chính\"");
        }
        String wanted = key(body);
        List<Obligations.Obligation> found = new ArrayList<>();
        for (TaskRow task : graph.tasks()) {
            if (!isBody(task, wanted)) {
                continue;
            }
            Deadline deadline = Deadline.parse(task.deadline());
            found.add(new Obligations.Obligation(task.body(), task.role(), task.text(), task.deadline(),
                    deadline == null ? null : deadline.nextDue(today),
                    deadline != null && deadline.isRecurring(),
                    deadline != null && deadline.isOverdue(today),
                    new ResponsibleAnswers.DocumentRef(task.documentId(), task.documentNumber(), task.documentTitle()),
                    task.text(), task.start(), task.end(), task.province()));
        }
        found.sort(Comparator.comparing(Obligations.Obligation::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(o -> o.document().id()).thenComparingInt(Obligations.Obligation::start));
        return new Obligations(body.strip(), today, found);
    }

    private static String key(String name) {
        return DocumentNumbers.fold(name).replaceAll("[^\\p{L}\\d]+", " ").strip();
    }
}
