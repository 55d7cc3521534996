package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.summary.ProfiledPlan;

/** Benchmarks outside the graph package write synthetic graphs through the store's own driver, and profile its reads. */
public final class GraphTestAccess {

    private GraphTestAccess() {
    }

    public static void run(GraphStore store, String cypher, Map<String, Object> parameters) {
        store.driver().executableQuery(cypher).withParameters(parameters).execute();
    }

    /** The PROFILE of one query: each operator with its rows and database hits, and the total hits. */
    public static String profile(GraphStore store, String cypher, Map<String, Object> parameters) {
        ProfiledPlan plan = store.driver().executableQuery("PROFILE " + cypher).withParameters(parameters)
                .execute().summary().profile();
        StringBuilder out = new StringBuilder();
        long hits = print(plan, 0, out);
        return out.append("total db hits: ").append(hits).append('\n').toString();
    }

    /** The evidence query the draft check makes for all its cited numbers at once. */
    public static String profileEvidence(GraphStore store, List<String> numbers, java.time.LocalDate date) {
        List<Map<String, Object>> asks = new java.util.ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            asks.add(Map.of("i", i, "key", vn.vbtrace.document.DocumentNumbers.key(numbers.get(i)), "date", date));
        }
        return profile(store, EvidenceQueries.BY_NUMBER_KEYS, Map.of("asks", asks));
    }

    public static String profileValidity(GraphStore store, List<String> ids) {
        return profile(store, ValidityQueries.FACTS_OF_MANY, Map.of("ids", ids));
    }

    public static String profileBases(GraphStore store, List<String> ids) {
        return profile(store, BasisQueries.BASES_OF_PEERS, Map.of("cited", ids, "limit", 30, "peerLimit", 200));
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
