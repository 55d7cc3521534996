package vn.vbtrace.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import vn.vbtrace.document.Relation;

/**
 * Citation chains as a breadth-first walk with one parameterised query per hop: the depth never
 * enters the Cypher text, each hop sees only the new frontier, and a node reached twice is visited once.
 */
final class ChainQueries {

    /** Deeper than this the chain is no longer something a person reads. */
    static final int MAX_DEPTH = 10;

    /** Guards a walk through a very dense part of the graph. */
    static final int MAX_NODES = 2_000;

    private static final String NODE_COLUMNS = """
            n.id AS id, n.number AS number, n.title AS title, n.type AS type, n.issuedDate AS issuedDate,
            n.stub AS stub, coalesce(n.catalog, false) AS catalog, size(COLLECT { MATCH (c:Document)-->(n) RETURN DISTINCT c.id }) AS citedBy
            """;

    private static final String ROOT = """
            MATCH (n:Document {numberKey: $key})
            WITH n ORDER BY n.stub, n.id LIMIT 1
            RETURN\s""" + NODE_COLUMNS;

    /** A document without a number (a law cited by its name, a notice with none) is reached by its id. */
    private static final String ROOT_BY_ID = """
            MATCH (n:Document {id: $id})
            RETURN\s""" + NODE_COLUMNS;

    /** UP: what the frontier documents cite (their basis). */
    private static final String HOP_UP = """
            UNWIND $frontier AS fid
            MATCH (f:Document {id: fid})-[r]->(n:Document)
            RETURN f.id AS from, n.id AS to, type(r) AS relation,\s""" + NODE_COLUMNS;

    /** DOWN: documents that cite the frontier (implement it, rest on it). */
    private static final String HOP_DOWN = """
            UNWIND $frontier AS fid
            MATCH (f:Document {id: fid})<-[r]-(n:Document)
            RETURN n.id AS from, f.id AS to, type(r) AS relation,\s""" + NODE_COLUMNS;

    /**
     * The shortest chain of references between two documents, either way round. Only reference
     * relationships count (not a shared issuer or body), between documents only (APPROVES and IMPLEMENTS also
     * reach programs); the hop bound is a constant of the text, the relationship types come from {@link Relation}.
     */
    private static final String PATH = """
            MATCH (a:Document {numberKey: $from})
            WITH a ORDER BY a.stub, a.id LIMIT 1
            MATCH (b:Document {numberKey: $to})
            WITH a, b ORDER BY b.stub, b.id LIMIT 1
            MATCH p = shortestPath((a)-[:%s*..10]-(b))
            WHERE all(n IN nodes(p) WHERE n:Document)
            RETURN [n IN nodes(p) | n.id] AS ids,
                   [r IN relationships(p) | [startNode(r).id, endNode(r).id, type(r)]] AS edges
            """.formatted(Relation.graphTypeAlternation());

    private static final String NODES = """
            UNWIND $ids AS nid
            MATCH (n:Document {id: nid})
            RETURN\s""" + NODE_COLUMNS;

    private final Driver driver;

    ChainQueries(Driver driver) {
        this.driver = driver;
    }

    Optional<Chain> chain(String numberKey, Direction direction, int depth) {
        if (numberKey == null || numberKey.isBlank()) {
            return Optional.empty();
        }
        return walk(read(ROOT, Map.of("key", numberKey)), direction, depth);
    }

    /** The same chain from the document with this id. */
    Optional<Chain> chainFrom(String id, Direction direction, int depth) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return walk(read(ROOT_BY_ID, Map.of("id", id)), direction, depth);
    }

    private Optional<Chain> walk(List<Record> roots, Direction direction, int depth) {
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        ChainNode root = node(roots.getFirst());
        int hops = Math.clamp(depth, 0, MAX_DEPTH);
        Map<String, ChainNode> nodes = new LinkedHashMap<>();
        nodes.put(root.id(), root);
        Set<ChainEdge> edges = new LinkedHashSet<>();
        List<String> frontier = List.of(root.id());
        for (int hop = 0; hop < hops && !frontier.isEmpty() && nodes.size() < MAX_NODES; hop++) {
            List<String> next = new ArrayList<>();
            for (String query : queries(direction)) {
                for (Record r : read(query, Map.of("frontier", frontier))) {
                    edges.add(new ChainEdge(r.get("from").asString(), r.get("to").asString(),
                            r.get("relation").asString()));
                    ChainNode n = node(r);
                    if (nodes.size() < MAX_NODES && nodes.putIfAbsent(n.id(), n) == null) {
                        next.add(n.id());
                    }
                }
            }
            frontier = next;
        }
        // An edge whose far end was cut by MAX_NODES would point nowhere.
        List<ChainEdge> kept = edges.stream()
                .filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to()))
                .toList();
        return Optional.of(new Chain(root, List.copyOf(nodes.values()), kept));
    }

    /** The path from one document to another, as a chain rooted at the first; empty when either is unknown or they are not linked. */
    Optional<Chain> path(String fromKey, String toKey) {
        List<Record> found = read(PATH, Map.of("from", fromKey, "to", toKey));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = found.getFirst().get("ids").asList(v -> v.asString());
        Map<String, ChainNode> byId = new LinkedHashMap<>();
        for (Record r : read(NODES, Map.of("ids", ids))) {
            ChainNode n = node(r);
            byId.put(n.id(), n);
        }
        List<ChainNode> ordered = ids.stream().map(byId::get).toList();
        List<ChainEdge> edges = found.getFirst().get("edges").asList(v -> {
            List<Object> e = v.asList();
            return new ChainEdge((String) e.get(0), (String) e.get(1), (String) e.get(2));
        });
        return Optional.of(new Chain(ordered.getFirst(), ordered, edges));
    }

    private static List<String> queries(Direction direction) {
        return switch (direction) {
            case UP -> List.of(HOP_UP);
            case DOWN -> List.of(HOP_DOWN);
            case BOTH -> List.of(HOP_UP, HOP_DOWN);
        };
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters)
                .withConfig(DocumentQueries.READ).execute().records();
    }

    private static ChainNode node(Record r) {
        return new ChainNode(
                r.get("id").asString(),
                r.get("number").asString(null),
                r.get("title").asString(null),
                r.get("type").asString(null),
                DocumentQueries.date(r.get("issuedDate")),
                r.get("stub").asBoolean(false),
                r.get("citedBy").asInt(0),
                r.get("catalog").asBoolean(false));
    }
}
