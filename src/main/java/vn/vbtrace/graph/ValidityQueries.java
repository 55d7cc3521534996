package vn.vbtrace.graph;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.Relation.ValidityEffect;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.StaffStatus;

/**
 * Staff status records and the facts a document's validity is derived from, read in one query so the
 * status comes from the graph alone (the same against a remote server as embedded).
 */
final class ValidityQueries {

    private static final String STAFF = """
            {.status, .note, .setBy, .setAt, .sequence}""";

    /**
     * The facts of one document {@code d}; the latest replacing/ending document counts: the newest issue date. Which
     * relationship types replace and which end a document is {@link Relation#validityEffect()}'s to say; the type
     * lists are made of declared names only (a relationship type cannot be a parameter). The program with the latest
     * end year is picked from the maps of all the programs (those without an end year left out after ordering): a
     * subquery filtering and ordering by p.toYear itself was refused by the planner checking itself under -ea
     * ("p.toYear should not appear non-cached", phase insertCachedProperties) with the statistics of a new graph right
     * after a first large batch, and the batch was stored without its statuses.
     */
    static final Columns FACTS = Columns.of("id", "d.id", "number", "d.number", "stub", "coalesce(d.stub, false)",
            "portalStatus", "d.portalStatus", "effectText", "d.effectText", "effectiveDate", "d.effectiveDate",
            "effectEndDate", "d.effectEndDate",
            "catalog", """
                    CASE WHEN d.catalog THEN {status: d.catalogStatus, effectiveDate: d.catalogEffectiveDate,
                            expiryDate: d.catalogExpiryDate, source: d.catalogSource} END""",
            "staff", "head(COLLECT { MATCH (s:StatusRecord)-[:STATUS_OF]->(d) RETURN s %s ORDER BY s.sequence DESC })".formatted(STAFF),
            "replacedBy", latest(ValidityEffect.REPLACES),
            "repealedBy", latest(ValidityEffect.ENDS),
            "program", """
                    head([x IN COLLECT { MATCH (d)-[:APPROVES]->(p:Program)
                                         RETURN {key: p.key, name: p.name, fromYear: p.fromYear, toYear: p.toYear} AS x
                                         ORDER BY x.toYear DESC }
                          WHERE x.toYear IS NOT NULL])""");

    private static final String FACTS_OF_ONE = "MATCH (d:Document {id: $id})\n" + FACTS.returned();

