package vn.vbtrace.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.ChainEdge;
import vn.vbtrace.document.ChainNode;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.SideBySide;

/**
 * Citation chains as a breadth-first walk with one parameterised query per hop and way (the two ways of a hop
 * read side by side): the depth never enters the Cypher text, each hop sees only the new frontier, and a node
 * reached twice is visited once.
 * The walk is bounded: at most {@code limit} documents, each frontier document giving at most its share of
 * the room left, so a decision cited by thousands costs a page, not its citers; a level with more documents than
 * room is read a part at a time until the chain is full. A document whose neighbours were not all shown is listed in
 * the chain's {@code truncated}, with their number and a cursor for the next page.
 */
final class ChainQueries {

    /** Deeper than this the chain is no longer something a person reads. */
    static final int MAX_DEPTH = 10;

    /** The most documents one answer shows. */
    static final int MAX_LIMIT = 1_000;

    /** However little room is left, a frontier document shows at least this many neighbours when it shows any. */
    private static final int MIN_PER_NODE = 5;

    private static final String TYPES = GraphCypher.REFERENCE_TYPES;

    /** The distinct citers the writer counts on the node (GraphCypher.CITER_COUNTS), counted here where it has not. */
    static String citerCount(String node) {
        return """
                CASE WHEN %1$s.citers IS NULL THEN size(COLLECT { MATCH (c:Document)-->(%1$s) RETURN DISTINCT c.id })
                     ELSE %1$s.citers END""".formatted(node);
    }

    /**
     * How many distinct documents a document cites: kept on the node by the writer ({@code Document.cites}), counted
     * here where it is not (a stub).
     */
    private static String citedCount(String node) {
        return """
                CASE WHEN %1$s.cites IS NULL THEN size(COLLECT { MATCH (%1$s)-[:%2$s]->(x:Document) RETURN DISTINCT x })
                     ELSE %1$s.cites END""".formatted(node, TYPES);
    }

    /**
     * A document's columns, with the programs it approves as the chain lists them: only a document marked as
     * approving one expands its relationships for them ({@code approvesProgram}). Read with the columns, a chain's
     * programs cost no statement of their own: looked up apart, a level at a time, they were two of the five
     * statements of the most cited document's depth-1 chain, one of them after the walk. {@code cites} is not shown:
     * with {@code citedBy} it tells which way the document was cut when the chain is full before its neighbours' hop.
     */
    private static final Columns NODE = Columns.of("id", "n.id", "number", "n.number", "title", "n.title", "type", "n.type",
            "issuedDate", "n.issuedDate", "stub", "n.stub", "catalog", "coalesce(n.catalog, false)",
            "citedBy", citerCount("n"), "cites", citedCount("n"),
            "programs", """
                    CASE WHEN n.approvesProgram THEN COLLECT { MATCH (n)-[:APPROVES]->(p:Program) WITH DISTINCT p
                                                               %sRETURN %s AS program }
                         ELSE [] END""".formatted(ProgramQueries.NEIGHBOURS, ProgramQueries.PROGRAM.map()));

    /** The order a chain lists its programs in, as a lookup of them gives it (by period, one without a period last). */
    private static final Comparator<ProgramSummary> BY_PERIOD = Comparator
            .comparing(ProgramSummary::fromYear, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ProgramSummary::key);

    private static final String ROOT = """
            MATCH (n:Document {numberKey: $key})
            WITH n ORDER BY n.stub, n.id LIMIT 1
            """ + NODE.returned();

    /** A document without a number (a law cited by its name, a notice with none) is reached by its id; also a cursor's document. */
    private static final String BY_ID = """
            MATCH (n:Document {id: $id})
            """ + NODE.returned();

    /** How many distinct documents a frontier document cites, and how many cite it. */
    private static final String CITES = citedCount("f");
    private static final String CITERS = citerCount("f");

