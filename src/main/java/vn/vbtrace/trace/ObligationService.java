package vn.vbtrace.trace;

import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.BodyKey;
import vn.vbtrace.index.TaskIndex;

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

    /** The duty clauses, found by their body's keys (BodyKey): the body's own, never every clause read into Java. */
    private final TaskIndex tasks;
    /** Issue 14: a body today answers for the bodies merged into it, and each duty names its holder today. */
    private final SuccessorAnswers successors = new SuccessorAnswers();

    public ObligationService(TaskIndex tasks) {
        this.tasks = tasks;
    }

    public Obligations obligations(String body, LocalDate today) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy nêu tên cơ quan, ví dụ \"Sở Tài chính\"");
        }
        List<String> wanted = heldToday(body);
        List<Obligations.Obligation> found = new ArrayList<>();
        // "Sở Công Thương" is that body in every province; "Sở Công Thương tỉnh Bắc Kạn" only the Bắc Kạn one.
        for (TaskIndex.TaskHit task : tasks.ofBodies(wanted)) {
            Deadline deadline = Deadline.parse(task.deadline());
            found.add(new Obligations.Obligation(task.body(), task.role(), task.text(), task.deadline(),
                    deadline == null ? null : deadline.nextDue(today),
                    deadline != null && deadline.isRecurring(),
                    deadline != null && deadline.isOverdue(today),
                    new ResponsibleAnswers.DocumentRef(task.documentId(), task.documentNumber(), task.documentTitle()),
                    task.text(), task.start(), task.end(), task.province()));
            found.set(found.size() - 1, successors.decorate(found.getLast(), today));
        }
        found.sort(Comparator.comparing(Obligations.Obligation::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(o -> o.document().id()).thenComparingInt(Obligations.Obligation::start)
                .thenComparing(Obligations.Obligation::body));
        return new Obligations(body.strip(), today, found);
    }

    /**
     * The keys of every name whose duties the named body holds today: "Sở Tài chính tỉnh Thái Nguyên" is also Sở Kế hoạch
     * và Đầu tư tỉnh Thái Nguyên and both of Bắc Kạn; a name without a province, its predecessors in every province.
     */
    private List<String> heldToday(String body) {
        String[] split = splitProvince(body.strip());
        return successors.successions().predecessors(split[0], split[1]).stream()
                .map(name -> BodyKey.of(name[1] == null ? name[0] : name[0] + " tỉnh " + name[1])).distinct().toList();
    }

    /** "Sở Tài chính tỉnh Thái Nguyên" → ["Sở Tài chính", "Thái Nguyên"]; a name without a province → [name, null]. */
    private static String[] splitProvince(String name) {
        String folded = TextFold.fold(name);
        for (String marker : List.of(" tinh ", " thanh pho ")) {
            int at = folded.lastIndexOf(marker);
            if (at > 0) {
                return new String[] {name.substring(0, at).strip(), name.substring(at + marker.length()).strip()};
            }
        }
        return new String[] {name, null};
    }
}
