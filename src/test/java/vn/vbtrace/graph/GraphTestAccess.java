package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;

/** Tests outside the graph package write synthetic graphs through the store's own driver, and read it. */
public final class GraphTestAccess {

    private GraphTestAccess() {
    }

    public static void run(GraphStore store, String cypher, Map<String, Object> parameters) {
        store.driver().executableQuery(cypher).withParameters(parameters).execute();
    }

    /** The rows of a read query, for a test that checks the stores against Cypher written out in full. */
    public static List<org.neo4j.driver.Record> read(GraphStore store, String cypher, Map<String, Object> parameters) {
        return store.driver().executableQuery(cypher).withParameters(parameters).execute().records();
    }
}
