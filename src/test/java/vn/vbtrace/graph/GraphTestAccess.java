package vn.vbtrace.graph;

import java.util.Map;

/** Benchmarks outside the graph package write synthetic graphs through the store's own driver. */
public final class GraphTestAccess {

    private GraphTestAccess() {
    }

    public static void run(GraphStore store, String cypher, Map<String, Object> parameters) {
        store.driver().executableQuery(cypher).withParameters(parameters).execute();
    }
}
