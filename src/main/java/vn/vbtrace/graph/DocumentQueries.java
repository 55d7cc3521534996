package vn.vbtrace.graph;

import vn.vbtrace.document.Role;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import vn.vbtrace.document.DocumentNumbers;

/** Reads for the document page, the ingest journal and the "who is responsible" answer. */
final class DocumentQueries {

    /**
     * How many distinct documents cite {@code d} (only references point at a Document): the count the writer
     * keeps on the node, counted here only where no batch has kept it yet.
     */
    static final Columns DOCUMENT = Columns.of("id", "d.id", "number", "d.number", "type", "d.type", "issuer", "d.issuer",
            "issuedDate", "d.issuedDate", "title", "d.title", "source", "d.source", "stub", "d.stub",
            "citedBy", "CASE WHEN d.citers IS NULL THEN size(COLLECT { MATCH (c:Document)-->(d) RETURN DISTINCT c.id }) ELSE d.citers END");

    /** A reference {@code r} from document {@code o} or to it, with its first mention. */
    static final Columns LINK = Columns.of("relation", "type(r)", "id", "o.id", "number", "o.number", "stub", "o.stub",
            "title", "o.title", "citedDate", "r.date", "quote", "r.text", "start", "r.start", "end", "r.end");

    private static final String DOCUMENT_COLUMNS = DOCUMENT.returned();

    private static final String BY_ID = "MATCH (d:Document {id: $id})\n" + DOCUMENT_COLUMNS;

    /** Ids derive from the number key, so at most one node should match; a real document wins over a stub. */
    private static final String BY_NUMBER_KEY = "MATCH (d:Document {numberKey: $key})\n" + DOCUMENT_COLUMNS
            + "ORDER BY d.stub, d.id LIMIT 1\n";

    private static final String CONTENT_HASH = """
            MATCH (d:Document {id: $id})
            WHERE d.stub = false
            RETURN d.contentHash AS contentHash
            """;

    private static final String DOCUMENT_IDS = """
            MATCH (d:Document)
            WHERE d.stub = false
            RETURN d.id AS id
            ORDER BY id
            """;

    private static final String COUNT_BY_STUB = """
            MATCH (d:Document)
            WHERE d.stub = $stub
            RETURN count(d) AS n
            """;

    private static final String OUTGOING = "MATCH (d:Document {id: $id})-[r]->(o:Document)\n" + LINK.returned()
            + "ORDER BY start, id, relation\n";

    private static final String INCOMING = "MATCH (d:Document {id: $id})<-[r]-(o:Document)\n" + LINK.returned()
            + "ORDER BY o.issuedDate, id, relation\n";

    /**
     * The first citations of {@code d} by the given citers (those the search index lists first), in the order of
     * {@link #INCOMING}: seeks each citer and reads its own few edges, never the document's thousands.
     */
    static final String FIRST_CITATIONS = """
            UNWIND $citers AS citer
            MATCH (o:Document {id: citer})-[r]->(d)
            WITH o, r ORDER BY o.issuedDate, o.id, type(r) LIMIT $limit
            """;


    private static final String TASKS = """
            MATCH (d:Document)-[:ASSIGNS]->(t:Task)
            OPTIONAL MATCH (b:Body)-[r:RESPONSIBLE_FOR]->(t)
            RETURN t.id AS taskId, b.name AS body, r.role AS role, t.text AS text, t.deadline AS deadline,
                   d.id AS documentId, d.number AS documentNumber, d.title AS documentTitle,
                   t.start AS start, t.end AS end, b.province AS province
            ORDER BY documentId, start, body
            """;

    private final Driver driver;

    DocumentQueries(Driver driver) {
        this.driver = driver;
    }

    Optional<GraphDocument> findById(String id) {
        return one(BY_ID, Map.of("id", id));
    }

    Optional<GraphDocument> findByNumber(String number) {
        String key = DocumentNumbers.key(number);
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return one(BY_NUMBER_KEY, Map.of("key", key));
    }

    Optional<String> contentHash(String id) {
        return read(CONTENT_HASH, Map.of("id", id)).stream()
                .map(r -> r.get("contentHash").asString(null))
                .filter(h -> h != null)
                .findFirst();
    }

    Set<String> documentIds() {
        Set<String> ids = new LinkedHashSet<>();
        read(DOCUMENT_IDS, Map.of()).forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    long count(boolean stub) {
        return read(COUNT_BY_STUB, Map.of("stub", stub)).getFirst().get("n").asLong();
    }

    List<Link> outgoing(String id) {
        return read(OUTGOING, Map.of("id", id)).stream().map(DocumentQueries::link).toList();
    }

    List<Link> incoming(String id) {
        return read(INCOMING, Map.of("id", id)).stream().map(DocumentQueries::link).toList();
    }

    List<TaskRow> tasks() {
        return read(TASKS, Map.of()).stream().map(r -> new TaskRow(
                r.get("taskId").asString(),
                r.get("body").asString(null),
                Role.fromName(r.get("role").asString(null)),
                r.get("text").asString(null),
                r.get("deadline").asString(null),
                r.get("documentId").asString(),
                r.get("documentNumber").asString(null),
                r.get("documentTitle").asString(null),
                r.get("start").asInt(0),
                r.get("end").asInt(0),
                r.get("province").asString(null))).toList();
    }

    private Optional<GraphDocument> one(String query, Map<String, Object> parameters) {
        return read(query, parameters).stream().findFirst().map(DocumentQueries::document);
    }

    /** A row or map of the {@link #DOCUMENT} columns. */
    static GraphDocument document(MapAccessor r) {
        return new GraphDocument(
                r.get("id").asString(),
                r.get("number").asString(null),
                r.get("type").asString(null),
                r.get("issuer").asString(null),
                date(r.get("issuedDate")),
                r.get("title").asString(null),
                r.get("source").asString(null),
                r.get("stub").asBoolean(false),
                r.get("citedBy").asInt(0));
    }

    private List<Record> read(String query, Map<String, Object> parameters) {
        return GraphReads.records(driver, query, parameters);
    }

    /** A row or map of the {@link #LINK} columns. */
    static Link link(MapAccessor r) {
        return new Link(
                r.get("relation").asString(),
                r.get("id").asString(),
                r.get("number").asString(null),
                r.get("stub").asBoolean(false),
                r.get("title").asString(null),
                date(r.get("citedDate")),
                r.get("quote").asString(null),
                r.get("start").asInt(0),
                r.get("end").asInt(0));
    }

    static LocalDate date(Value value) {
        return value == null || value.isNull() ? null : value.asLocalDate();
    }
}