    /**
     * UP: what the frontier documents cite (their basis), at most $rows relationships each from $skip on, with how
     * many distinct documents each cites in all; the neighbours' columns follow ({@link #HOP_UP}), or their ids only
     * ({@link #HOP_UP_IDS}).
     */
    private static final String UP = """
            UNWIND $frontier AS fid
            MATCH (f:Document {id: fid})
            WITH f, %2$s AS total
            OPTIONAL CALL (f) {
              MATCH (f)-[r:%1$s]->(n:Document)
              RETURN r, n SKIP $skip LIMIT $rows
            }
            WITH f, total, r, n, f.id AS from, n.id AS to
            """;

    /**
     * DOWN: documents that cite the frontier (implement it, rest on it), paged the same way; the total is its
     * citer count (only documents cite).
     */
    private static final String DOWN = """
            UNWIND $frontier AS fid
            MATCH (f:Document {id: fid})
            WITH f, %2$s AS total
            OPTIONAL CALL (f) {
              MATCH (f)<-[r:%1$s]-(n:Document)
              RETURN r, n SKIP $skip LIMIT $rows
            }
            WITH f, total, r, n, n.id AS from, f.id AS to
            """;

    /** A hop's rows with the neighbours' ids only. */
    private static final String ROWS = "RETURN f.id AS frontier, total, from, to, type(r) AS relation, n.id AS id\n";

    /**
     * A hop's rows as one list, and the columns of each document they reach once, however many rows reach it: the
     * decisions a leaf's second level cites are cited by several of its documents, and each approves a program whose
     * lineage a column reads (90 rows, 45 decisions, at 100,000 documents).
     */
    private static final String ROWS_AND_COLUMNS = """
            WITH collect({frontier: f.id, total: total, from: from, to: to, relation: type(r), id: n.id}) AS rows,
                 collect(DISTINCT n) AS reached
            CALL (reached) {
              UNWIND reached AS n
              RETURN collect(%s) AS columns
            }
            RETURN rows, columns
            """.formatted(NODE.map());

