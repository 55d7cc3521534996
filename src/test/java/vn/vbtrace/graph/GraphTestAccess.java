package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.summary.ProfiledPlan;

/** Tests outside the graph package write synthetic graphs through the store's own driver, read it, and profile its reads. */
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

    /** The PROFILE of one query: each operator with its rows and database hits, and the total hits. */
    public static String profile(GraphStore store, String cypher, Map<String, Object> parameters) {
        ProfiledPlan plan = store.driver().executableQuery("PROFILE " + cypher).withParameters(parameters)
                .execute().summary().profile();
        StringBuilder out = new StringBuilder();
        long hits = print(plan, 0, out);
        return out.append("total db hits: ").append(hits).append('\n').toString();
    }

    private static long print(ProfiledPlan plan, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(plan.operatorType()).append(" rows=").append(plan.records())
                .append(" hits=").append(plan.dbHits());
        Object details = plan.arguments().get("Details");
        if (details != null) {
            out.append(" ").append(details.toString().replace('\n', ' '));
        }
        out.append('\n');
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += print(child, depth + 1, out);
        }
        return hits;
    }
}
