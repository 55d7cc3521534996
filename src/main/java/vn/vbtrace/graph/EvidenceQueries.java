package vn.vbtrace.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import vn.vbtrace.document.DocumentNumbers;

/**
 * The evidence the draft check weighs for a cited document, aggregated in the database: counts, the dates
 * citers give with how many give each, and a few examples. A document cited by 5,000 others costs one pass
 * over its incoming relationships, and the answer stays the same size; a draft's citations go in one query.
 */
final class EvidenceQueries {

    static final int MAX_DATES = 10;
    static final int MAX_EXAMPLES = 5;

    /**
     * One pass over the cited document's incoming relationships, whatever their number: each held citer once, with its
     * first mention (by position) and the distinct dates its mentions give; then, in the database, the count of citers,
     * how many give each date, and a few examples (those dating it otherwise than the asked date first). Each citer's
     * properties are read once, its mention's words only for the examples returned. {@code %1$s} is the asked date.
     */
    private static final String EVIDENCE = """
            CALL (d) {
              MATCH (c:Document)-[r]->(d)
              WHERE c.stub = false
              WITH c, r ORDER BY r.start
              WITH c, collect(r) AS mentions
              WITH c, head(mentions) AS first,
                   reduce(ds = [], x IN mentions | CASE WHEN x.date IS NULL OR x.date IN ds THEN ds ELSE ds + x.date END) AS dates
              RETURN collect({citer: c, first: first, date: first.date, dates: dates}) AS citing
            }
            RETURN d {.id, .number, .type, .issuer, .issuedDate, .title, .stub, .catalog, .catalogNumber, .catalogType,
                      .catalogIssuer, .catalogIssuedDate, .catalogEffectiveDate, .catalogExpiryDate, .catalogStatus,
                      .catalogTitle, .catalogSource} AS doc,
                   size(citing) AS citers,
                   COLLECT { UNWIND citing AS row UNWIND row.dates AS date
                             WITH date, count(*) AS n
                             RETURN {date: date, n: n} ORDER BY n DESC, date LIMIT %2$d } AS dates,
                   COLLECT { UNWIND citing AS row
                             WITH row ORDER BY CASE WHEN row.date = %1$s THEN 1 ELSE 0 END, row.citer.issuedDate DESC, row.citer.id
                             LIMIT %3$d
                             RETURN {id: row.citer.id, number: row.citer.number, date: row.date, quote: row.first.text} } AS examples
            """;

    private static String evidenceQuery(String askedDate) {
        return EVIDENCE.formatted(askedDate, MAX_DATES, MAX_EXAMPLES);
    }

    /** Held first: a file and a stub with one number key are one document, and the file is what counts. */
    private static final String BY_NUMBER_KEY = """
            MATCH (d:Document {numberKey: $key})
            WITH d ORDER BY d.stub, d.id LIMIT 1
            """ + evidenceQuery("$date");

    /** Every citation of a draft in one query: {@code $asks} holds each one's index, number key and date. */
    static final String BY_NUMBER_KEYS = """
            UNWIND $asks AS ask
            CALL (ask) {
              MATCH (d:Document {numberKey: ask.key})
              RETURN d ORDER BY d.stub, d.id LIMIT 1
            }
            WITH ask, d
            """ + evidenceQuery("ask.date") + ", ask.i AS i\n";

    private static final String BY_ID = "MATCH (d:Document {id: $id})\n" + evidenceQuery("$date");

    /** Catalog records of a law named by its title, the one of the asked date first, then the newest. */
    private static final String CATALOG_BY_TITLE = """
            MATCH (d:Document {catalogTitleKey: $titleKey})
            WITH d ORDER BY CASE WHEN d.catalogIssuedDate = $date THEN 0 ELSE 1 END, d.catalogIssuedDate DESC LIMIT $limit
            """ + evidenceQuery("$date");

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

    /**
     * The evidence for several cited numbers in one round trip, each with the date the draft gives it: element i of the
     * answer is that of numbers.get(i), empty when nothing here has that number.
     */
    List<Optional<CitationEvidence>> byNumbers(List<String> numbers, List<LocalDate> dates) {
        List<Map<String, Object>> asks = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String key = numbers.get(i) == null ? null : DocumentNumbers.key(numbers.get(i));
            if (key != null && !key.isBlank()) {
                Map<String, Object> ask = new HashMap<>();
                ask.put("i", i);
                ask.put("key", key);
                ask.put("date", dates.get(i));
                asks.add(ask);
            }
        }
        List<Optional<CitationEvidence>> found = new ArrayList<>(java.util.Collections.nCopies(numbers.size(), Optional.empty()));
        if (!asks.isEmpty()) {
            for (Record r : read(BY_NUMBER_KEYS, Map.of("asks", asks))) {
                found.set(r.get("i").asInt(), Optional.of(evidence(r)));
            }
        }
        return found;
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
