package vn.vbtrace.trace;

import java.util.List;

import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.ProgramLineage;
import vn.vbtrace.graph.ProgramSummary;
import vn.vbtrace.search.NotFoundException;

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
            throw new IllegalArgumentException("give a program key or the number of the decision approving it, e.g. 1322/QĐ-TTg");
        }
        return graph.program(keyOrNumber).orElseThrow(() -> new NotFoundException("no program " + keyOrNumber.strip()
                + " in the repository (neither a key nor the number of a decision approving one)"));
    }
}
