package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.DocumentRef;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.ProgramSummary;

/** Programs, their lineage through SUCCEEDS, their approving decisions and the documents that belong to them. */
final class ProgramQueries {

    /** A SUCCEEDS chain longer than this is a data error, not a lineage. */
    private static final int MAX_LINEAGE = 20;

    /** A program node {@code q} as a reference: its key, name, period and the number of the decision approving it. */
    private static final String REF = """
            {.key, .name, .fromYear, .toYear,
             approvedByNumber: head(COLLECT { MATCH (b:Document)-[:APPROVES]->(%1$s) RETURN b.number ORDER BY b.number })}""";

    /**
     * Each program {@code p} as a row. The first predecessor and successor are picked as nodes and only then
     * written as references: a program that many later ones name as their predecessor (one national program
     * renewed by decision after decision) would otherwise have every one of them written out, each with its
     * approving decision looked up, to keep one.
     */
    static final String NEIGHBOURS = """
            WITH p, head(COLLECT { MATCH (p)-[:SUCCEEDS]->(q:Program) RETURN q ORDER BY q.fromYear, q.key }) AS before,
                 head(COLLECT { MATCH (q:Program)-[:SUCCEEDS]->(p) RETURN q ORDER BY q.fromYear, q.key }) AS after
            """;

    /** Each program {@code p} with its first predecessor {@code before} and successor {@code after} ({@link #NEIGHBOURS}). */
    static final Columns PROGRAM = Columns.of("key", "p.key", "name", "p.name", "shortName", "p.shortName", "kind", "p.kind",
            "fromYear", "p.fromYear", "toYear", "p.toYear", "stub", "coalesce(p.stub, false)",
            "approvedBy", "head(COLLECT { MATCH (a:Document)-[:APPROVES]->(p) RETURN a {.id, .number, .title, .stub} ORDER BY a.id })",
            "succeeds", "before " + REF.formatted("before"),
            "succeededBy", "after " + REF.formatted("after"));

    private static final String ROWS = NEIGHBOURS + PROGRAM.returned();

    /** The programs {@code p} a document {@code d} names, approves or carries out (citing the approving decision). */
    static final String PROGRAMS_OF_DOCUMENT = """
            CALL (d) {
              MATCH (d)-[:MENTIONS|APPROVES]->(p:Program) RETURN p
              UNION
              MATCH (d)-->(:Document)-[:APPROVES]->(p:Program) RETURN p
            }
            WITH DISTINCT p
            """;

    private static final String ALL = "MATCH (p:Program)\n" + ROWS + "ORDER BY fromYear, key\n";

    private static final String BY_KEY = "MATCH (p:Program {key: $key})\n" + ROWS;

    /** "1322/QĐ-TTg" finds the program that decision approves. */
    private static final String BY_APPROVER = """
            MATCH (:Document {numberKey: $key})-[:APPROVES]->(p:Program)
            """ + ROWS + "ORDER BY fromYear, key\n";

    /**
     * Only documents marked as approving a program ({@link EntityCypher#APPROVE_PROGRAMS}) are expanded: a chain's 200
     * documents each read all their relationships to find none, half the graph's work of a chain at 100,000 documents.
     * A mark left on a document that no longer approves one only costs its expansion.
     */
    private static final String APPROVED_BY_ANY = """
            UNWIND $ids AS did
            MATCH (d:Document {id: did})
            WHERE d.approvesProgram
            MATCH (d)-[:APPROVES]->(p:Program)
            WITH DISTINCT p
            """ + ROWS + "ORDER BY fromYear, key\n";

    private static final String LINEAGE = """
            MATCH (p:Program {key: $key})
            RETURN COLLECT { MATCH path = (p)-[:SUCCEEDS*1..%2$d]->(q:Program)
                             WITH q, min(length(path)) AS hops ORDER BY hops RETURN q %1$s } AS predecessors,
                   COLLECT { MATCH path = (q:Program)-[:SUCCEEDS*1..%2$d]->(p)
                             WITH q, min(length(path)) AS hops ORDER BY hops RETURN q %1$s } AS successors
            """.formatted(REF.formatted("q"), MAX_LINEAGE);

