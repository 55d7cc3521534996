package vn.vbtrace.graph;

/** How many nodes of each kind the graph holds: documents (held and only cited), bodies, tasks, programs. */
public record GraphCounts(long documents, long bodies, long tasks, long programs) {
}