    private static final String HOP_UP = UP.formatted(TYPES, CITES) + ROWS_AND_COLUMNS;
    private static final String HOP_DOWN = DOWN.formatted(TYPES, CITERS) + ROWS_AND_COLUMNS;
    /**
     * The hops reading the neighbours' ids only: a hop near the end of the room reads a few rows for each of many
     * frontier documents and keeps a handful, and the kept documents' columns are then read apart ({@link #NODES}),
     * beside the walk's next hop.
     */
    private static final String HOP_UP_IDS = UP.formatted(TYPES, CITES) + ROWS;
    private static final String HOP_DOWN_IDS = DOWN.formatted(TYPES, CITERS) + ROWS;

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
            """.formatted(TYPES);

    private static final String NODES = """
            UNWIND $ids AS nid
            MATCH (n:Document {id: nid})
            """ + NODE.returned();

    /** The documents a document cites, grouped by relation, issuer and year (bounded by the per-file reference limit). */
    private static final String CITED_GROUPS = """
            MATCH (f:Document {id: $id})-[r:%s]->(n:Document)
            RETURN type(r) AS relation, n.issuer AS issuer, n.issuedDate.year AS year, count(DISTINCT n) AS n
            """.formatted(TYPES);

    /**
     * The documents citing a document, grouped the same way: read from the graph only where no index counts
     * them (it visits every citer).
     */
    private static final String CITER_GROUPS = """
            MATCH (f:Document {id: $id})<-[r:%s]-(n:Document)
            RETURN type(r) AS relation, n.issuer AS issuer, n.issuedDate.year AS year, count(DISTINCT n) AS n
            """.formatted(TYPES);

    private final Driver driver;

    ChainQueries(Driver driver) {
        this.driver = driver;
    }

    /**
     * Ids derive from the number key ({@link DocumentNumbers#idForNumber}), so the first level is read from the id the
     * number gives while the root is found, rather than after it: a round trip less on every chain. Should the root
     * hold that number under another id (a node written by another rule), the early rows are left and the level is
     * read from the root's id, as before.
     */
    Optional<Chain> chain(String numberKey, Direction direction, int depth, int limit) {
        if (numberKey == null || numberKey.isBlank()) {
            return Optional.empty();
        }
        FirstLevel early = startFirstLevel(DocumentNumbers.idForNumber(numberKey), direction, depth, limit);
        List<Record> roots = read(ROOT, Map.of("key", numberKey));
        return roots.isEmpty() ? Optional.empty() : Optional.of(walk(roots.getFirst(), direction, depth, limit, early));
    }

    /** The same chain from the document with this id (one without a number is reached so); its first level is read beside its root. */
    Optional<Chain> chainFrom(String id, Direction direction, int depth, int limit) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        FirstLevel early = startFirstLevel(id, direction, depth, limit);
        List<Record> roots = read(BY_ID, Map.of("id", id));
        return roots.isEmpty() ? Optional.empty() : Optional.of(walk(roots.getFirst(), direction, depth, limit, early));
    }

    /**
     * Starts reading a chain's first level from the id its root is expected to have, before the root's columns are
     * in, with the whole room for the root alone; null where the walk takes no hop (depth 0, or a chain of the root
     * alone).
     */
    private FirstLevel startFirstLevel(String rootId, Direction direction, int depth, int limit) {
        int room = clampLimit(limit) - 1;
        if (depth < 1 || room <= 0) {
            return null;
        }
        int asked = share(room, 1);
        return new FirstLevel(List.of(rootId), asked, room, levelRows(List.of(rootId), direction, asked, room));
    }

    /** A first level read early: for which documents, with which share and room, and the rows each way. */
    private record FirstLevel(List<String> part, int asked, int room, Map<Direction, CompletableFuture<HopRows>> rows) {

        /**
         * The rows, if they are the reads the walk's hop asks now (the same documents, share and room); null otherwise,
         * as when the root turned out to have another id.
         */
        Map<Direction, CompletableFuture<HopRows>> rowsIfAsked(List<String> part, int asked, int room) {
            return this.part.equals(part) && this.asked == asked && this.room == room ? rows : null;
        }
    }

    /** The next page of one document's neighbours in one direction, from a cursor of an earlier answer. */
    Optional<Chain> more(ChainCursor cursor, int limit) {
        List<Record> roots = read(BY_ID, Map.of("id", cursor.id()));
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        Walk walk = new Walk(roots.getFirst(), clampLimit(limit));
        walk.hop(List.of(cursor.id()), cursor.direction(), cursor.offset(), walk.limit - 1);
        walk.readMissingColumns();
        return Optional.of(walk.chain());
    }

    /** Walks the chain from its root's columns level by level; {@code early}, if not null, read its first level already. */
    private Chain walk(MapAccessor rootColumns, Direction direction, int depth, int limit, FirstLevel early) {
        Walk walk = new Walk(rootColumns, clampLimit(limit));
        int hops = Math.clamp(depth, 0, MAX_DEPTH);
        List<String> frontier = List.of(walk.root.id());
        // Once the chain is full, one more hop (showing nothing) still tells which documents it cut.
        for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
            List<String> level = frontier;
            // Both ways of a level are asked at once, each for the share of the room before either adds a document;
            // the later way's share then shrinks to what the earlier one left, so the answer is the one that asking
            // them in turn gives, while the second core reads the other way (a chain's reads are most of its time).
            int room = walk.room();
            int asked = share(room, level.size());
            if (asked == 0) {
                // A hop showing nothing (the chain is full) only tells which documents it cut, and their columns,
                // read with their hop or apart, counted their neighbours both ways: the most cited's depth 3, whose
                // first level fills the chain, sought its 199 documents again for them (2 statements, ~8 ms of CPU).
                walk.keepColumnsReadApart();
                ways(direction).forEach(way -> walk.cutByTotals(level, way));
                break;
            }
            // A level that fills the chain is read a part at a time, the first part as many documents as there is
            // room, and the documents it does not reach are cut by their counts: a leaf's depth 3 at 100,000 documents
            // read its third level whole, 1,453 rows for 14 documents kept (25 leaves' mean), and now 288.
            int firstPart = mostRowsDropped(level.size(), asked, room) ? Math.min(level.size(), room) : level.size();
            List<String> part = level.subList(0, firstPart);
            Map<Direction, CompletableFuture<HopRows>> rows = hop == 0 && early != null ? early.rowsIfAsked(part, asked, room) : null;
            if (rows == null) {
                rows = levelRows(part, direction, asked, room);
            }
            List<String> next = new ArrayList<>();
            for (Direction way : ways(direction)) {
                next.addAll(walk.takeLevel(level, firstPart, SideBySide.join(rows.get(way)), way,
                        share(walk.room(), level.size())));
            }
            walk.readMissingColumns();
            frontier = next;
        }
        return walk.chain();
    }

    /**
     * Starts reading a level's first part both ways (as the direction asks), each way for the share of the room before
     * either adds a document: the room as the level began, passed rather than read on the reading thread, where it
     * could race the earlier way's take.
     */
    private Map<Direction, CompletableFuture<HopRows>> levelRows(List<String> part, Direction direction, int asked, int room) {
        Map<Direction, CompletableFuture<HopRows>> rows = new EnumMap<>(Direction.class);
        for (Direction way : ways(direction)) {
            rows.put(way, SideBySide.start(() -> hopRows(part, way, 0, asked, room)));
        }
        return rows;
    }

    /**
     * One hop one way: each frontier document's total and at most {@code perNode} of its neighbours from
     * {@code skip} on, and one row more where there are more: it tells the page was cut without counting the rows.
     * The neighbours' columns come with them unless most rows would be dropped: a second statement costs the
     * server about 4 ms of CPU (Bolt, transaction, plan cache), less than reading columns for rows dropped.
     */
    private HopRows hopRows(List<String> frontier, Direction way, int skip, int perNode, int room) {
        boolean columns = !mostRowsDropped(frontier.size(), perNode, room);
        String query = way == Direction.UP ? (columns ? HOP_UP : HOP_UP_IDS) : (columns ? HOP_DOWN : HOP_DOWN_IDS);
        List<Record> read = read(query, Map.of("frontier", frontier, "skip", skip, "rows", Math.max(perNode, 0) + 1));
        return columns ? HopRows.withColumns(read.getFirst()) : new HopRows(read, Map.of());
    }

    /** A hop's rows, and the columns of the documents they reach by id where the hop read them. */
    private record HopRows(List<? extends MapAccessor> rows, Map<String, ? extends MapAccessor> columns) {

        static HopRows withColumns(Record read) {
            Map<String, Value> byId = new HashMap<>();
            for (Value columns : read.get("columns").values()) {
                byId.put(columns.get("id").asString(), columns);
            }
            return new HopRows(read.get("rows").asList(row -> row), byId);
        }
    }

    /** Whether a hop of these frontier documents, each read for {@code perNode} neighbours and one row more, keeps under half its rows. */
    private static boolean mostRowsDropped(int frontierSize, int perNode, int room) {
        return (long) frontierSize * (Math.max(perNode, 0) + 1) > 2L * Math.max(room, 1);
    }

    /** A frontier document's share of the room left: at least a few neighbours while there is any room, none after. */
    private static int share(int room, int frontierSize) {
        return room <= 0 ? 0 : Math.max(MIN_PER_NODE, (room + frontierSize - 1) / frontierSize);
    }

    /** One chain being walked: its documents, links and the documents whose neighbours it cut. */
    private final class Walk {

        private final ChainNode root;
        private final int limit;
        /** The chain's document ids in the order they were reached. */
        private final Set<String> ids = new LinkedHashSet<>();
        /** The documents whose columns came with their hop. */
        private final Map<String, ChainNode> nodes = new HashMap<>();
        /** How many documents each of those cites (their citers are counted in their {@link ChainNode}). */
        private final Map<String, Integer> cites = new HashMap<>();
        /** The documents whose hop read their ids only, until their columns are asked for. */
        private final List<String> missing = new ArrayList<>();
        /** The columns of those, read a level at a time beside the walk's next hop, which needs only their ids. */
        private final List<CompletableFuture<List<Record>>> columns = new ArrayList<>();
        /** The programs the chain's documents approve, each once. */
        private final Map<String, ProgramSummary> programs = new HashMap<>();
        private final Set<ChainEdge> edges = new LinkedHashSet<>();
        private final List<Chain.Truncated> truncated = new ArrayList<>();

        Walk(MapAccessor rootColumns, int limit) {
            this.root = node(rootColumns);
            this.limit = limit;
            ids.add(root.id());
            keep(rootColumns);
        }

        /** A document's columns, read with its hop, apart, or as the root's: the node, its counts, its programs. */
        private void keep(MapAccessor columns) {
            ChainNode node = node(columns);
            nodes.put(node.id(), node);
            cites.put(node.id(), columns.get("cites").asInt(0));
            for (ProgramSummary program : columns.get("programs").asList(ProgramQueries::summary)) {
                programs.putIfAbsent(program.key(), program);
            }
        }

        /**
         * A hop showing nothing, from the counts in the frontier's columns: each document with any neighbour that way
         * was cut, all its neighbours behind a cursor; the same as {@link #take} gives for the rows of such a hop.
         */
        void cutByTotals(List<String> frontier, Direction way) {
            for (String id : frontier) {
                ChainNode node = nodes.get(id);
                if (node == null) {
                    continue; // deleted since its hop: the chain leaves it out
                }
                int total = way == Direction.UP ? cites.get(id) : node.citedByCount();
                if (total > 0) {
                    truncated.add(new Chain.Truncated(id, way.name(), 0, total, new ChainCursor(id, way, 0).encode(), null));
                }
            }
        }

        int room() {
            return limit - ids.size();
        }

        /**
         * Expands the frontier one hop one way, each document at most {@code perNode} neighbours from {@code skip}
         * on (none once the chain is full); returns the documents new to the chain.
         */
        List<String> hop(List<String> frontier, Direction way, int skip, int perNode) {
            return take(hopRows(frontier, way, skip, perNode, room()), frontier, way, skip, perNode);
        }

        /**
         * Takes a level's hop one way into the chain: the rows read for its first {@code read} documents, then the
         * rest a part at a time (each twice the one before), until the chain is full; a document left unread then is
         * cut as {@link #cutByTotals} cuts it, all its neighbours that way behind a cursor. Returns the documents new
         * to the chain.
         */
        List<String> takeLevel(List<String> level, int read, HopRows firstRows, Direction way, int perNode) {
            List<String> added = take(firstRows, level.subList(0, read), way, 0, perNode);
            int part = read;
            while (read < level.size()) {
                if (room() <= 0) {
                    keepColumnsReadApart(); // the unread documents' counts
                    cutByTotals(level.subList(read, level.size()), way);
                    break;
                }
                part = Math.min(2 * part, level.size() - read);
                added.addAll(hop(level.subList(read, read + part), way, 0, perNode));
                read += part;
            }
            return added;
        }

        /**
         * Takes a hop's rows into the chain: each frontier document's first {@code perNode} rows (the rows may hold
         * more: a query's first n rows are the first n of a larger page), none once the chain is full; returns the
         * documents new to the chain. A document whose rows were not all taken was cut: the rows hold one more than
         * were asked for where there are more.
         */
        List<String> take(HopRows hop, List<String> frontier, Direction way, int skip, int perNode) {
            List<String> added = new ArrayList<>();
            Map<String, Set<String>> shown = new LinkedHashMap<>();
            Map<String, Integer> totals = new LinkedHashMap<>();
            Map<String, Integer> rowsFound = new LinkedHashMap<>();
            Map<String, Integer> rowsTaken = new LinkedHashMap<>();
            Set<String> full = new HashSet<>();
            // Asking for none still gives each frontier document's total, and a row if it has any, to report it as cut.
            for (MapAccessor r : hop.rows()) {
                String from = r.get("frontier").asString();
                totals.put(from, r.get("total").asInt(0));
                if (r.get("id").isNull()) {
                    continue; // no neighbour on this page
                }
                rowsFound.merge(from, 1, Integer::sum);
                if (full.contains(from) || rowsTaken.getOrDefault(from, 0) >= perNode) {
                    continue; // this document's page already ended, or its share is taken
                }
                String neighbour = r.get("id").asString();
                if (!ids.contains(neighbour) && ids.size() >= limit) {
                    full.add(from); // the rest of its rows wait for its cursor, in order
                    continue;
                }
                if (ids.add(neighbour)) {
                    added.add(neighbour);
                    MapAccessor columns = hop.columns().get(neighbour);
                    if (columns != null) { // the hop read its columns
                        keep(columns);
                    } else {
                        missing.add(neighbour);
                    }
                }
                edges.add(new ChainEdge(r.get("from").asString(), r.get("to").asString(), r.get("relation").asString()));
                shown.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(neighbour);
                rowsTaken.merge(from, 1, Integer::sum);
            }
            for (String id : frontier) {
                int taken = rowsTaken.getOrDefault(id, 0);
                if (rowsFound.getOrDefault(id, 0) > taken) {
                    truncated.add(new Chain.Truncated(id, way.name(), shown.getOrDefault(id, Set.of()).size(),
                            totals.getOrDefault(id, 0), new ChainCursor(id, way, skip + taken).encode(), null));
                }
            }
            return added;
        }

        /** Starts reading the columns the hops so far did not read; the walk goes on with their ids meanwhile. */
        void readMissingColumns() {
            if (!missing.isEmpty()) {
                List<String> reading = List.copyOf(missing);
                missing.clear();
                columns.add(SideBySide.start(() -> read(NODES, Map.of("ids", reading))));
            }
        }

        /** Waits for the columns read apart so far, and keeps them. */
        void keepColumnsReadApart() {
            for (CompletableFuture<List<Record>> level : columns) {
                SideBySide.join(level).forEach(this::keep);
            }
            columns.clear();
        }

        Chain chain() {
            keepColumnsReadApart();
            // In the order the walk reached them; a document deleted since its hop is left out with its links.
            List<ChainNode> ordered = ids.stream().map(nodes::get).filter(Objects::nonNull).toList();
            List<ChainEdge> linked = edges.stream()
                    .filter(e -> nodes.containsKey(e.from()) && nodes.containsKey(e.to())).toList();
            return new Chain(root, ordered, linked, programs.values().stream().sorted(BY_PERIOD).toList(), limit, truncated);
        }
    }

    /** What a document cites, grouped by relation, issuer and year: for a document whose basis was cut. */
    Chain.Groups citedGroups(String id) {
        return groups(CITED_GROUPS, id);
    }

    /** Who cites a document, grouped by relation, issuer and year, counted in the graph. */
    Chain.Groups citerGroups(String id) {
        return groups(CITER_GROUPS, id);
    }

    private Chain.Groups groups(String query, String id) {
        Map<String, Integer> byRelation = new LinkedHashMap<>();
        Map<String, Integer> byIssuer = new LinkedHashMap<>();
        Map<String, Integer> byYear = new LinkedHashMap<>();
        for (Record r : read(query, Map.of("id", id))) {
            int n = r.get("n").asInt();
            byRelation.merge(r.get("relation").asString(), n, Integer::sum);
            byIssuer.merge(r.get("issuer").asString("?"), n, Integer::sum);
            byYear.merge(r.get("year").isNull() ? "?" : String.valueOf(r.get("year").asInt()), n, Integer::sum);
        }
        return Chain.Groups.of(byRelation, byIssuer, byYear);
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

    static int clampLimit(int limit) {
        return Math.clamp(limit, 1, MAX_LIMIT);
    }

    private static List<Direction> ways(Direction direction) {
        return switch (direction) {
            case UP -> List.of(Direction.UP);
            case DOWN -> List.of(Direction.DOWN);
            case BOTH -> List.of(Direction.UP, Direction.DOWN);
        };
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return GraphReads.records(driver, query, parameters);
    }

    private static ChainNode node(MapAccessor r) {
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
