package vn.vbtrace.graph;

import vn.vbtrace.document.DocumentSummary;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * What the home page counts and lists. Every count is of a whole label (Neo4j answers those from its
 * count store, in constant time); the latest documents come from the issue-date index in date order
 * (graph-schema V005), so neither grows with the repository.
 */
final class OverviewQueries {

    private static final String COUNTS = """
            CALL () { MATCH (d:Document) RETURN count(d) AS documents }
            CALL () { MATCH (b:Body) RETURN count(b) AS bodies }
            CALL () { MATCH (t:Task) RETURN count(t) AS tasks }
            CALL () { MATCH (p:Program) RETURN count(p) AS programs }
            RETURN documents, bodies, tasks, programs
            """;

    /** Held documents only; a stub's date is only what a citation says. */
    private static final String LATEST = """
            MATCH (d:Document)
            WHERE d.issuedDate IS NOT NULL AND d.stub = false
            RETURN d.id AS id, d.number AS number, d.type AS type, d.issuer AS issuer, d.issuedDate AS issuedDate,
                   d.title AS title
            ORDER BY d.issuedDate DESC, d.id
            LIMIT $limit
            """;

    private final Driver driver;

    OverviewQueries(Driver driver) {
        this.driver = driver;
    }

    /** Graph nodes by label: documents (held and cited-only), bodies, tasks and programs (with those only named). */
    record Counts(long documents, long bodies, long tasks, long programs) {
    }

    Counts counts() {
        Record r = read(COUNTS, Map.of()).getFirst();
        return new Counts(r.get("documents").asLong(), r.get("bodies").asLong(), r.get("tasks").asLong(),
                r.get("programs").asLong());
    }

    List<DocumentSummary> latest(int limit) {
        return read(LATEST, Map.of("limit", limit)).stream().map(r -> new DocumentSummary(
                r.get("id").asString(),
                r.get("number").asString(null),
                r.get("type").asString(null),
                r.get("issuer").asString(null),
                DocumentQueries.date(r.get("issuedDate")),
                r.get("title").asString(null))).toList();
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return GraphReads.records(driver, query, parameters);
    }
}
