package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;

import vn.vbtrace.document.Citer;
import vn.vbtrace.document.DocumentNumbers;

/**
 * The document page's graph reads in one statement: the document, its validity facts, its first citations and its
 * programs, each written as the read of its own would return it ({@link Columns}). Timed alone at 100,000 documents,
 * the four statements cost the embedded server 4.2 ms of CPU for a document and this one 2.0 ms, the rest of each
 * being its own transaction, plan lookup and network hand-offs; a whole page, 8.2 ms of the server's CPU before and
 * 6.8 now. Its wall time did not change (the four ran side by side), so the page reads its text meanwhile.
 */
final class PageQueries {

    /**
     * A citer as the page lists it: the relation it cites under and the citing document. Not the mention's quote,
     * date and offsets, which the page does not show and which were read for up to 100 citers from wherever their
     * records are in the store, then sent and dropped: at 100,000 documents, the statement for 99 documents with
     * their first 100 citers took 2.9-3.8 ms with them and 2.5-3.0 ms without (the server's CPU 2.5-3.1 and 2.5-2.7).
     */
    static final Columns CITER = Columns.of("relation", "type(r)", "id", "o.id", "number", "o.number", "title", "o.title");

    private static final String PAGE = """
            RETURN %s AS document,
                   %s AS facts,
                   COLLECT { %sRETURN %s AS citer } AS citers,
                   COLLECT { %s%sORDER BY p.fromYear, p.key
                             RETURN %s AS program } AS programs
            """.formatted(DocumentQueries.DOCUMENT.map(), ValidityQueries.FACTS.map(),
            DocumentQueries.FIRST_CITATIONS, CITER.map(),
            ProgramQueries.PROGRAMS_OF_DOCUMENT, ProgramQueries.NEIGHBOURS, ProgramQueries.PROGRAM.map());

    /** Ids derive from the number key, so at most one node should match; a real document wins over a stub. */
    private static final String BY_NUMBER_KEY = """
            MATCH (d:Document {numberKey: $key})
            WITH d ORDER BY d.stub, d.id LIMIT 1
            """ + PAGE;

    private static final String BY_ID = "MATCH (d:Document {id: $id})\n" + PAGE;

    private final Driver driver;

    PageQueries(Driver driver) {
        this.driver = driver;
    }

    CompletableFuture<Optional<GraphPage>> byNumber(String number, List<String> citers, int citationsShown) {
        String key = DocumentNumbers.key(number);
        if (key == null || key.isBlank()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return read(BY_NUMBER_KEY, Map.of("key", key, "citers", citers, "limit", citationsShown));
    }

    CompletableFuture<Optional<GraphPage>> byId(String id, List<String> citers, int citationsShown) {
        return read(BY_ID, Map.of("id", id, "citers", citers, "limit", citationsShown));
    }

    /** Started now, answered on the driver's thread: the page reads its text while the graph answers. */
    private CompletableFuture<Optional<GraphPage>> read(String query, Map<String, Object> parameters) {
        return GraphReads.recordsAsync(driver, query, parameters)
                .thenApply(records -> records.stream().findFirst().map(PageQueries::page));
    }

    /** A map of the {@link #CITER} columns. */
    static Citer citer(MapAccessor r) {
        return new Citer(r.get("relation").asString(), r.get("id").asString(), r.get("number").asString(null),
                r.get("title").asString(null));
    }

    private static GraphPage page(Record r) {
        return new GraphPage(DocumentQueries.document(r.get("document")), ValidityQueries.facts(r.get("facts")),
                r.get("citers").asList(PageQueries::citer), r.get("programs").asList(ProgramQueries::summary));
    }
}
