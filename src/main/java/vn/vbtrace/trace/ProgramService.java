package vn.vbtrace.trace;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.search.NotFoundException;

import java.util.List;

/** National programs and provincial projects: their periods, approving decisions and lineage. */
public final class ProgramService {

    private final GraphStore graph;

    public ProgramService(GraphStore graph) {
        this.graph = graph;
    }

    /** {"programs": [...]}, earliest period first. */
    public record Programs(List<ProgramSummary> programs) {
    }

    public Programs all() {
        return new Programs(graph.programs());
    }

    /** By key ("1322/qd-ttg") or by the number of the approving decision ("1322/QĐ-TTg"). */
    public ProgramLineage lineage(String keyOrNumber) {
        if (keyOrNumber == null || keyOrNumber.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết khoá của chương trình hoặc số quyết định phê duyệt nó, ví dụ 1322/QĐ-TTg");
        }
        return graph.program(keyOrNumber).orElseThrow(() -> new NotFoundException("program-not-found", "không có chương trình " + keyOrNumber.strip()
                + " trong kho (không phải khoá chương trình, cũng không phải số quyết định phê duyệt chương trình nào)"));
    }
}
