package vn.vbtrace.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import vn.vbtrace.document.DocumentNumbers;

/**
 * The evidence the draft check weighs for one cited document, aggregated in the database: counts, the dates
 * citers give with how many give each, and a few examples. A document cited by 5,000 others costs one pass
 * over its incoming relationships, and the answer stays the same size.
 */
final class EvidenceQueries {

    static final int MAX_DATES = 10;
    static final int MAX_EXAMPLES = 5;

    private static final String EVIDENCE = """
            RETURN d {.id, .number, .type, .issuer, .issuedDate, .title, .stub, .catalog, .catalogNumber, .catalogType,
                      .catalogIssuer, .catalogIssuedDate, .catalogEffectiveDate, .catalogExpiryDate, .catalogStatus,
                      .catalogTitle, .catalogSource} AS doc,
                   COUNT { MATCH (c:Document)-->(d) WHERE c.stub = false RETURN DISTINCT c } AS citers,
                   COLLECT { MATCH (c:Document)-[r]->(d) WHERE c.stub = false AND r.date IS NOT NULL
                             WITH r.date AS date, count(DISTINCT c) AS n
                             RETURN {date: date, n: n} ORDER BY n DESC, date LIMIT %d } AS dates,
                   COLLECT { MATCH (c:Document)-[r]->(d) WHERE c.stub = false
                             WITH c, r ORDER BY r.start
                             WITH c, head(collect(r)) AS m
                             RETURN {id: c.id, number: c.number, date: m.date, quote: m.text}
                             ORDER BY CASE WHEN m.date = $date THEN 1 ELSE 0 END, c.issuedDate DESC, c.id
                             LIMIT %d } AS examples
            """.formatted(MAX_DATES, MAX_EXAMPLES);

    /** Held first: a file and a stub with one number key are one document, and the file is what counts. */
    private static final String BY_NUMBER_KEY = """
            MATCH (d:Document {numberKey: $key})
            WITH d ORDER BY d.stub, d.id LIMIT 1
            """ + EVIDENCE;

    private static final String BY_ID = "MATCH (d:Document {id: $id})\n" + EVIDENCE;

    /** Catalog records of a law named by its title, the one of the asked date first, then the newest. */
    private static final String CATALOG_BY_TITLE = """
            MATCH (d:Document {catalogTitleKey: $titleKey})
            WITH d ORDER BY CASE WHEN d.catalogIssuedDate = $date THEN 0 ELSE 1 END, d.catalogIssuedDate DESC LIMIT $limit
            """ + EVIDENCE;

    private final Driver driver;

    EvidenceQueries(Driver driver) {
        this.driver = driver;
    }

    Optional<CitationEvidence> byNumber(String number, LocalDate date) {
        String key = DocumentNumbers.key(number);
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return read(BY_NUMBER_KEY, params("key", key, date)).stream().findFirst().map(EvidenceQueries::evidence);
    }

    Optional<CitationEvidence> byId(String id, LocalDate date) {
        return read(BY_ID, params("id", id, date)).stream().findFirst().map(EvidenceQueries::evidence);
    }

    /** Catalog records whose title is this one (several versions of a law share a title), best first. */
    List<CitationEvidence> catalogByTitle(String titleKey, LocalDate date, int limit) {
        Map<String, Object> p = params("titleKey", titleKey, date);
        p.put("limit", limit);
        return read(CATALOG_BY_TITLE, p).stream().map(EvidenceQueries::evidence).toList();
    }

    private static Map<String, Object> params(String name, Object value, LocalDate date) {
        Map<String, Object> p = new HashMap<>();
        p.put(name, value);
        p.put("date", date);
        return p;
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters).withConfig(DocumentQueries.READ).execute().records();
    }

    private static CitationEvidence evidence(Record r) {
        Value d = r.get("doc");
        CatalogEntry catalog = d.get("catalog").asBoolean(false) ? new CatalogEntry(
                d.get("catalogNumber").asString(null), d.get("catalogType").asString(null), d.get("catalogIssuer").asString(null),
                DocumentQueries.date(d.get("catalogIssuedDate")), DocumentQueries.date(d.get("catalogEffectiveDate")),
                DocumentQueries.date(d.get("catalogExpiryDate")), d.get("catalogStatus").asString(null),
                d.get("catalogTitle").asString(null), d.get("catalogSource").asString(null)) : null;
        List<CitationEvidence.DateCount> dates = r.get("dates").asList(v -> new CitationEvidence.DateCount(
                v.get("date").asLocalDate(), v.get("n").asInt()));
        List<CitationEvidence.Example> examples = r.get("examples").asList(v -> new CitationEvidence.Example(
                v.get("id").asString(), v.get("number").asString(null), DocumentQueries.date(v.get("date")),
                v.get("quote").asString(null)));
        return new CitationEvidence(d.get("id").asString(), d.get("number").asString(null), d.get("type").asString(null),
                d.get("issuer").asString(null), DocumentQueries.date(d.get("issuedDate")), d.get("title").asString(null),
                d.get("stub").asBoolean(false), catalog, r.get("citers").asInt(), dates, examples);
    }
}
