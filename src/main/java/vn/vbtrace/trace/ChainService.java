package vn.vbtrace.trace;

import vn.vbtrace.graph.Chain;
import vn.vbtrace.graph.ChainNode;
import vn.vbtrace.graph.Direction;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.search.NotFoundException;

/** What a document rests on (up) and what rests on it (down), to a depth. */
public final class ChainService {

    public static final int MAX_DEPTH = 10;

    private final GraphStore graph;

    public ChainService(GraphStore graph) {
        this.graph = graph;
    }

    /** How two documents are linked: the shortest chain of references between them, either way round. */
    public Chain path(String from, String to) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("give two document numbers");
        }
        return graph.path(from.strip(), to.strip())
                .orElseThrow(() -> new NotFoundException("no chain of references links " + from.strip() + " and " + to.strip()
                        + " in the repository (within " + MAX_DEPTH + " hops)"));
    }

    public Chain chain(String number, Direction direction, int depth) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("give a document number, e.g. 1322/QĐ-TTg");
        }
        checkDepth(depth);
        return withPrograms(graph.chain(number.strip(), direction, depth).orElseThrow(() -> new NotFoundException(
                "no document numbered " + number.strip() + " in the repository, nor cited by any document in it")));
    }

    /** The chain from a document known by its id: a law cited by name, a notice without a number (the lược đồ's nodes). */
    public Chain chainFrom(String id, Direction direction, int depth) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Hãy cho mã văn bản (id) hoặc số ký hiệu, ví dụ 1322/QĐ-TTg");
        }
        checkDepth(depth);
        return withPrograms(graph.chainFrom(id.strip(), direction, depth).orElseThrow(() -> new NotFoundException(
                "Không có văn bản mã " + id.strip() + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó")));
    }

    /** Programs the chain's decisions approve come with their lineage (712's program to 2020 → 1322's 2021-2030). */
    private Chain withPrograms(Chain chain) {
        return chain.withPrograms(graph.programsApprovedBy(chain.nodes().stream().map(ChainNode::id).toList()));
    }

    private static void checkDepth(int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
    }
}
