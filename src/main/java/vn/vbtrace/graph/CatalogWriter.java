package vn.vbtrace.graph;

import vn.vbtrace.document.TextFold;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Relation;

/**
 * Writes catalog records and relations in batches: one transaction and one UNWIND statement per batch, MERGEd on
 * the document id, so importing the same file twice changes nothing and a record meets the stub or the ingested
 * document with its number. A stub takes the catalog's values; an ingested document keeps its own (the held file
 * wins) and only gains the catalog* properties.
 */
final class CatalogWriter {

    /** The records of a batch already imported as they are: their hash is the one stored. */
    private static final String UNCHANGED = """
            UNWIND $rows AS row
            MATCH (d:Document {id: row.id})
            WHERE d.catalogHash = row.hash
            RETURN collect(d.id) AS ids
            """;

    /** One flat statement (no subquery per row): a stub takes the catalog's values, a held document keeps its own. */
    private static final String MERGE_RECORDS = """
            UNWIND $rows AS row
            MERGE (d:Document {id: row.id})
              ON CREATE SET d.stub = true, d.citers = 0
            SET d.catalog = true, d.catalogHash = row.hash, d.catalogNumber = row.number, d.catalogType = row.type,
                d.catalogIssuer = row.issuer, d.catalogIssuedDate = row.issuedDate,
                d.catalogEffectiveDate = row.effectiveDate, d.catalogExpiryDate = row.expiryDate,
                d.catalogStatus = row.status, d.catalogTitle = row.title, d.catalogTitleKey = row.titleKey,
                d.catalogSource = row.source,
                d.number = CASE WHEN d.stub THEN coalesce(row.number, d.number) ELSE d.number END,
                d.numberKey = CASE WHEN d.stub THEN coalesce(row.numberKey, d.numberKey) ELSE d.numberKey END,
                d.type = CASE WHEN d.stub THEN coalesce(row.type, d.type) ELSE d.type END,
                d.issuer = CASE WHEN d.stub THEN coalesce(row.issuer, d.issuer) ELSE d.issuer END,
                d.issuedDate = CASE WHEN d.stub THEN coalesce(row.issuedDate, d.issuedDate) ELSE d.issuedDate END,
                d.title = CASE WHEN d.stub THEN coalesce(row.title, d.title) ELSE d.title END
            WITH d WHERE NOT d.stub
            RETURN collect(d.id) AS held
            """;

    /**
     * A relation whose source document is held as a file is left to that file's own text (ingesting a file
     * replaces its outgoing relations, so keeping them here would depend on the order of import and ingest).
     * An end the catalog does not list becomes a stub with its number: nothing the file says is dropped.
     */
    private static final String LINK_TEMPLATE = """
            UNWIND $rows AS row
            MATCH (a:Document {id: row.fromId})
            WHERE a.stub
            MATCH (b:Document {id: row.toId})
            MERGE (a)-[r:%s]->(b)
              ON CREATE SET r.catalog = true, r.source = row.source
            RETURN count(*) AS n, collect(DISTINCT CASE WHEN NOT b.stub THEN b.id END) AS held
            """;

    /**
     * The documents a batch's relations end at that keep a count of their citers ({@link GraphCypher#CITER_COUNTS}):
     * counted again, since a relation of the catalog may have made one more document cite them.
     */
    private static final String RECOUNT_CITERS = """
            UNWIND $ids AS id
            MATCH (b:Document {id: id})
            WHERE b.citers IS NOT NULL
            SET b.citers = size(COLLECT { MATCH (c:Document)-->(b) RETURN DISTINCT c })
            """;

    /** The ends of a batch's relations, each once: an end the catalog does not list becomes a stub with its number. */
    private static final String MERGE_ENDS = """
            UNWIND $ends AS end
            MERGE (d:Document {id: end.id})
              ON CREATE SET d.stub = true, d.number = end.number, d.numberKey = end.numberKey, d.citers = 0
            """;

    private static final Map<Relation, String> LINK_STATEMENTS = new EnumMap<>(Relation.class);

    static {
        for (Relation relation : Relation.values()) {
            LINK_STATEMENTS.put(relation, LINK_TEMPLATE.formatted(GraphCypher.relationshipType(relation)));
        }
    }

    private final Driver driver;

    CatalogWriter(Driver driver) {
        this.driver = driver;
    }

