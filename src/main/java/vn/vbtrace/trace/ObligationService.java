package vn.vbtrace.trace;

import vn.vbtrace.document.Deadline;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.BodyKey;
import vn.vbtrace.index.TaskIndex;
import vn.vbtrace.search.SearchService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Everything one body must do, across documents: matched by name with or without diacritics
 * ("so tai chinh" is Sở Tài chính), recurring deadlines expanded to their next date, one-off
 * deadlines flagged when past, soonest first.
 */
public final class ObligationService {

    /** A page of duties unless asked for another size: what a screen shows before "more". */
    public static final int PAGE = 100;

    /** The duty clauses, found by their body's keys (BodyKey): the body's own, never every clause read into Java. */
    private final TaskIndex tasks;
    /** Issue 14: a body today answers for the bodies merged into it, and each duty names its holder today. */
    private final SuccessorAnswers successors = new SuccessorAnswers();

    public ObligationService(TaskIndex tasks) {
        this.tasks = tasks;
    }

    /** The first page of the body's duties, of the default size. */
    public Obligations obligations(String body, LocalDate today) {
        return obligations(body, today, PAGE, null);
    }

    /**
     * One page of the body's duties, soonest due first (then by clause), at most {@code limit}; {@code after} is the
     * {@code next} of the page before, null for the first. The order and the counts are the index's, so a page costs
     * the same whether the body has ten duties or a hundred thousand.
     */
    public Obligations obligations(String body, LocalDate today, int limit, String after) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy nêu tên cơ quan, ví dụ \"Sở Tài chính\"");
        }
        SearchService.checkPaging(limit, 0);
        // "Sở Công Thương" is that body in every province; "Sở Công Thương tỉnh Bắc Kạn" only the Bắc Kạn one.
        TaskIndex.DuePage page = tasks.ofBodies(heldToday(body), today, limit, after == null || after.isBlank() ? null : after);
        List<Obligations.Obligation> found = new ArrayList<>(page.hits().size());
        for (TaskIndex.TaskHit task : page.hits()) {
            Deadline deadline = Deadline.parse(task.deadline());
            found.add(successors.decorate(new Obligations.Obligation(task.body(), task.role(), task.text(), task.deadline(),
                    deadline == null ? null : deadline.nextDue(today),
                    deadline != null && deadline.isRecurring(),
                    deadline != null && deadline.isOverdue(today),
                    new ResponsibleAnswers.DocumentRef(task.documentId(), task.documentNumber(), task.documentTitle()),
                    task.text(), task.start(), task.end(), task.province()), today));
        }
        return new Obligations(body.strip(), today, page.total(), page.overdue(), found, page.next());
    }

    /**
     * Every duty of the body, in the same order, as pages of a thousand read one at a time as they are iterated: what a
     * CSV or calendar export writes. The first page is read at once, so a bad request fails before anything is written.
     */
    public Iterable<Obligations> pages(String body, LocalDate today) {
        return pages(after -> obligations(body, today, SearchService.MAX_LIMIT, after));
    }

    /** The pages {@code pageAfter} gives, from a null cursor to the page whose {@code next} is null, read as iterated. */
    public static Iterable<Obligations> pages(Function<String, Obligations> pageAfter) {
        Obligations first = pageAfter.apply(null);
        return () -> new Iterator<>() {
            private Obligations next = first;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Obligations next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Obligations page = next;
                next = page.next() == null ? null : pageAfter.apply(page.next());
                return page;
            }
        };
    }

    /**
     * The keys of every name whose duties the named body holds today: "Sở Tài chính tỉnh Thái Nguyên" is also Sở Kế hoạch
     * và Đầu tư tỉnh Thái Nguyên and both of Bắc Kạn; a name without a province, its predecessors in every province.
     */
    private List<String> heldToday(String body) {
        String[] split = QualifiedBodyName.split(body.strip());
        return successors.holders().predecessors(split[0], split[1]).stream()
                .map(name -> BodyKey.of(QualifiedBodyName.join(name[0], name[1]))).distinct().toList();
    }
}
