package vn.vbtrace.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import vn.vbtrace.document.DocumentNumbers;

/**
 * The cited documents the draft check weighs, as the graph knows them: the node (held, a stub or a catalog record)
 * with its catalog values, found by number key, id or catalog title; and the first mention by which given citers
 * cite it. What the citers say in aggregate (how many, which dates) is the search index's to count
 * ({@code SearchIndex.citing}): here nothing visits a document's citers, so a decision cited by 50,000 costs what a
 * leaf does. A draft's citations go in one query.
 */
final class EvidenceQueries {

    private static final String NODE = """
            RETURN d {.id, .number, .type, .issuer, .issuedDate, .title, .stub, .catalog, .catalogNumber, .catalogType,
                      .catalogIssuer, .catalogIssuedDate, .catalogEffectiveDate, .catalogExpiryDate, .catalogStatus,
                      .catalogTitle, .catalogSource} AS doc
            """;

    /** Held first: a file and a stub with one number key are one document, and the file is what counts. */
    private static final String BY_NUMBER_KEY = """
            MATCH (d:Document {numberKey: $key})
            WITH d ORDER BY d.stub, d.id LIMIT 1
            """ + NODE;

    /** Every citation of a draft in one query: {@code $asks} holds each one's index and number key. */
    private static final String BY_NUMBER_KEYS = """
            UNWIND $asks AS ask
            CALL (ask) {
              MATCH (d:Document {numberKey: ask.key})
              RETURN d ORDER BY d.stub, d.id LIMIT 1
            }
            WITH ask, d
            """ + NODE + ", ask.i AS i\n";

    private static final String BY_ID = "MATCH (d:Document {id: $id})\n" + NODE;

    /** Catalog records of a law named by its title, the one of the asked date first, then the newest. */
    private static final String CATALOG_BY_TITLE = """
            MATCH (d:Document {catalogTitleKey: $titleKey})
            WITH d ORDER BY CASE WHEN d.catalogIssuedDate = $date THEN 0 ELSE 1 END, d.catalogIssuedDate DESC LIMIT $limit
            """ + NODE;

    /**
     * For each (citer, cited) pair, the citer's first mention of the cited document (its edge with the lowest place in
     * the text): the date it gives and its words. Seeks both ends and reads only the edges between them.
     */
    private static final String FIRST_MENTIONS = """
            UNWIND $pairs AS pair
            MATCH (c:Document {id: pair.citer})-[r]->(d:Document {id: pair.cited})
            WITH pair, c, r ORDER BY r.start
            WITH pair, c, collect(r)[0] AS first
            RETURN pair.citer AS citer, pair.cited AS cited, c.number AS number, first.date AS date, first.text AS quote
            """;

    private final Driver driver;

    EvidenceQueries(Driver driver) {
        this.driver = driver;
    }

    Optional<CitationEvidence> byNumber(String number) {
        String key = DocumentNumbers.key(number);
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return read(BY_NUMBER_KEY, Map.of("key", key)).stream().findFirst().map(EvidenceQueries::node);
    }

    /** Several cited numbers in one round trip: element i of the answer is that of numbers.get(i), empty when nothing here has it. */
    List<Optional<CitationEvidence>> byNumbers(List<String> numbers) {
        List<Map<String, Object>> asks = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String key = numbers.get(i) == null ? null : DocumentNumbers.key(numbers.get(i));
            if (key != null && !key.isBlank()) {
                asks.add(Map.of("i", i, "key", key));
            }
        }
        List<Optional<CitationEvidence>> found = new ArrayList<>(Collections.nCopies(numbers.size(), Optional.empty()));
        if (!asks.isEmpty()) {
            for (Record r : read(BY_NUMBER_KEYS, Map.of("asks", asks))) {
                found.set(r.get("i").asInt(), Optional.of(node(r)));
            }
        }
        return found;
    }

    Optional<CitationEvidence> byId(String id) {
        return read(BY_ID, Map.of("id", id)).stream().findFirst().map(EvidenceQueries::node);
    }

    /** Catalog records whose title is this one (several versions of a law share a title), best first. */
    List<CitationEvidence> catalogByTitle(String titleKey, LocalDate date, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("titleKey", titleKey);
        p.put("date", date);
        p.put("limit", limit);
        return read(CATALOG_BY_TITLE, p).stream().map(EvidenceQueries::node).toList();
    }

    /** The first mention of each pair's cited document by its citer, keyed "citer id|cited id"; a pair with no edge is left out. */
    Map<String, CitationEvidence.Example> firstMentions(List<CitationEvidence.Pair> pairs) {
        Map<String, CitationEvidence.Example> found = new HashMap<>();
        if (pairs.isEmpty()) {
            return found;
        }
        List<Map<String, Object>> rows = pairs.stream().<Map<String, Object>>map(p -> Map.of("citer", p.citer(), "cited", p.cited())).toList();
        for (Record r : read(FIRST_MENTIONS, Map.of("pairs", rows))) {
            CitationEvidence.Pair pair = new CitationEvidence.Pair(r.get("citer").asString(), r.get("cited").asString());
            found.put(pair.key(), new CitationEvidence.Example(pair.citer(), r.get("number").asString(null),
                    DocumentQueries.date(r.get("date")), r.get("quote").asString(null)));
        }
        return found;
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return GraphReads.records(driver, query, parameters);
    }

    /** The node's part of the evidence; its citers are counted elsewhere ({@link CitationEvidence#withCiters}). */
    private static CitationEvidence node(Record r) {
        Value d = r.get("doc");
        CatalogEntry catalog = d.get("catalog").asBoolean(false) ? new CatalogEntry(
                d.get("catalogNumber").asString(null), d.get("catalogType").asString(null), d.get("catalogIssuer").asString(null),
                DocumentQueries.date(d.get("catalogIssuedDate")), DocumentQueries.date(d.get("catalogEffectiveDate")),
                DocumentQueries.date(d.get("catalogExpiryDate")), d.get("catalogStatus").asString(null),
                d.get("catalogTitle").asString(null), d.get("catalogSource").asString(null)) : null;
        return new CitationEvidence(d.get("id").asString(), d.get("number").asString(null), d.get("type").asString(null),
                d.get("issuer").asString(null), DocumentQueries.date(d.get("issuedDate")), d.get("title").asString(null),
                d.get("stub").asBoolean(false), catalog, 0, List.of(), List.of());
    }
}
