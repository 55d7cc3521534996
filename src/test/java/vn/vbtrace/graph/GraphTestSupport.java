package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.neo4j.driver.Record;

/** Looks at the raw graph through the store's own driver. */
final class GraphTestSupport {

    private GraphTestSupport() {
    }

    /** Empties the graph but keeps the applied schema versions. */
    static void wipe(GraphStore store) {
        store.driver().executableQuery("""
                MATCH (n) WHERE NOT n:SchemaVersion
                DETACH DELETE n
                """).execute();
    }

    /**
     * Every node (label and key) and relationship (type, ends and, with {@code withProperties}, all
     * properties), sorted: two equal lists are the same graph.
     */
    static List<String> snapshot(GraphStore store, boolean withProperties) {
        List<String> nodes = store.driver().executableQuery("""
                MATCH (n)
                RETURN labels(n) AS labels, coalesce(n.id, n.key, n.name, toString(n.version)) AS key,
                       properties(n) AS props
                """).execute().records().stream()
                .map(r -> r.get("labels").asList().toString() + " " + r.get("key").asString()
                        + (withProperties ? " " + sorted(r, "props") : ""))
                .toList();
        List<String> rels = store.driver().executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN coalesce(a.id, a.key, a.name) AS from, type(r) AS type, coalesce(b.id, b.key, b.name) AS to,
                       properties(r) AS props
                """).execute().records().stream()
                .map(r -> r.get("from").asString() + " -" + r.get("type").asString() + "-> " + r.get("to").asString()
                        + " " + sorted(r, "props"))
                .toList();
        return Stream.concat(nodes.stream(), rels.stream()).sorted().toList();
    }

    private static String sorted(Record r, String column) {
        Map<String, Object> props = new TreeMap<>(r.get(column).asMap(v -> v.toString()));
        return props.toString();
    }

    static long count(GraphStore store, String cypher) {
        return store.driver().executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }
}
