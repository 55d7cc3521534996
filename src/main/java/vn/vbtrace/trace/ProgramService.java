package vn.vbtrace.trace;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.search.NotFoundException;

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

    /** {"programs": [...]}, earliest period first. */
    public record Programs(List<ProgramSummary> programs) {
    }

    public Programs all() {
        return new Programs(graph.programs());
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