    /** Naming the program, or citing the decision that approves it; the approving decision itself is not one. */
    private static final String IMPLEMENTED_BY = """
            MATCH (p:Program {key: $key})
            CALL (p) {
              MATCH (d:Document)-[:MENTIONS]->(p) RETURN d
              UNION
              MATCH (d:Document)-->(:Document)-[:APPROVES]->(p) RETURN d
            }
            WITH p, d WHERE NOT EXISTS { (d)-[:APPROVES]->(p) }
            RETURN DISTINCT d.id AS id, d.number AS number, d.title AS title, d.stub AS stub, d.issuedDate AS issued
            ORDER BY issued, id
            """;

    private static final String DOCUMENTS_OF_PROGRAM = """
            MATCH (p:Program {key: $key})
            CALL (p) {
              MATCH (d:Document)-[:MENTIONS|APPROVES]->(p) RETURN d
              UNION
              MATCH (d:Document)-->(:Document)-[:APPROVES]->(p) RETURN d
            }
            RETURN DISTINCT d.id AS id
            """;

    private final Driver driver;

    ProgramQueries(Driver driver) {
        this.driver = driver;
    }

    List<ProgramSummary> all() {
        return read(ALL, Map.of()).stream().map(ProgramQueries::summary).toList();
    }

    /** By key, else by the number of the decision that approves it. */
    Optional<ProgramSummary> find(String keyOrNumber) {
        Optional<ProgramSummary> byKey = read(BY_KEY, Map.of("key", keyOrNumber)).stream().findFirst().map(ProgramQueries::summary);
        if (byKey.isPresent()) {
            return byKey;
        }
        String numberKey = DocumentNumbers.key(keyOrNumber);
        Optional<ProgramSummary> byFoldedKey = read(BY_KEY, Map.of("key", numberKey)).stream().findFirst().map(ProgramQueries::summary);
        if (byFoldedKey.isPresent()) {
            return byFoldedKey;
        }
        return read(BY_APPROVER, Map.of("key", numberKey)).stream().findFirst().map(ProgramQueries::summary);
    }

    Optional<ProgramLineage> lineage(String keyOrNumber) {
        return find(keyOrNumber).map(program -> {
            Record r = read(LINEAGE, Map.of("key", program.key())).getFirst();
            List<DocumentRef> implementers = read(IMPLEMENTED_BY, Map.of("key", program.key())).stream()
                    .map(d -> new DocumentRef(d.get("id").asString(), d.get("number").asString(null),
                            d.get("title").asString(null), d.get("stub").asBoolean(false)))
                    .toList();
            return new ProgramLineage(program, r.get("predecessors").asList(ProgramQueries::ref),
                    r.get("successors").asList(ProgramQueries::ref), implementers);
        });
    }

    List<ProgramSummary> approvedByAny(List<String> documentIds) {
        return read(APPROVED_BY_ANY, Map.of("ids", documentIds)).stream().map(ProgramQueries::summary).toList();
    }

    java.util.Set<String> documentsOf(String key) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        read(DOCUMENTS_OF_PROGRAM, Map.of("key", key)).forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return GraphReads.records(driver, query, parameters);
    }

    /** A row or map of the {@link #PROGRAM} columns. */
    static ProgramSummary summary(MapAccessor r) {
        Value approver = r.get("approvedBy");
        DocumentRef approvedBy = approver.isNull() ? null : new DocumentRef(approver.get("id").asString(),
                approver.get("number").asString(null), approver.get("title").asString(null), approver.get("stub").asBoolean(false));
        return new ProgramSummary(r.get("key").asString(), r.get("name").asString(null), r.get("shortName").asString(null),
                r.get("kind").asString(null), integer(r.get("fromYear")), integer(r.get("toYear")), approvedBy,
                r.get("succeeds").isNull() ? null : ref(r.get("succeeds")),
                r.get("succeededBy").isNull() ? null : ref(r.get("succeededBy")),
                r.get("stub").asBoolean(false));
    }

    private static ProgramRef ref(Value v) {
        return new ProgramRef(v.get("key").asString(), v.get("name").asString(null), integer(v.get("fromYear")),
                integer(v.get("toYear")), v.get("approvedByNumber").asString(null));
    }

    private static Integer integer(Value v) {
        return v == null || v.isNull() ? null : v.asInt();
    }
}
