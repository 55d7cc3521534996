package vn.vbtrace.trace;

import vn.vbtrace.graph.Chain;
import vn.vbtrace.graph.ChainCursor;
import vn.vbtrace.graph.ChainNode;
import vn.vbtrace.graph.Direction;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.CiterCounts;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.search.NotFoundException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a document rests on (up) and what rests on it (down), to a depth, a page at a time: a document cited
 * by thousands shows its first citers, how many there are in all, and what they are (counts by relation,
 * issuer and year), with a cursor for the next page.
 */
public final class ChainService {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_LIMIT = 1_000;
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
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("give two document numbers");
        }
        if (vn.vbtrace.document.DocumentNumbers.key(from.strip()).equals(vn.vbtrace.document.DocumentNumbers.key(to.strip()))) {
            throw new IllegalArgumentException("the two numbers name the same document: a document is its own chain");
        }
        return graph.path(from.strip(), to.strip())
                .orElseThrow(() -> new NotFoundException("no chain of references links " + from.strip() + " and " + to.strip()
                        + " in the repository (within " + MAX_DEPTH + " hops)"));
    }

    public Chain chain(String number, Direction direction, int depth) {
        return chain(number, direction, depth, GraphStore.DEFAULT_CHAIN_LIMIT);
    }

    /** At most {@code limit} documents (1 to 1,000). */
    public Chain chain(String number, Direction direction, int depth, int limit) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("give a document number, e.g. 1322/QĐ-TTg");
        }
        checkDepthAndLimit(depth, limit);
        // Programs the chain's decisions approve come with their lineage (712's program to 2020 → 1322's 2021-2030).
        return graph.chain(number.strip(), direction, depth, limit)
                .map(this::completed)
                .orElseThrow(() -> new NotFoundException("no document numbered " + number.strip()
                        + " in the repository, nor cited by any document in it"));
    }

    /** The next page of one document's neighbours, from a {@code cursor} of an earlier answer's {@code truncated}. */
    public Chain more(String cursor, int limit) {
        checkDepthAndLimit(1, limit);
        ChainCursor at = ChainCursor.decode(cursor);
        return graph.moreOf(at, limit).map(this::completed)
                .orElseThrow(() -> new NotFoundException("the document of this cursor is no longer in the repository"));
    }

    public static void checkDepthAndLimit(int depth, int limit) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new IllegalArgumentException("depth must be between 1 and " + MAX_DEPTH);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    private Chain completed(Chain chain) {
        return withGroups(chain).withPrograms(graph.programsApprovedBy(chain.nodes().stream().map(ChainNode::id).toList()));
    }

    /** The groups of the cut documents hiding the most neighbours; the others keep their counts and cursors only. */
    private Chain withGroups(Chain chain) {
        if (chain.truncated().isEmpty()) {
            return chain;
        }
        List<Chain.Truncated> byHidden = new ArrayList<>(chain.truncated());
        byHidden.sort(Comparator.comparingInt((Chain.Truncated t) -> t.total() - t.shown()).reversed());
        Map<Chain.Truncated, Chain.Groups> grouped = new LinkedHashMap<>();
        for (Chain.Truncated cut : byHidden.subList(0, Math.min(GROUPED, byHidden.size()))) {
            grouped.put(cut, groups(cut));
        }
        return chain.withTruncated(chain.truncated().stream()
                .map(cut -> grouped.containsKey(cut) ? cut.withGroups(grouped.get(cut)) : cut).toList());
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
