package vn.vbtrace.graph;

import vn.vbtrace.document.BodyProfile;
import vn.vbtrace.document.BodyRef;
import vn.vbtrace.document.DocumentSummary;
import vn.vbtrace.document.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A body as its page shows it: where it sits (province, parent, its own parts), the duties documents give
 * it and the documents addressed to it. Bodies are found on their key (the unique constraint's index); the
 * lists are bounded and come with their full counts.
 */
final class BodyQueries {

    /** The body itself, or, for a name given without its province, the same name in each province. */
    private static final String FIND = """
            MATCH (b:Body)
            WHERE b.key = $key OR b.key STARTS WITH $key + ' tinh '
            RETURN b.key AS key, b.name AS name, b.province AS province
            ORDER BY CASE WHEN b.key = $key THEN 0 ELSE 1 END, b.province, b.key
            LIMIT 100
            """;

    private static final String PLACE = """
            MATCH (b:Body {key: $key})
            RETURN b.key AS key, b.name AS name, b.province AS province,
                   head(COLLECT { MATCH (b)-[:PART_OF]->(p:Body) RETURN {key: p.key, name: p.name, province: p.province} }) AS parent,
                   COLLECT { MATCH (c:Body)-[:PART_OF]->(b) RETURN {key: c.key, name: c.name, province: c.province} ORDER BY c.name LIMIT 50 } AS parts,
                   COUNT { (b)-[:RESPONSIBLE_FOR]->(:Task) } AS duties,
                   COUNT { (:Document)-[:ADDRESSED_TO]->(b) } AS addressed
            """;

    /** The newest documents first: what staff are most likely to be asked about. */
    private static final String DUTIES = """
            MATCH (b:Body {key: $key})-[r:RESPONSIBLE_FOR]->(t:Task)<-[:ASSIGNS]-(d:Document)
            RETURN r.role AS role, t.text AS task, t.deadline AS deadline, t.start AS start, t.end AS end,
                   d.id AS id, d.number AS number, d.type AS type, d.issuer AS issuer, d.issuedDate AS issuedDate, d.title AS title
            ORDER BY d.issuedDate DESC, d.id, t.start
            LIMIT $limit
            """;

    private static final String ADDRESSED = """
            MATCH (d:Document)-[a:ADDRESSED_TO]->(b:Body {key: $key})
            RETURN a.as AS as, d.id AS id, d.number AS number, d.type AS type, d.issuer AS issuer,
                   d.issuedDate AS issuedDate, d.title AS title
            ORDER BY d.issuedDate DESC, d.id
            LIMIT $limit
            """;

    private final Driver driver;

    BodyQueries(Driver driver) {
        this.driver = driver;
    }

    List<BodyRef> find(String key) {
        return read(FIND, Map.of("key", key)).stream().map(BodyQueries::ref).toList();
    }

    Optional<BodyProfile> profile(String key, int limit) {
        List<Record> found = read(PLACE, Map.of("key", key));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Record r = found.getFirst();
        BodyRef parent = r.get("parent").isNull() ? null : ref(r.get("parent").asMap());
        List<BodyRef> parts = r.get("parts").asList(v -> ref(v.asMap()));
        List<BodyProfile.Duty> duties = read(DUTIES, Map.of("key", key, "limit", limit)).stream()
                .map(d -> new BodyProfile.Duty(Role.fromName(d.get("role").asString(null)), d.get("task").asString(null),
                        d.get("deadline").asString(null), d.get("start").asInt(0), d.get("end").asInt(0), summary(d)))
                .toList();
        List<BodyProfile.Addressed> addressed = read(ADDRESSED, Map.of("key", key, "limit", limit)).stream()
                .map(d -> new BodyProfile.Addressed(d.get("as").asString(null), summary(d)))
                .toList();
        return Optional.of(new BodyProfile(ref(r), parent, parts, r.get("duties").asInt(), duties,
                r.get("addressed").asInt(), addressed));
    }

    private static DocumentSummary summary(Record d) {
        return new DocumentSummary(d.get("id").asString(), d.get("number").asString(null), d.get("type").asString(null),
                d.get("issuer").asString(null), DocumentQueries.date(d.get("issuedDate")), d.get("title").asString(null));
    }

    private static BodyRef ref(Record r) {
        return new BodyRef(r.get("key").asString(), r.get("name").asString(null), r.get("province").asString(null));
    }

    private static BodyRef ref(Map<String, Object> m) {
        return new BodyRef((String) m.get("key"), (String) m.get("name"), (String) m.get("province"));
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return GraphReads.records(driver, query, parameters);
    }
}
