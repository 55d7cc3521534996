package vn.vbtrace.trace;

import vn.vbtrace.document.Chain;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.SideBySide;
import vn.vbtrace.graph.ChainCursor;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.CiterCounts;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.search.NotFoundException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * What a document rests on (up) and what rests on it (down), to a depth, a page at a time: a document cited
 * by thousands shows its first citers, how many there are in all, and what they are (counts by relation,
 * issuer and year), with a cursor for the next page.
 */
public final class ChainService {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_LIMIT = 1_000;
    /** Documents in a chain when the caller names no limit. */
    public static final int DEFAULT_LIMIT = GraphStore.DEFAULT_CHAIN_LIMIT;
    /** The cut documents whose hidden neighbours are counted by group, those hiding the most first. */
    static final int GROUPED = 5;

    private final GraphStore graph;
    /** Counts citers by issuer and year from the index; null counts them in the graph. */
    private final SearchIndex index;

    public ChainService(GraphStore graph, SearchIndex index) {
        this.graph = graph;
        this.index = index;
    }

    public ChainService(GraphStore graph) {
        this(graph, null);
    }

    /** How two documents are linked: the shortest chain of references between them, either way round. */
    public Chain path(String from, String to) {
        checkPathEnds(from, to);
        return graph.path(from.strip(), to.strip())
                .orElseThrow(() -> new NotFoundException("path-not-found", "không có chuỗi dẫn chiếu nào nối " + from.strip()
                        + " với " + to.strip() + " trong kho (trong vòng " + MAX_DEPTH + " bước)"));
    }

    public Chain chain(String number, Direction direction, int depth) {
        return chain(number, direction, depth, GraphStore.DEFAULT_CHAIN_LIMIT);
    }

    /** At most {@code limit} documents (1 to 1,000). */
    public Chain chain(String number, Direction direction, int depth, int limit) {
        return chain(number, UnaryOperator.identity(), direction, depth, limit);
    }

    /**
     * As {@link #chain(String, Direction, int, int)} for a number typed another way ({@code qd 1322}): the number
     * as typed is looked up first, by the chain's own lookup of its root, since it usually is right; {@code resolve}
     * is asked only when no document has it.
     */
    public Chain chain(String number, UnaryOperator<String> resolve, Direction direction, int depth, int limit) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết số ký hiệu văn bản, ví dụ 1322/QĐ-TTg");
        }
        checkDepthAndLimit(depth, limit);
        String typed = number.strip();
        // Programs the chain's decisions approve come with their lineage (712's program to 2020 → 1322's 2021-2030).
        return graph.chain(typed, direction, depth, limit)
                .or(() -> Optional.ofNullable(resolve.apply(typed)).map(String::strip).filter(resolved -> !resolved.equals(typed))
                        .flatMap(resolved -> graph.chain(resolved, direction, depth, limit)))
                .map(this::withGroups)
                .orElseThrow(() -> new NotFoundException("document-not-found",
                        "không có văn bản số " + typed + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó"));
    }

    public Chain chainFrom(String id, Direction direction, int depth) {
        return chainFrom(id, direction, depth, GraphStore.DEFAULT_CHAIN_LIMIT);
    }

    /** The chain from a document known by its id: a law cited by name, a notice without a number (the lược đồ's nodes). */
    public Chain chainFrom(String id, Direction direction, int depth, int limit) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho mã văn bản (id) hoặc số ký hiệu, ví dụ 1322/QĐ-TTg");
        }
        checkDepthAndLimit(depth, limit);
        return graph.chainFrom(id.strip(), direction, depth, limit).map(this::withGroups)
                .orElseThrow(() -> new NotFoundException("document-not-found",
                        "không có văn bản mã " + id.strip() + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó"));
    }

    /** The depth a chain may be asked for; checked by the CLI before any store opens, and by the API. */
    public static void checkDepth(int depth) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new InvalidInputException("depth-out-of-range", "độ sâu phải từ 1 đến " + MAX_DEPTH + ", không phải " + depth);
        }
    }

    /** The depth and the most documents (1 to {@value #MAX_LIMIT}) a chain may be asked for; checked before any store opens. */
    public static void checkDepthAndLimit(int depth, int limit) {
        checkDepth(depth);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit-out-of-range", "số văn bản tối đa (limit) phải từ 1 đến " + MAX_LIMIT
                    + ", không phải " + limit);
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

    /** The next page of one document's neighbours, from a {@code cursor} of an earlier answer's {@code truncated}. */
    public Chain more(String cursor, int limit) {
        checkDepthAndLimit(1, limit);
        ChainCursor at = ChainCursor.decode(cursor);
        return graph.moreOf(at, limit).map(this::withGroups)
                .orElseThrow(() -> new NotFoundException("document-not-found", "văn bản của con trỏ này không còn trong kho"));
    }

    /** The groups of the cut documents hiding the most neighbours; the others keep their counts and cursors only. */
    private Chain withGroups(Chain chain) {
        if (chain.truncated().isEmpty()) {
            return chain;
        }
        List<Chain.Truncated> byHidden = new ArrayList<>(chain.truncated());
        byHidden.sort(Comparator.comparingInt((Chain.Truncated t) -> t.total() - t.shown()).reversed());
        Map<Chain.Truncated, CompletableFuture<Chain.Groups>> grouped = new LinkedHashMap<>();
        for (Chain.Truncated cut : byHidden.subList(0, Math.min(GROUPED, byHidden.size()))) {
            grouped.put(cut, SideBySide.start(() -> groups(cut)));
        }
        return chain.withTruncated(chain.truncated().stream()
                .map(cut -> grouped.containsKey(cut) ? cut.withGroups(SideBySide.join(grouped.get(cut))) : cut).toList());
    }

    private Chain.Groups groups(Chain.Truncated cut) {
        if (Direction.valueOf(cut.direction()) == Direction.UP || index == null) {
            return cut.direction().equals(Direction.UP.name()) ? graph.citedGroups(cut.id()) : graph.citerGroups(cut.id());
        }
        CiterCounts counts = index.citers(cut.id());
        return Chain.Groups.of(asInts(counts.byRelation()), asInts(counts.byIssuer()), asInts(counts.byYear()));
    }

    private static Map<String, Integer> asInts(Map<String, Long> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k, v.intValue()));
        return out;
    }
}
