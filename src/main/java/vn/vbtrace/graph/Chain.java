package vn.vbtrace.graph;

import java.util.List;

/**
 * A citation chain around one document; edges keep the direction of the citation (citing → cited).
 * {@code programs} are the programs approved by documents of the chain, with their lineage neighbours.
 */
public record Chain(ChainNode root, List<ChainNode> nodes, List<ChainEdge> edges, List<ProgramSummary> programs) {

    public Chain {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    public Chain(ChainNode root, List<ChainNode> nodes, List<ChainEdge> edges) {
        this(root, nodes, edges, List.of());
    }

    public Chain withPrograms(List<ProgramSummary> approved) {
        return new Chain(root, nodes, edges, approved);
    }
}