    /** Writes the records in one transaction: how many were already imported unchanged, and the held documents it touched. */
    CatalogWrite writeRecords(List<CatalogEntry> entries) {
        List<Map<String, Object>> rows = entries.stream().map(CatalogWriter::row).toList();
        if (rows.isEmpty()) {
            return new CatalogWrite(0, List.of());
        }
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                java.util.Set<String> unchanged = new java.util.HashSet<>(
                        tx.run(UNCHANGED, Map.of("rows", rows)).single().get("ids").asList(v -> v.asString()));
                List<Map<String, Object>> changed = unchanged.isEmpty() ? rows
                        : rows.stream().filter(r -> !unchanged.contains((String) r.get("id"))).toList();
                List<String> held = changed.isEmpty() ? List.of()
                        : tx.run(MERGE_RECORDS, Map.of("rows", changed)).single().get("held").asList(v -> v.asString());
                return new CatalogWrite(rows.size() - changed.size(), held);
            });
        }
    }

    /** Writes the relations in one transaction (a statement per relation type): how many, and the held documents they end at. */
    CatalogWrite writeLinks(List<CatalogLink> links) {
        Map<Relation, List<Map<String, Object>>> byRelation = new EnumMap<>(Relation.class);
        for (CatalogLink link : links) {
            byRelation.computeIfAbsent(link.relation(), r -> new ArrayList<>()).add(linkRow(link));
        }
        if (byRelation.isEmpty()) {
            return new CatalogWrite(0, List.of());
        }
        Map<String, Map<String, Object>> ends = new HashMap<>();
        for (CatalogLink link : links) {
            ends.computeIfAbsent(DocumentNumbers.idForNumber(link.from()), id -> end(id, link.from()));
            ends.computeIfAbsent(DocumentNumbers.idForNumber(link.to()), id -> end(id, link.to()));
        }
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                tx.run(MERGE_ENDS, Map.of("ends", List.copyOf(ends.values()))).consume();
                int n = 0;
                List<String> held = new ArrayList<>();
                for (Map.Entry<Relation, List<Map<String, Object>>> e : byRelation.entrySet()) {
                    org.neo4j.driver.Record r = tx.run(LINK_STATEMENTS.get(e.getKey()), Map.of("rows", e.getValue())).single();
                    n += r.get("n").asInt();
                    held.addAll(r.get("held").asList(v -> v.asString()));
                }
                List<String> targets = links.stream().map(link -> DocumentNumbers.idForNumber(link.to())).distinct().toList();
                tx.run(RECOUNT_CITERS, Map.of("ids", targets)).consume();
                return new CatalogWrite(n, held);
            });
        }
    }

    /** The id a catalog record has: its number's, or (a law listed by name only) its title and date's. */
    static String id(CatalogEntry e) {
        if (e.number() != null && !e.number().isBlank()) {
            return DocumentNumbers.idForNumber(e.number());
        }
        return DocumentNumbers.idForIdentity("law:" + TextFold.fold(e.title()) + "|" + e.issuedDate());
    }

    /** The folded title a law cited by name is found with: lower case, no diacritics, single spaces. */
    static String titleKey(String title) {
        return title == null || title.isBlank() ? null : TextFold.fold(title).replaceAll("[^\\p{L}\\d]+", " ").strip();
    }

    private static Map<String, Object> row(CatalogEntry e) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id(e));
        p.put("number", blankToNull(e.number()));
        p.put("numberKey", e.number() == null || e.number().isBlank() ? null : DocumentNumbers.key(e.number()));
        p.put("type", blankToNull(e.type()));
        p.put("issuer", blankToNull(e.issuer()));
        p.put("issuedDate", e.issuedDate());
        p.put("effectiveDate", e.effectiveDate());
        p.put("expiryDate", e.expiryDate());
        p.put("status", blankToNull(e.status()));
        p.put("title", blankToNull(e.title()));
        p.put("titleKey", titleKey(e.title()));
        p.put("source", blankToNull(e.sourceUrl()));
        p.put("hash", DocumentNumbers.sha256Hex(String.join("\u0001", Objects.toString(e.number()), Objects.toString(e.type()),
                Objects.toString(e.issuer()), Objects.toString(e.issuedDate()), Objects.toString(e.effectiveDate()),
                Objects.toString(e.expiryDate()), Objects.toString(e.status()), Objects.toString(e.title()),
                Objects.toString(e.sourceUrl()))).substring(0, 24));
        return p;
    }

    private static Map<String, Object> end(String id, String number) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("number", number);
        p.put("numberKey", DocumentNumbers.key(number));
        return p;
    }

    private static Map<String, Object> linkRow(CatalogLink link) {
        Map<String, Object> p = new HashMap<>();
        p.put("fromId", DocumentNumbers.idForNumber(link.from()));
        p.put("toId", DocumentNumbers.idForNumber(link.to()));
        p.put("source", blankToNull(link.sourceUrl()));
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
