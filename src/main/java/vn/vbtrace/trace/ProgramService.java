package vn.vbtrace.trace;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.PageCursor;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.search.NotFoundException;
import vn.vbtrace.search.SearchService;

import java.util.List;

/** National programs and provincial projects: their periods, approving decisions and lineage. */
public final class ProgramService {

    /** The documents carrying a program out that its page lists; how many there are is given beside them. */
    public static final int IMPLEMENTERS_SHOWN = 100;

    private final GraphStore graph;
    /** Where the first citers of an approving decision are found by date, however many it has. */
    private final SearchIndex index;

    public ProgramService(GraphStore graph, SearchIndex index) {
        this.graph = graph;
        this.index = index;
    }

    /** A page of programs unless asked for another size. */
    public static final int PAGE = 100;

    /**
     * {"programs": [...], "total": .., "next": ..}: a page of programs, earliest period first (then by key), how many
     * the repository holds, and the cursor of the next page (null on the last).
     */
    public record Programs(List<ProgramSummary> programs, long total, String next) {
    }

    /** At most {@code limit} programs after the page whose {@code next} is {@code after} (null: the first page). */
    public Programs page(int limit, String after) {
        SearchService.checkPaging(limit, 0);
        Integer afterYear = null;
        String afterKey = null;
        if (after != null && !after.isBlank()) {
            PageCursor.Values values = PageCursor.decode(after);
            afterYear = (int) values.first();
            afterKey = values.last();
        }
        List<ProgramSummary> found = graph.programs(afterYear, afterKey, limit + 1);
        List<ProgramSummary> shown = found.subList(0, Math.min(limit, found.size()));
        String next = null;
        if (found.size() > limit) {
            ProgramSummary last = shown.getLast();
            next = PageCursor.encode(GraphStore.programSortYear(last), last.key());
        }
        return new Programs(List.copyOf(shown), graph.counts().programs(), next);
    }

    /** By key ("1322/qd-ttg") or by the number of the approving decision ("1322/QĐ-TTg"). */
    public ProgramLineage lineage(String keyOrNumber) {
        return lineage(keyOrNumber, IMPLEMENTERS_SHOWN);
    }

    /** The same, with the first {@code shown} documents carrying it out (oldest first) and how many there are. */
    public ProgramLineage lineage(String keyOrNumber, int shown) {
        if (keyOrNumber == null || keyOrNumber.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết khoá của chương trình hoặc số quyết định phê duyệt nó, ví dụ 1322/QĐ-TTg");
        }
        ProgramSummary program = graph.program(keyOrNumber).orElseThrow(() -> new NotFoundException("program-not-found", "không có chương trình " + keyOrNumber.strip()
                + " trong kho (không phải khoá chương trình, cũng không phải số quyết định phê duyệt chương trình nào)"));
        List<String> approverCiters = program.approvedBy() == null ? List.of()
                : index.citersOldestFirst(program.approvedBy().id(), shown);
        return graph.lineage(program, approverCiters, shown);
    }
}
