package vn.vbtrace.index;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vbtrace.document.Deadline;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Role;
import vn.vbtrace.document.SearchServerException;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The duty clauses on an OpenSearch server (issue 13), beside the documents' index, so every vbtrace instance
 * sharing the server answers "who is responsible" from every document, wherever it was uploaded. One OpenSearch
 * document per clause, id {@code <document id>:<i>}, the fields and analysis of {@link TaskClauses} and
 * {@link OpenSearchMapping#tasks}; the question is the same Lucene query as in process, written out as constant
 * scores in a bool query, and equal scores are ordered by document and clause id, so both backends give the
 * same candidates in the same order.
 * <p>
 * A batch is held in this process until {@link Batch#commit}, then sent as one bulk request followed by a
 * refresh (the index refreshes at no other time), so no question sees a batch before its commit and a batch given
 * up (rollback, a crash before the commit) never reached the server. The commit first reads which clause ids the
 * batch's documents have on the server, so a document put again with fewer clauses loses the rest in the same
 * bulk. A commit that fails half way is redone, not undone: the ingest journal keeps the batch open and the next
 * start writes the whole batch again from the stored originals; writes by id and deletes are idempotent, and the
 * refresh before the read of the ids makes whatever a failed bulk left visible to it.
 */
public final class OpenSearchTaskIndex implements TaskIndex {

    /** Added to the documents' index name ({@code vbtrace.search.index}) to name the clauses' index. */
    public static final String SUFFIX = "-tasks";
    private static final int PAGE = 5_000;
    /** Document ids per request when reading which clauses they have. */
    private static final int IDS_PER_READ = 1_000;

    private final OpenSearchClient client;
    private final String name;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private OpenSearchTaskIndex(OpenSearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    /**
     * Connects to the server and creates the index when missing. Unreachable, or refusing the credentials, it
     * fails at once with one line in Vietnamese ({@link SearchServerException}).
     */
    public static OpenSearchTaskIndex connect(URI uri, String user, String password, String name) {
        OpenSearchClient client = new OpenSearchClient(uri, user, password);
        client.createIfMissing(name, OpenSearchMapping.tasks());
        client.send("PUT", name + "/_mapping", OpenSearchMapping.addableTaskFields());
        return new OpenSearchTaskIndex(client, name);
    }

    public String name() {
        return name;
    }

    /** Removes the index and everything in it (tests, and a repository emptied on purpose). */
    public void drop() {
        client.send("DELETE", name, (String) null, null, 404);
    }

    private final class OpenSearchBatch extends HeldBatch implements Batch {

        /** Per document, in order, the bulk lines of its clauses (none: deleted); a later put or delete replaces it. */
        private final Map<String, List<String>> staged = new LinkedHashMap<>();

        private OpenSearchBatch() {
            super(writeLock);
        }

        @Override
        public void put(IngestedDocument doc) {
            List<String> lines = new ArrayList<>();
            for (TaskClauses.Clause clause : TaskClauses.of(doc)) { // on the calling (staging) thread
                lines.add(OpenSearchClient.action("index", name, clause.taskId()) + "\n" + source(clause));
            }
            stage(doc.id(), lines);
        }

        @Override
        public void delete(String documentId) {
            stage(documentId, List.of());
        }

        private synchronized void stage(String documentId, List<String> lines) {
            staged.remove(documentId);
            staged.put(documentId, lines);
        }

        @Override
        void send() {
            if (staged.isEmpty()) {
                return;
            }
            client.send("POST", name + "/_refresh", (String) null, null);
            List<String> actions = new ArrayList<>();
            Set<String> written = new HashSet<>();
            staged.forEach((documentId, lines) -> {
                actions.addAll(lines);
                for (int i = 0; i < lines.size(); i++) {
                    written.add(documentId + ":" + i);
                }
            });
            for (String held : clauseIds(staged.keySet())) {
                if (!written.contains(held)) {
                    actions.add(OpenSearchClient.action("delete", name, held));
                }
            }
            client.bulk(actions);
            client.send("POST", name + "/_refresh", (String) null, null);
        }

        @Override
        void discard() {
            staged.clear();
        }
    }

    @Override
    public Batch beginBatch() {
        return new OpenSearchBatch();
    }

    private static String source(TaskClauses.Clause c) {
        ObjectNode d = OpenSearchClient.JSON.createObjectNode();
        d.put(TaskClauses.TASK_ID, c.taskId());
        d.put(TaskClauses.DOC_ID, c.documentId());
        putIfPresent(d, TaskClauses.DOC_NUMBER_KEY, c.documentNumberKey());
        putIfPresent(d, TaskClauses.DOC_NUMBER, c.documentNumber());
        putIfPresent(d, TaskClauses.DOC_TITLE, c.documentTitle());
        d.put(TaskClauses.ISSUER_WORDS, c.issuerWords());
        d.put(TaskClauses.WORDS, c.words());
        d.put(TaskClauses.CONTEXT_WORDS, c.contextWords());
        putIfPresent(d, TaskClauses.BODY_NAME, c.bodyName());
        putIfPresent(d, TaskClauses.BODY, c.body());
        putIfPresent(d, TaskClauses.ROLE, c.role() == null ? null : c.role().name());
        putIfPresent(d, TaskClauses.TEXT, c.text());
        putIfPresent(d, TaskClauses.DEADLINE, c.deadline());
        putIfPresent(d, TaskClauses.PROVINCE, c.province());
        d.put(TaskClauses.START, c.start());
        d.put(TaskClauses.END, c.end());
        putIfPresent(d, TaskClauses.QUOTE, c.quote());
        c.citedIds().forEach(d.putArray(TaskClauses.CITES_ID)::add);
        c.bodyKeys().forEach(d.putArray(TaskClauses.BODY_KEY)::add);
        TaskClauses.Due due = TaskClauses.Due.of(c);
        if (due.date() != null) {
            d.put(TaskClauses.DUE_DATE, due.date());
        }
        if (!due.yearly().isEmpty()) {
            due.yearly().forEach(d.putArray(TaskClauses.DUE_YEARLY)::add);
        }
        return d.toString();
    }

    private static void putIfPresent(ObjectNode d, String field, String value) {
        if (value != null) {
            d.put(field, value);
        }
    }

    /** The ids of the clauses the server holds for these documents, in id order. */
    private List<String> clauseIds(Collection<String> documentIds) {
        List<String> ids = new ArrayList<>();
        List<String> all = List.copyOf(documentIds);
        for (int from = 0; from < all.size(); from += IDS_PER_READ) {
            List<String> some = all.subList(from, Math.min(all.size(), from + IDS_PER_READ));
            everyHit(terms(TaskClauses.DOC_ID, some), false, hit -> ids.add(hit.path("sort").get(0).asString()));
        }
        return ids;
    }

    /** Every clause the query matches, in clause id order; {@code withSource} false reads the ids only. */
    private void everyHit(ObjectNode query, boolean withSource, Consumer<JsonNode> each) {
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        if (withSource) {
            excludeFilterFields(body);
        } else {
            body.put("_source", false);
        }
        body.set("query", query);
        client.everyHit(name, body, TaskClauses.TASK_ID, PAGE, each);
    }

    @Override
    public List<TaskHit> candidates(Map<String, Double> wordWeights, Collection<String> pairs, double pairWeight,
                                    double contextWeight, Filter filter, int limit) {
        ArrayNode any = OpenSearchClient.JSON.createArrayNode();
        wordWeights.forEach((word, weight) -> {
            ObjectNode own = constantScore(OpenSearchQueries.term(TaskClauses.WORDS, word), weight.floatValue());
            if (contextWeight <= 0) {
                any.add(own);
            } else {
                // The better of the two, as LuceneTaskIndex's DisjunctionMaxQuery: a word counts once.
                ObjectNode best = OpenSearchClient.JSON.createObjectNode();
                ArrayNode either = best.putObject("dis_max").put("tie_breaker", 0).putArray("queries");
                either.add(own);
                either.add(constantScore(OpenSearchQueries.term(TaskClauses.CONTEXT_WORDS, word), (float) (weight * contextWeight)));
                any.add(best);
            }
        });
        for (String[] two : TaskClauses.pairs(pairs)) {
            any.add(constantScore(phrase(TaskClauses.WORDS, two), (float) pairWeight));
        }
        ObjectNode should = OpenSearchClient.JSON.createObjectNode();
        should.putObject("bool").put("minimum_should_match", 1).set("should", any);
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", limit).put("track_total_hits", false);
        excludeFilterFields(body);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.putArray("must").add(should);
        if (filter != null) {
            bool.set("filter", filters(filter));
        }
        // Best first; equal scores by document, then clause, as LuceneTaskIndex orders them.
        ArrayNode sort = body.putArray("sort");
        sort.add("_score");
        sort.addObject().put(TaskClauses.DOC_ID, "asc");
        sort.addObject().put(TaskClauses.TASK_ID, "asc");
        List<TaskHit> hits = new ArrayList<>();
        for (JsonNode hit : search(body).path("hits").path("hits")) {
            hits.add(hit(hit.path("_source")));
        }
        return hits;
    }

    private static ArrayNode filters(Filter filter) {
        ArrayNode filters = OpenSearchClient.JSON.createArrayNode();
        if (filter.documentNumberKey() != null) {
            filters.add(OpenSearchQueries.term(TaskClauses.DOC_NUMBER_KEY, filter.documentNumberKey()));
        }
        if (filter.provinceKeys() != null) {
            // Any of the names: a province merged in 2025 answers for the provinces merged into it.
            ArrayNode anyProvince = OpenSearchClient.JSON.createArrayNode();
            for (String key : filter.provinceKeys()) {
                String[] words = TaskClauses.words(key);
                anyProvince.add(words.length == 1 ? OpenSearchQueries.term(TaskClauses.ISSUER_WORDS, words[0])
                        : phrase(TaskClauses.ISSUER_WORDS, words));
            }
            ObjectNode province = filters.addObject();
            province.putObject("bool").put("minimum_should_match", 1).set("should", anyProvince);
        }
        if (filter.documents() != null) {
            // Either of the two: a document of the set, or one citing a document of the other.
            ArrayNode either = OpenSearchClient.JSON.createArrayNode();
            either.add(terms(TaskClauses.DOC_ID, filter.documents().ids()));
            either.add(terms(TaskClauses.CITES_ID, filter.documents().citing()));
            filters.addObject().putObject("bool").put("minimum_should_match", 1).set("should", either);
        }
        return filters;
    }

    private static ObjectNode constantScore(ObjectNode query, float boost) {
        ObjectNode node = OpenSearchClient.JSON.createObjectNode();
        node.putObject("constant_score").put("boost", boost).set("filter", query);
        return node;
    }

    /** The words in a row, as Lucene's PhraseQuery: written out already split, the field's analyzer splits them alike. */
    private static ObjectNode phrase(String field, String[] words) {
        ObjectNode node = OpenSearchClient.JSON.createObjectNode();
        node.putObject("match_phrase").putObject(field).put("query", String.join(" ", words));
        return node;
    }

    private static ObjectNode terms(String field, Collection<String> values) {
        ObjectNode node = OpenSearchClient.JSON.createObjectNode();
        ArrayNode list = node.putObject("terms").putArray(field);
        values.forEach(list::add);
        return node;
    }

    /**
     * A clause's next due date on {@code params.today} as yyyymmdd, as {@link NextDue} computes it in process
     * ({@code Deadline.nextDueKey}): the fixed date, else the first yearly day not yet past this year, else next year's.
     */
    private static final String NEXT_DUE_SCRIPT = """
            if (doc['%1$s'].size() > 0) { return doc['%1$s'].value; }
            long today = ((Number) params.today).longValue();
            long monthDay = today %% 10000L;
            long year = today / 10000L;
            long next = %3$dL;
            for (int i = 0; i < doc['%2$s'].size(); i++) {
              long day = doc['%2$s'].get(i);
              long candidate = day >= monthDay ? year * 10000L + day : (year + 1L) * 10000L + day;
              if (candidate < next) { next = candidate; }
            }
            return next;
            """.formatted(TaskClauses.DUE_DATE, TaskClauses.DUE_YEARLY, TaskClauses.NO_DUE);

    /** One request: the page in due order (a sort script, the day as its parameter), the total and the overdue count. */
    @Override
    public DuePage ofBodies(Collection<String> bodyKeys, LocalDate today, int limit, String after) {
        TaskClauses.After start = after == null ? null : TaskClauses.After.decode(after);
        long todayKey = Deadline.key(today);
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", limit + 1).put("track_total_hits", true);
        excludeFilterFields(body);
        body.set("query", terms(TaskClauses.BODY_KEY, bodyKeys));
        ArrayNode sort = body.putArray("sort");
        ObjectNode script = sort.addObject().putObject("_script").put("type", "number").put("order", "asc").putObject("script");
        script.put("lang", "painless").put("source", NEXT_DUE_SCRIPT).putObject("params").put("today", todayKey);
        sort.addObject().put(TaskClauses.TASK_ID, "asc");
        if (start != null) {
            body.putArray("search_after").add(start.dueKey()).add(start.taskId());
        }
        body.putObject("aggs").putObject("overdue").putObject("filter").putObject("range").putObject(TaskClauses.DUE_DATE)
                .put("lt", todayKey);
        JsonNode answer = search(body);
        JsonNode found = answer.path("hits").path("hits");
        List<TaskHit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, found.size()); i++) {
            hits.add(hit(found.get(i).path("_source")));
        }
        String next = null;
        if (found.size() > limit) {
            JsonNode last = found.get(limit - 1).path("sort");
            next = new TaskClauses.After(last.get(0).asLong(), last.get(1).asString()).encode();
        }
        return new DuePage(hits, answer.path("hits").path("total").path("value").asLong(),
                answer.path("aggregations").path("overdue").path("doc_count").asLong(), next);
    }

    /** What a clause shows: not the fields that only find it (the ids its document cites, its body's keys). */
    private static void excludeFilterFields(ObjectNode body) {
        body.putObject("_source").putArray("excludes").add(TaskClauses.CITES_ID).add(TaskClauses.BODY_KEY)
                .add(TaskClauses.CONTEXT_WORDS);
    }

    /** One request: the clauses with any of the names as their body, and of the names those that have some. */
    @Override
    public Set<String> bodyNamesAmong(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", false);
        body.set("query", terms(TaskClauses.BODY_NAME, names));
        ObjectNode byName = body.putObject("aggs").putObject("names").putObject("terms");
        byName.put("field", TaskClauses.BODY_NAME).put("size", names.size());
        names.forEach(byName.putArray("include")::add);
        Set<String> found = new HashSet<>();
        for (JsonNode bucket : search(body).path("aggregations").path("names").path("buckets")) {
            found.add(bucket.path("key").asString());
        }
        return found;
    }

    @Override
    public Map<String, Integer> clausesWith(Collection<String> words) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return counts;
        }
        // One request: a filter per word, each counted over the whole index as Lucene's count of its term query.
        ObjectNode body = OpenSearchClient.JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", false);
        ObjectNode filters = body.putObject("aggs").putObject("words").putObject("filters").putObject("filters");
        List<String> each = List.copyOf(new java.util.LinkedHashSet<>(words));
        for (int i = 0; i < each.size(); i++) {
            filters.set("w" + i, OpenSearchQueries.term(TaskClauses.WORDS, each.get(i)));
        }
        JsonNode buckets = search(body).path("aggregations").path("words").path("buckets");
        for (int i = 0; i < each.size(); i++) {
            counts.put(each.get(i), buckets.path("w" + i).path("doc_count").asInt());
        }
        return counts;
    }

    @Override
    public int count() {
        return client.send("GET", name + "/_count", (String) null, null).json().path("count").asInt();
    }

    private static String text(JsonNode source, String field) {
        return OpenSearchDocuments.text(source, field);
    }

    private static TaskHit hit(JsonNode source) {
        return new TaskClauses.Clause(text(source, TaskClauses.TASK_ID), text(source, TaskClauses.DOC_ID), null,
                text(source, TaskClauses.DOC_NUMBER), text(source, TaskClauses.DOC_TITLE), null, null, null, null,
                text(source, TaskClauses.BODY), Role.fromName(text(source, TaskClauses.ROLE)), text(source, TaskClauses.TEXT),
                text(source, TaskClauses.DEADLINE), text(source, TaskClauses.PROVINCE), source.path(TaskClauses.START).asInt(0),
                source.path(TaskClauses.END).asInt(0), text(source, TaskClauses.QUOTE), null, null).hit();
    }

    private JsonNode search(ObjectNode body) {
        return client.send("POST", name + "/_search", body).json();
    }

    @Override
    public void close() {
        // the HTTP client holds no connection that needs closing
    }
}
