package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Where programs without a period's start sort: after every year, as nulls do. */
    static final int NO_YEAR = 10_000;

    /**
     * A page of programs, earliest period first, then by key, after a given one: only the page's programs are written
     * out (their decisions and neighbours looked up); the others are read for the two values they sort by.
     */
    private static final String PAGE = """
            MATCH (p:Program)
            WITH p, coalesce(p.fromYear, %1$d) AS year
            WHERE $afterKey IS NULL OR year > $afterYear OR (year = $afterYear AND p.key > $afterKey)
            WITH p ORDER BY year, p.key LIMIT $limit
            """.formatted(NO_YEAR) + ROWS + "ORDER BY coalesce(fromYear, %d), key\n".formatted(NO_YEAR);

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

    /**
     * The first {@code $limit} documents carrying the program out, by date of issue (undated last), then id, and how
     * many there are: those naming it, read here (a program is named by a few documents in a thousand), and those
     * citing its approving decision, which a national program's decision has by the hundred thousand: only the first
     * of them by date are given ({@code $citers}, the search index's), and they are counted from the decision's
     * kept count of citers. A document both naming the program and citing the decision is counted once; the approving
     * decision itself carries out nothing. Exact for a program with one approving decision (its key is that
     * decision's number); a document citing two decisions of one program would count twice.
     */
    private static final String IMPLEMENTED_BY = """
            MATCH (p:Program {key: $key})
            WITH p, COLLECT { MATCH (a:Document)-[:APPROVES]->(p) RETURN a } AS approvers
            WITH p, approvers,
                 COLLECT { MATCH (d:Document)-[:MENTIONS]->(p) WHERE NOT d IN approvers
                           RETURN d ORDER BY d.issuedDate, d.id LIMIT $limit }
                 + COLLECT { UNWIND $citers AS cid MATCH (d:Document {id: cid}) WHERE NOT d IN approvers RETURN d } AS firsts,
                 COUNT { MATCH (d:Document)-[:MENTIONS]->(p) WHERE NOT d IN approvers } AS naming,
                 COUNT { MATCH (d:Document)-[:MENTIONS]->(p)
                         WHERE NOT d IN approvers AND EXISTS { MATCH (d)-->(a:Document) WHERE a IN approvers } } AS namingAndCiting
            CALL (approvers) {
              UNWIND approvers AS a
              RETURN coalesce(sum(%s), 0) AS citing
            }
            RETURN naming + citing - namingAndCiting AS total,
                   COLLECT { UNWIND firsts AS d WITH DISTINCT d ORDER BY d.issuedDate, d.id LIMIT $limit
                             RETURN d {.id, .number, .title, stub: coalesce(d.stub, false)} } AS firsts
            """.formatted(ChainQueries.citerCount("a"));

    /**
     * The documents naming or approving a program, and its approving decisions; not the documents citing those, which
     * a national program's decision has by the hundred thousand (the task index finds them by what they cite).
     */
    private static final String DOCUMENTS_OF_PROGRAM = """
            MATCH (p:Program {key: $key})
            RETURN COLLECT { MATCH (d:Document)-[:MENTIONS|APPROVES]->(p) RETURN DISTINCT d.id } AS naming,
                   COLLECT { MATCH (a:Document)-[:APPROVES]->(p) RETURN DISTINCT a.id } AS approvers
            """;

    private final Driver driver;

    ProgramQueries(Driver driver) {
        this.driver = driver;
    }

    /** At most {@code limit} programs after the one with this period start and key (both null: from the first). */
    List<ProgramSummary> page(Integer afterYear, String afterKey, int limit) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("afterYear", afterYear);
        parameters.put("afterKey", afterKey);
        parameters.put("limit", limit);
        return read(PAGE, parameters).stream().map(ProgramQueries::summary).toList();
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

    /** Its lineage, and the first {@code limit} documents carrying it out ({@link #IMPLEMENTED_BY}). */
    ProgramLineage lineage(ProgramSummary program, List<String> approverCiters, int limit) {
        Record r = read(LINEAGE, Map.of("key", program.key())).getFirst();
        Record implementers = read(IMPLEMENTED_BY, Map.of("key", program.key(), "citers", approverCiters, "limit", limit)).getFirst();
        List<DocumentRef> firsts = implementers.get("firsts").asList(d -> new DocumentRef(d.get("id").asString(),
                d.get("number").asString(null), d.get("title").asString(null), d.get("stub").asBoolean(false)));
        return new ProgramLineage(program, r.get("predecessors").asList(ProgramQueries::ref),
                r.get("successors").asList(ProgramQueries::ref), firsts, implementers.get("total").asInt());
    }

    List<ProgramSummary> approvedByAny(List<String> documentIds) {
        return read(APPROVED_BY_ANY, Map.of("ids", documentIds)).stream().map(ProgramQueries::summary).toList();
    }

    ProgramDocuments documentsOf(String key) {
        return read(DOCUMENTS_OF_PROGRAM, Map.of("key", key)).stream().findFirst()
                .map(r -> new ProgramDocuments(Set.copyOf(r.get("naming").asList(Value::asString)),
                        Set.copyOf(r.get("approvers").asList(Value::asString))))
                .orElse(new ProgramDocuments(Set.of(), Set.of()));
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