    /** {@link #FACTS_OF_ONE} of many documents at once. */
    static final String FACTS_OF_MANY = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            """ + FACTS.returned();

    /**
     * Documents whose status the calendar may have changed between two days: one that took effect, one whose
     * effect ended, one approving a program whose period ended, one whose national
     * catalog record's dates passed. Through the date indexes (graph-schema V006), so a start-up finds the few
     * that changed without looking at every document.
     */
    private static final String CHANGED_BY_CALENDAR = """
            MATCH (d:Document) WHERE d.effectiveDate > $since AND d.effectiveDate <= $today RETURN d.id AS id
            UNION
            MATCH (d:Document) WHERE d.effectEndDate >= $since AND d.effectEndDate < $today RETURN d.id AS id
            UNION
            MATCH (d:Document)-[:APPROVES]->(p:Program) WHERE p.toYear >= $sinceYear AND p.toYear < $todayYear RETURN d.id AS id
            UNION
            MATCH (d:Document) WHERE d.catalogEffectiveDate > $since AND d.catalogEffectiveDate <= $today RETURN d.id AS id
            UNION
            MATCH (d:Document) WHERE d.catalogExpiryDate >= $since AND d.catalogExpiryDate < $today RETURN d.id AS id
            """;

    /** The next record in the document's history; the id constraint turns a racing duplicate into an error. */
    private static final String RECORD = """
            MATCH (d:Document {id: $id})
            WITH d, COUNT { (:StatusRecord)-[:STATUS_OF]->(d) } AS n
            CREATE (s:StatusRecord {id: d.id + ':' + toString(n + 1), sequence: n + 1, status: $status,
                                    note: $note, setBy: $setBy, setAt: $setAt})
            CREATE (s)-[:STATUS_OF]->(d)
            RETURN s %s AS staff
            """.formatted(STAFF);

    private static final String HISTORY = """
            MATCH (s:StatusRecord)-[:STATUS_OF]->(:Document {id: $id})
            RETURN s %s AS staff
            ORDER BY s.sequence DESC
            """.formatted(STAFF);

    /** The newest document whose relation to {@code d} has this effect, with the quote that says so. */
    private static String latest(ValidityEffect effect) {
        return """
                head(COLLECT { MATCH (r:Document)-[x:%s]->(d)
                               RETURN {id: r.id, number: r.number, quote: x.text, source: x.source, relation: type(x)}
                               ORDER BY r.issuedDate DESC, r.id })""".formatted(Relation.graphTypeAlternation(effect));
    }

    private final Driver driver;

    ValidityQueries(Driver driver) {
        this.driver = driver;
    }

    Optional<ValidityFacts> facts(String documentId) {
        return read(FACTS_OF_ONE, Map.of("id", documentId)).stream().findFirst().map(ValidityQueries::facts);
    }

    /** The facts of each of these documents that exists, by id (one round trip). */
    Map<String, ValidityFacts> facts(Collection<String> documentIds) {
        Map<String, ValidityFacts> facts = new HashMap<>();
        if (!documentIds.isEmpty()) {
            for (Record r : read(FACTS_OF_MANY, Map.of("ids", List.copyOf(new LinkedHashSet<>(documentIds))))) {
                facts.put(r.get("id").asString(), facts(r));
            }
        }
        return facts;
    }

    /** Ids of the documents whose status may have changed with the calendar after {@code since}, up to {@code today}. */
    java.util.Set<String> changedByCalendar(java.time.LocalDate since, java.time.LocalDate today) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        read(CHANGED_BY_CALENDAR, Map.of("since", since, "today", today, "sinceYear", since.getYear(),
                "todayYear", today.getYear())).forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    /** A row or map of the {@link #FACTS} columns. */
    static ValidityFacts facts(MapAccessor r) {
        return new ValidityFacts(
                r.get("id").asString(),
                r.get("number").asString(null),
                r.get("stub").asBoolean(false),
                staff(r.get("staff")),
                change(r.get("replacedBy")),
                change(r.get("repealedBy")),
                r.get("portalStatus").asString(null),
                r.get("effectText").asString(null),
                DocumentQueries.date(r.get("effectiveDate")),
                DocumentQueries.date(r.get("effectEndDate")),
                program(r.get("program")),
                catalog(r.get("catalog")));
    }

    /** Empty when no document or stub has this id. */
    Optional<StaffStatus> record(String documentId, String status, String note, String setBy, Instant setAt) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", documentId);
        p.put("status", status);
        p.put("note", note);
        p.put("setBy", setBy);
        p.put("setAt", setAt.atOffset(ZoneOffset.UTC));
        return driver.executableQuery(RECORD).withParameters(p).execute().records().stream()
                .findFirst().map(r -> staff(r.get("staff")));
    }

    List<StaffStatus> history(String documentId) {
        return read(HISTORY, Map.of("id", documentId)).stream().map(r -> staff(r.get("staff"))).toList();
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return GraphReads.records(driver, query, parameters);
    }

    private static StaffStatus staff(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new StaffStatus(v.get("status").asString(), v.get("note").asString(null), v.get("setBy").asString(null),
                v.get("setAt").isNull() ? null : v.get("setAt").asZonedDateTime().toInstant(), v.get("sequence").asInt());
    }

    private static ValidityFacts.Change change(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new ValidityFacts.Change(v.get("id").asString(), v.get("number").asString(null), v.get("quote").asString(null),
                v.get("source").asString(null), Relation.ofGraphType(v.get("relation").asString(null)).orElse(null));
    }

    private static ValidityFacts.CatalogStatus catalog(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new ValidityFacts.CatalogStatus(v.get("status").asString(null), DocumentQueries.date(v.get("effectiveDate")),
                DocumentQueries.date(v.get("expiryDate")), v.get("source").asString(null));
    }

    private static ProgramRef program(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new ProgramRef(v.get("key").asString(), v.get("name").asString(null),
                v.get("fromYear").isNull() ? null : v.get("fromYear").asInt(), v.get("toYear").asInt(), null);
    }
}
