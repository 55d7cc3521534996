package vn.vbtrace.index;

import org.apache.lucene.search.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vbtrace.document.Facets;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Relation;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.document.SearchServerException;
import vn.vbtrace.parse.TextNormalizer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The search index on an OpenSearch server (issue 13), for a repository served by several vbtrace instances:
 * one index of the same fields and analysis as in process ({@link OpenSearchMapping}), asked the same query
 * plans ({@link QueryFactory}, written out by {@link OpenSearchQueries}); facets as aggregations, a status
 * change as a partial update, proximity and coverage as rescoring. Pseudo-relevance feedback, off in the
 * product's tuning, is left out here.
 * <p>
 * A batch on a server that has no multi-document transaction: its writes are held in this process until
 * {@link Batch#commit}, then sent as one bulk request followed by a refresh, so no search sees a batch before
 * its commit and a batch given up (rollback, a crash before the commit) never reached the server. A commit that
 * fails half way (some items written) is undone by writing again: the ingest journal keeps the batch open and the
 * next start writes the whole batch again from the stored originals, and puts by id and deletes are idempotent.
 */
public final class OpenSearchIndex implements SearchIndex {

    /** The index name when none is configured. */
    public static final String DEFAULT_NAME = "vbtrace-documents";
    /** What a hit shows: every stored field but the content hash; the extraction for its duty clauses. */
    private static final List<String> DISPLAYED = List.of(IndexFields.ID, IndexFields.SOURCE, IndexFields.NUMBER,
            IndexFields.TYPE, IndexFields.ISSUER, IndexFields.ISSUED_DATE, IndexFields.TITLE, IndexFields.STORED_TEXT,
            IndexFields.EXTRACTION);
    /** Facet values asked per field: more than any repository has types, issuers, years or places. */
    private static final int FACET_VALUES = 10_000;
    private static final int IDS_PAGE = 5_000;

    private final OpenSearchClient client;
    private final String name;
    private final QueryFactory queries = new QueryFactory();
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final IndexReads reads = new Reads();

    private OpenSearchIndex(OpenSearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /**
     * Connects to the server and creates the index when missing. Unreachable, or refusing the credentials, it
     * fails at once with one line in Vietnamese ({@link SearchServerException}).
     */
    public static OpenSearchIndex connect(URI uri, String user, String password, String name) {
        OpenSearchClient client = new OpenSearchClient(uri, user, password);
        client.createIfMissing(name, OpenSearchMapping.index());
        client.keepStaticSettings(name, OpenSearchMapping.staticSettings());
        client.send("PUT", name + "/_mapping", OpenSearchMapping.addableFields());
        OpenSearchIndex index = new OpenSearchIndex(client, name);
        return index;
    }

    /** Removes the index and everything in it (tests, and a repository emptied on purpose). */
    public void drop() {
        client.send("DELETE", name, (String) null, null, 404);
    }

    private final class OpenSearchBatch extends HeldBatch implements Batch {

        /** The bulk lines staged, in order; sent at the commit only. */
        private final List<String> actions = new ArrayList<>();

        private OpenSearchBatch() {
            super(writeLock);
        }

        @Override
        public void put(IngestedDocument doc) {
            String source = OpenSearchDocuments.toSource(doc).toString(); // on the calling (staging) thread
            stage(action("index", doc.id()), source);
        }

        @Override
        public void setStatus(String id, String status) {
            int code = ValidityCodes.code(status);
            if (code < 0) {
                return;
            }
            ObjectNode partial = OpenSearchClient.JSON.createObjectNode();
            partial.putObject("doc").put(IndexFields.STATUS, code);
            stage(action("update", id), partial.toString());
        }

        @Override
        public void delete(String id) {
            stage(action("delete", id), null);
        }

        private synchronized void stage(String action, String body) {
            actions.add(body == null ? action : action + "\n" + body);
        }

        private String action(String what, String id) {
            return OpenSearchClient.action(what, name, id);
        }

        @Override
        void send() {
            client.bulk(actions);
            if (!actions.isEmpty()) {
                client.send("POST", name + "/_refresh", (String) null, null);
            }
        }

        @Override
        void discard() {
            actions.clear();
        }
    }

    @Override
    public Batch beginBatch() {
        return new OpenSearchBatch();
    }

    @Override
    public Optional<StoredDocument> get(String id) {
        OpenSearchClient.Response answer = client.send("GET", name + "/_doc/" + encode(id), (String) null, null, 404);
        JsonNode json = answer.json();
        if (answer.status() == 404 || !json.path("found").asBoolean(false)) {
            return Optional.empty();
        }
        return Optional.of(OpenSearchDocuments.fromSource(json.path("_source")));
    }

    @Override
    public boolean contains(String id) {
        return client.send("HEAD", name + "/_doc/" + encode(id), (String) null, null, 404).status() == 200;
    }

    /** One multi-get of the ids without their sources: a HEAD per id was a round trip per reference of a page. */
    @Override
    public Set<String> held(Collection<String> ids) {
        Set<String> held = new HashSet<>();
        if (ids.isEmpty()) {
            return held;
        }
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        ids.stream().distinct().forEach(body.putArray("ids")::add);
        for (JsonNode doc : client.send("POST", name + "/_mget?_source=false", body).json().path("docs")) {
            if (doc.path("found").asBoolean(false)) {
                held.add(doc.path("_id").asString());
            }
        }
        return held;
    }

    /** Every id, a page at a time in id order (search_after), so the server never holds a deep page. */
    @Override
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        ObjectNode body = OpenSearchClient.JSON.createObjectNode().put("_source", false);
        body.putArray("docvalue_fields").add(IndexFields.ID);
        client.everyHit(name, body, IndexFields.ID, IDS_PAGE, hit -> ids.add(hit.path("sort").get(0).asString()));
        return ids;
    }

    @Override
    public CiterCounts citers(String documentId) {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        body.set("query", OpenSearchQueries.term(IndexFields.CITES_ID, documentId));
        ObjectNode aggs = body.putObject("aggs");
        facet(aggs, FilterField.ISSUER);
        facet(aggs, FilterField.YEAR);
        ObjectNode byRelation = aggs.putObject("relation").putObject("filters").putObject("filters");
        for (Relation relation : Relation.values()) {
            byRelation.set(relation.name(), OpenSearchQueries.term(IndexFields.CITED_AS,
                    LuceneDocuments.citedAs(documentId, relation.name())));
        }
        JsonNode answer = search(body);
        JsonNode counted = answer.path("aggregations");
        Map<String, Long> relations = new LinkedHashMap<>();
        for (Relation relation : Relation.values()) {
            long n = counted.path("relation").path("buckets").path(relation.name()).path("doc_count").asLong();
            if (n > 0) {
                relations.put(relation.name(), n);
            }
        }
        return new CiterCounts(answer.path("hits").path("total").path("value").asLong(), relations,
                facetCounts(counted, FilterField.ISSUER), facetCounts(counted, FilterField.YEAR));
    }

    /**
     * As {@link CitingEvidence#of}: the citers counted and their dates aggregated in one request (a terms aggregation
     * on the edge terms of this document), the examples in one or two sorted top-k requests.
     */
    @Override
    public CitingEvidence citing(String documentId, java.time.LocalDate asked, int maxDates, int maxExamples) {
        String prefix = LuceneDocuments.citedPrefix(documentId);
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        body.set("query", OpenSearchQueries.prefix(IndexFields.CITED_FIRST, prefix));
        ObjectNode dates = body.putObject("aggs").putObject("dates").putObject("terms");
        dates.put("field", IndexFields.CITED_ON).put("include", OpenSearchQueries.escapeRegex(prefix) + ".*").put("size", maxDates);
        dates.putArray("order").add(OpenSearchClient.JSON.createObjectNode().put("_count", "desc"))
                .add(OpenSearchClient.JSON.createObjectNode().put("_key", "asc"));
        JsonNode answer = search(body);
        int citers = answer.path("hits").path("total").path("value").asInt();
        List<CitingEvidence.DateCount> given = new ArrayList<>();
        for (JsonNode bucket : answer.path("aggregations").path("dates").path("buckets")) {
            given.add(new CitingEvidence.DateCount(java.time.LocalDate.parse(bucket.path("key").asString().substring(prefix.length())),
                    bucket.path("doc_count").asInt()));
        }
        ObjectNode otherwise = OpenSearchClient.JSON.createObjectNode();
        ObjectNode bool = otherwise.putObject("bool");
        bool.putArray("filter").add(OpenSearchQueries.prefix(IndexFields.CITED_FIRST, prefix));
        List<String> examples = new ArrayList<>();
        if (asked != null) {
            String askedTerm = LuceneDocuments.citedOn(documentId, asked);
            bool.putArray("must_not").add(OpenSearchQueries.term(IndexFields.CITED_FIRST, askedTerm));
            examples.addAll(citersByDay(otherwise, maxExamples, "desc"));
            if (examples.size() < maxExamples) {
                examples.addAll(citersByDay(OpenSearchQueries.term(IndexFields.CITED_FIRST, askedTerm), maxExamples - examples.size(), "desc"));
            }
        } else {
            examples.addAll(citersByDay(otherwise, maxExamples, "desc"));
        }
        return citers == 0 ? CitingEvidence.NONE : new CitingEvidence(citers, List.copyOf(given), List.copyOf(examples));
    }

    @Override
    public List<String> citersOldestFirst(String documentId, int limit) {
        return citersByDay(OpenSearchQueries.prefix(IndexFields.CITED_FIRST, LuceneDocuments.citedPrefix(documentId)), limit, "asc");
    }

    @Override
    public List<String> newestCiters(java.util.Collection<String> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        ObjectNode any = OpenSearchClient.JSON.createObjectNode();
        ArrayNode should = any.putObject("bool").putArray("should");
        for (String id : new LinkedHashSet<>(documentIds)) {
            should.add(OpenSearchQueries.prefix(IndexFields.CITED_FIRST, LuceneDocuments.citedPrefix(id)));
        }
        return citersByDay(any, limit, "desc");
    }

    /** The ids of the first documents matching a query by day of issue (undated where the graph puts a missing value), then by id, as {@link Citers}. */
    private List<String> citersByDay(ObjectNode query, int n, String order) {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", n).put("_source", false).put("track_total_hits", false);
        body.set("query", query);
        body.putArray("docvalue_fields").add(IndexFields.ID);
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject(IndexFields.ISSUED_DAY).put("order", order).put("missing", order.equals("desc") ? "_first" : "_last");
        sort.addObject().putObject(IndexFields.ID).put("order", "asc");
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : search(body).path("hits").path("hits")) {
            ids.add(hit.path("fields").path(IndexFields.ID).get(0).asString());
        }
        return ids;
    }

    @Override
    public int count() {
        return client.send("GET", name + "/_count", (String) null, null).json().path("count").asInt();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        QueryFactory.Plan plan = plan(request);
        ObjectNode body = request(plan, request);
        body.put("track_total_hits", true);
        body.putArray("_source").addAll(DISPLAYED.stream().map(OpenSearchClient.JSON.getNodeFactory()::textNode).toList());
        ObjectNode aggs = body.putObject("aggs");
        for (FilterField field : FilterField.values()) {
            facet(aggs, field);
        }
        JsonNode answer = search(body);
        List<HeadRescoring.Rescored<JsonNode>> hits = page(plan, request, answer);
        List<SearchHit> stubs = List.of();
        if (CitedNumbers.apply(request) && request.query() != null) {
            float best = hits.isEmpty() ? 1f : (float) hits.getFirst().hit().path("_score").asDouble();
            try {
                stubs = CitedNumbers.stubs(reads, TextNormalizer.normalize(request.query()).text(), best);
            } catch (IOException e) {
                throw new SearchServerException("máy chủ tìm kiếm OpenSearch: " + e.getMessage(), e);
            }
        }
        // The stubs head the ranking on every page (they are only shown on the first), as in process.
        List<SearchHit> shown = new ArrayList<>(stubs.subList(0, Math.min(stubs.size(), request.limit())));
        Snippets.Asked asked = Snippets.Asked.of(request.query());
        for (int i = 0; i < hits.size() && shown.size() < request.limit(); i++) {
            shown.add(DocumentHits.of(OpenSearchDocuments.fromSource(hits.get(i).hit().path("_source")), hits.get(i).score(), asked));
        }
        JsonNode counted = answer.path("aggregations");
        Map<FilterField, Map<String, Long>> byField = new EnumMap<>(FilterField.class);
        for (FilterField field : FilterField.values()) {
            byField.put(field, facetCounts(counted, field));
        }
        Facets facets = new Facets(byField);
        long total = answer.path("hits").path("total").path("value").asLong();
        return new SearchResult(total + stubs.size(), shown, facets.withStubs(stubs.size()), plan.phrasesNotFound());
    }

    @Override
    public List<String> rankedIds(SearchRequest request) {
        QueryFactory.Plan plan = plan(request);
        ObjectNode body = request(plan, request);
        body.put("track_total_hits", false);
        if (plan.head().isPresent()) {
            body.putArray("_source").add(IndexFields.TITLE).add(IndexFields.STORED_TEXT);
        } else {
            body.put("_source", false);
        }
        List<String> ids = new ArrayList<>();
        for (HeadRescoring.Rescored<JsonNode> hit : page(plan, request, search(body))) {
            ids.add(hit.hit().path("_id").asString());
        }
        return ids;
    }

    /**
     * Whether a request starts from the first hit so that the plan's head rescoring can reorder them: it reads the
     * first {@link HeadRescoring#WINDOW} hits' texts, and a page within them lists them in their new order.
     */
    private static boolean fromFirst(QueryFactory.Plan plan, SearchRequest request) {
        return plan.head().isPresent() && request.offset() < HeadRescoring.WINDOW;
    }

    /** The request's page of an answer to {@link #request}, the head rescoring applied to its first hits. */
    private static List<HeadRescoring.Rescored<JsonNode>> page(QueryFactory.Plan plan, SearchRequest request, JsonNode answer) {
        List<JsonNode> hits = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hits::add);
        if (!fromFirst(plan, request)) {
            return hits.stream().map(hit -> new HeadRescoring.Rescored<>(hit, (float) hit.path("_score").asDouble())).toList();
        }
        List<HeadRescoring.Rescored<JsonNode>> reordered = plan.head().get().reorder(hits, hit -> hit.path("_score").asDouble(),
                hit -> OpenSearchDocuments.text(hit.path("_source"), IndexFields.TITLE),
                hit -> OpenSearchDocuments.text(hit.path("_source"), IndexFields.STORED_TEXT));
        return reordered.subList(Math.min(request.offset(), reordered.size()), Math.min(request.offset() + request.limit(), reordered.size()));
    }

    private QueryFactory.Plan plan(SearchRequest request) {
        try {
            return queries.build(request, SearchTuning.DEFAULT, reads, null, false);
        } catch (IOException e) {
            throw new SearchServerException("máy chủ tìm kiếm OpenSearch: " + e.getMessage(), e);
        }
    }

    /** The page of the plan's ranking: its query under the request's filters, then its rescorings. */
    private ObjectNode request(QueryFactory.Plan plan, SearchRequest request) {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        if (fromFirst(plan, request)) {
            body.put("from", 0).put("size", Math.max(request.offset() + request.limit(), HeadRescoring.WINDOW));
        } else {
            body.put("from", request.offset()).put("size", request.limit());
        }
        ArrayNode filters = OpenSearchQueries.filters(request);
        ObjectNode query = OpenSearchQueries.of(plan.query());
        if (filters.isEmpty()) {
            body.set("query", query);
        } else {
            ObjectNode bool = body.putObject("query").putObject("bool");
            bool.putArray("must").add(query);
            bool.set("filter", filters);
        }
        if (!plan.rescorings().isEmpty()) {
            ArrayNode rescore = body.putArray("rescore");
            plan.rescorings().forEach(r -> rescore.add(OpenSearchQueries.rescore(r)));
        }
        return body;
    }

    /**
     * Counts of a field's values over the matches, and of the matches without it; the status by its codes (every
     * document has one).
     */
    private static void facet(ObjectNode aggs, FilterField field) {
        if (field.match() == FilterField.Match.STATUS) {
            aggs.putObject(field.parameter()).putObject("terms").put("field", IndexedFilter.keyField(field)).put("size", ValidityCodes.NAMES.size());
            return;
        }
        aggs.putObject(field.parameter()).putObject("terms").put("field", IndexedFilter.serverFacetField(field)).put("size", FACET_VALUES);
        aggs.putObject(field.parameter() + "_missing").putObject("missing").put("field", IndexedFilter.serverFacetField(field));
    }

    private static Map<String, Long> facetCounts(JsonNode aggregations, FilterField field) {
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode bucket : aggregations.path(field.parameter()).path("buckets")) {
            String value = field.match() == FilterField.Match.STATUS ? ValidityCodes.name(bucket.path("key").asLong())
                    : bucket.path("key").asString();
            counts.merge(value, bucket.path("doc_count").asLong(), Long::sum);
        }
        return FacetCounter.mostFirst(counts, aggregations.path(field.parameter() + "_missing").path("doc_count").asLong());
    }

    private JsonNode search(ObjectNode body) {
        return client.send("POST", name + "/_search", body).json();
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The reads a plan and the stub hits make, as count and search requests. */
    private final class Reads implements IndexReads {

        @Override
        public int count(Query query) {
            ObjectNode body = OpenSearchClient.JSON.createObjectNode();
            body.set("query", OpenSearchQueries.of(query));
            return client.send("POST", name + "/_count", body).json().path("count").asInt();
        }

        @Override
        public List<Map<String, String>> top(Query query, int n, Set<String> fields) {
            ObjectNode body = OpenSearchClient.JSON.createObjectNode();
            body.put("size", n).set("query", OpenSearchQueries.of(query));
            ArrayNode source = body.putArray("_source");
            fields.forEach(source::add);
            List<Map<String, String>> docs = new ArrayList<>();
            for (JsonNode hit : search(body).path("hits").path("hits")) {
                Map<String, String> values = new HashMap<>();
                fields.forEach(field -> values.put(field, OpenSearchDocuments.text(hit.path("_source"), field)));
                docs.add(values);
            }
            return docs;
        }
    }

    @Override
    public void close() {
        // the HTTP client holds no connection that needs closing
    }
}
