package vn.vbtrace.trace;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.InvalidInputException;
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
        checkPathEnds(from, to);
        return graph.path(from.strip(), to.strip())
                .orElseThrow(() -> new NotFoundException("path-not-found", "không có chuỗi dẫn chiếu nào nối " + from.strip()
                        + " với " + to.strip() + " trong kho (trong vòng " + MAX_DEPTH + " bước)"));
    }

    public Chain chain(String number, Direction direction, int depth) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết số ký hiệu văn bản, ví dụ 1322/QĐ-TTg");
        }
        checkDepth(depth);
        return withPrograms(graph.chain(number.strip(), direction, depth).orElseThrow(() -> new NotFoundException("document-not-found",
                "không có văn bản số " + number.strip() + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó")));
    }

    /** The chain from a document known by its id: a law cited by name, a notice without a number (the lược đồ's nodes). */
    public Chain chainFrom(String id, Direction direction, int depth) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho mã văn bản (id) hoặc số ký hiệu, ví dụ 1322/QĐ-TTg");
        }
        checkDepth(depth);
        return withPrograms(graph.chainFrom(id.strip(), direction, depth).orElseThrow(() -> new NotFoundException("document-not-found",
                "không có văn bản mã " + id.strip() + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó")));
    }

    /** Programs the chain's decisions approve come with their lineage (712's program to 2020 → 1322's 2021-2030). */
    private Chain withPrograms(Chain chain) {
        return chain.withPrograms(graph.programsApprovedBy(chain.nodes().stream().map(ChainNode::id).toList()));
    }
    /** The depth a chain may be asked for; checked by the CLI before any store opens, and by the API. */
    public static void checkDepth(int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidInputException("depth-out-of-range", "độ sâu phải từ 1 đến " + MAX_DEPTH + ", không phải " + depth);
        }
    }

    /**
     * A path needs two different documents: the same number twice (in any spelling: case, spaces and diacritics
     * are ignored) has no path, and Neo4j's shortest-path search fails on it rather than answering.
     */
    public static void checkPathEnds(String from, String to) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết số ký hiệu của hai văn bản");
        }
        if (DocumentNumbers.key(from).equals(DocumentNumbers.key(to))) {
            throw new InvalidInputException("same-document", "hai đầu của chuỗi dẫn chiếu là cùng một văn bản ("
                    + from.strip() + "): hãy chọn hai văn bản khác nhau");
        }
    }
}
