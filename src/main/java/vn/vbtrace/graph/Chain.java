package vn.vbtrace.graph;

import java.util.List;

/** A citation chain around one document; edges keep the direction of the citation (citing → cited). */
public record Chain(ChainNode root, List<ChainNode> nodes, List<ChainEdge> edges) {

    public Chain {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
