package vn.vbtrace.graph;

import vn.vbtrace.document.TextFold;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.CitationEdges;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;

/**
 * Writes documents and what they say into the graph: a batch in one transaction, a few statements for the
 * whole batch ({@link GraphCypher}). Re-writing replaces a document's own outgoing relationships and tasks, so
 * writing the same document twice leaves the same graph, and a cited document that only the old version
 * mentioned does not linger as a stub. Several statements must share that transaction, hence a transaction
 * function here rather than {@code executableQuery} (one statement per transaction); it is retried on
 * transient errors.
 */
final class DocumentWriter {

    private final Driver driver;

    DocumentWriter(Driver driver) {
        this.driver = driver;
    }

    void write(IngestedDocument doc) {
        write(List.of(doc));
    }

    /** Writes the batch in one transaction; of two versions of one document, the later wins. */
    void write(List<IngestedDocument> batch) {
        List<IngestedDocument> docs = lastOfEach(batch);
        if (docs.isEmpty()) {
            return;
        }
        Statements statements = Statements.of(docs);
        try (Session session = driver.session()) {
            StatementTimes times = new StatementTimes();
            session.executeWrite(tx -> {
                times.clear(); // a retried transaction starts again
                statements.run(tx, times);
                times.start("commit");
                return null;
            });
            times.stop();
            times.log(docs.size());
        }
    }

    /**
     * Runs every statement of writing these documents in a transaction that is then rolled back: the graph is left
     * as it was, and the statements' plans are compiled and cached. A server does this once at start, so that its
     * first upload does not spend seconds planning them (its graph write took 5.6 to 6.5 s at 100,000 documents, 0.2 s
     * warm). Neo4j keys a cached plan by the statement, the types of its parameters (an empty list is not a list of
     * strings) and whether the transaction has changed anything yet, and a document new to the graph runs the
     * statements under other keys than a new version of a document the graph holds (which first detaches its old
     * links); so the documents are also written, and rolled back, as new versions of a held document (its id lent to
     * them), when the graph holds one. Without that, the first new version after a start spent 0.3 to 0.5 s planning.
     */
    void rehearse(List<IngestedDocument> docs) {
        List<IngestedDocument> asNew = lastOfEach(docs);
        rehearseOnce(asNew);
        heldDocumentId().ifPresent(held -> rehearseOnce(List.of(asNew.getFirst().withId(held))));
        rehearseCommit(asNew.getFirst());
    }

    /**
     * A rolled-back transaction never reaches Neo4j's commit path (its commands written to the transaction log, applied
     * to the stores, the label and property indexes and the counts updated): the first upload after a start loaded
     * those classes from the jar on its commit, 0.22 to 0.26 s of its graph write at 10,000 documents (0.01 to 0.02 s
     * warm; traced, December 2026). So two nodes of a label of their own, linked and holding the plan's title, are
     * committed and then deleted, in two transactions: no statement reads that label, and a start stopped between the
     * two leaves them to the next start's rehearsal, which deletes every such node.
     */
    private void rehearseCommit(IngestedDocument plan) {
        String text = plan.metadata().title() == null ? plan.id() : plan.metadata().title();
        try (Session session = driver.session()) {
            session.executeWrite(tx -> run(tx, GraphCypher.REHEARSAL_WRITE, Map.of("key", plan.id(), "text", text)).consume());
            session.executeWrite(tx -> run(tx, GraphCypher.REHEARSAL_REMOVE, Map.of()).consume());
        }
    }

    private void rehearseOnce(List<IngestedDocument> docs) {
        StatementTimes times = new StatementTimes();
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            Statements.of(docs).run(tx, times);
            tx.rollback();
        }
        times.log(docs.size());
    }

    /** A document the graph holds with links of its own (one it issued, so found through the relationships' index). */
    private Optional<String> heldDocumentId() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> run(tx, GraphCypher.HELD_DOCUMENT, Map.of()).stream()
                    .map(r -> r.get("id").asString()).findFirst());
        }
    }

    /** The parameters of every statement writing a batch, gathered once (a retried transaction runs them again). */
    private record Statements(List<IngestedDocument> docs, List<String> ids, List<Map<String, Object>> documents,
                              Map<Relation, List<Map<String, Object>>> references, List<Map<String, Object>> tasks,
                              List<Map<String, Object>> bodies, List<Map<String, Object>> addressed,
                              Map<String, Integer> citerDeltas) {

        static Statements of(List<IngestedDocument> docs) {
            List<Map<String, Object>> documents = new ArrayList<>();
            Map<Relation, List<Map<String, Object>>> references = new EnumMap<>(Relation.class);
            List<Map<String, Object>> tasks = new ArrayList<>();
            List<Map<String, Object>> bodies = new ArrayList<>();
            List<Map<String, Object>> addressed = new ArrayList<>();
            Map<String, Integer> citerDeltas = new HashMap<>();
            for (IngestedDocument doc : docs) {
                documents.add(documentParameters(doc));
                referenceParameters(doc).forEach((relation, refs) -> {
                    for (Map<String, Object> ref : refs) {
                        ref.put("from", doc.id());
                        references.computeIfAbsent(relation, r -> new ArrayList<>()).add(ref);
                    }
                });
                tasks.addAll(taskParameters(doc));
                bodies.addAll(EntityParameters.bodiesWithParent(doc.extraction()));
                for (Map<String, Object> line : EntityParameters.addressed(doc.extraction())) {
                    line.put("docId", doc.id());
                    addressed.add(line);
                }
                citedIds(doc).forEach(target -> citerDeltas.merge(target, 1, Integer::sum));
            }
            return new Statements(docs, docs.stream().map(IngestedDocument::id).toList(), documents, references,
                    tasks, bodies, addressed, citerDeltas);
        }

        void run(SimpleQueryRunner tx, StatementTimes times) {
            Map<String, Object> previous = times.time("neighbours", () -> neighbours(tx, ids, citerDeltas));
            if (hasAny(previous.get("ids"))) { // new documents have nothing to detach
                times.exec(tx, "detach", GraphCypher.DETACH_OWN, Map.of("ids", previous.get("ids")));
            }
            times.exec(tx, "documents", GraphCypher.MERGE_DOCUMENTS, Map.of("docs", documents));
            times.exec(tx, "issuers", GraphCypher.ISSUERS, Map.of("docs", documents));
            times.exec(tx, "signers", GraphCypher.SIGNERS, Map.of("docs", documents));
            references.forEach((relation, refs) -> times.exec(tx, "references " + relation,
                    GraphCypher.referenceStatement(relation), Map.of("refs", refs)));
            times.exec(tx, "tasks", GraphCypher.TASKS, Map.of("tasks", tasks));
            Map<String, String> absorbed = times.time("programs", () -> writePrograms(tx, docs));
            times.exec(tx, "relink approvals", EntityCypher.RELINK_APPROVED, Map.of("ids", ids));
            times.exec(tx, "part of", EntityCypher.PART_OF, Map.of("bodies", bodies));
            times.exec(tx, "addressed to", EntityCypher.ADDRESSED_TO, Map.of("addressed", addressed));
            times.time("absorb", () -> {
                ProgramIdentity.absorb(tx, absorbed);
                return null;
            });
            times.time("prune", () -> {
                prune(tx, previous);
                return null;
            });
            times.time("citer counts", () -> {
                writeCiterCounts(tx, citerDeltas);
                return null;
            });
        }
    }

    /**
     * The programs the documents name, each resolved onto the programs known so far (the graph's, then those of
     * the batch's earlier documents), then written. Returns the name-keyed programs to absorb.
     */
    private static Map<String, String> writePrograms(SimpleQueryRunner tx, List<IngestedDocument> docs) {
        Map<String, List<Map<String, Object>>> named = new LinkedHashMap<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (IngestedDocument doc : docs) {
            List<Map<String, Object>> programs = EntityParameters.programs(doc.extraction());
            if (!programs.isEmpty()) {
                named.put(doc.id(), programs);
                all.addAll(programs);
            }
        }
        if (named.isEmpty()) {
            return Map.of();
        }
        List<Map<String, Object>> known = ProgramIdentity.known(tx, all);
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> absorbed = new LinkedHashMap<>();
        named.forEach((docId, programs) -> {
            ProgramIdentity.Resolution resolved = ProgramIdentity.resolve(programs, known);
            ProgramIdentity.learn(known, resolved);
            absorbed.putAll(resolved.absorbed());
            for (Map<String, Object> program : resolved.programs()) {
                Map<String, Object> row = new HashMap<>(program);
                row.put("docId", docId);
                rows.add(row);
            }
        });
        Map<String, Object> parameters = Map.of("programs", rows);
        for (String statement : List.of(EntityCypher.MERGE_PROGRAMS, EntityCypher.APPROVE_PROGRAMS, EntityCypher.SUCCEEDS)) {
            run(tx, statement, parameters).consume();
        }
        return absorbed;
    }

    /** Undoes {@link #write}: a node still cited by other documents becomes a stub again. */
    void delete(List<String> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        Map<String, Integer> citerDeltas = new HashMap<>();
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                Map<String, Object> previous = neighbours(tx, documentIds, citerDeltas);
                Map<String, Object> ids = Map.of("ids", documentIds);
                run(tx, GraphCypher.DETACH_OWN, ids).consume();
                run(tx, GraphCypher.DELETE_UNCITED, ids).consume();
                run(tx, GraphCypher.BACK_TO_STUB, ids).consume();
                prune(tx, previous);
                writeCiterCounts(tx, citerDeltas);
                return null;
            });
        }
    }

    /**
     * What the documents point at before they are rewritten (candidates for pruning), and for each document
     * they cite, one citer fewer in {@code citerDeltas}. Under "ids": the documents that have anything to detach.
     */
    private static Map<String, Object> neighbours(SimpleQueryRunner tx, List<String> ids, Map<String, Integer> citerDeltas) {
        java.util.Set<String> documentIds = new java.util.LinkedHashSet<>();
        java.util.Set<String> bodyKeys = new java.util.LinkedHashSet<>();
        java.util.Set<String> personNames = new java.util.LinkedHashSet<>();
        java.util.Set<String> programKeys = new java.util.LinkedHashSet<>();
        List<String> withOwn = new ArrayList<>();
        for (Record r : run(tx, GraphCypher.NEIGHBOURS, Map.of("ids", ids)).list()) {
            withOwn.add(r.get("id").asString());
            List<String> cited = r.get("documentIds").asList(Value::asString);
            cited.forEach(target -> citerDeltas.merge(target, -1, Integer::sum));
            documentIds.addAll(cited);
            bodyKeys.addAll(r.get("bodyKeys").asList(Value::asString));
            personNames.addAll(r.get("personNames").asList(Value::asString));
            programKeys.addAll(r.get("programKeys").asList(Value::asString));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("ids", withOwn);
        p.put("documentIds", new ArrayList<>(documentIds));
        p.put("bodyKeys", new ArrayList<>(bodyKeys));
        p.put("personNames", new ArrayList<>(personNames));
        p.put("programKeys", new ArrayList<>(programKeys));
        return p;
    }

    /**
     * Each statement only when it has candidates, and given only its own list: Neo4j keeps a plan per statement and
     * per the types of its parameters, where an empty list is another type than a list of strings, so passing every
     * list to every statement made a plan for each combination of empty and non-empty lists that documents come in.
     */
    private static void prune(SimpleQueryRunner tx, Map<String, Object> candidates) {
        for (Map.Entry<String, String> statement : GraphCypher.PRUNE) {
            Object keys = candidates.get(statement.getKey());
            if (hasAny(keys)) {
                run(tx, statement.getValue(), Map.of(statement.getKey(), keys)).consume();
            }
        }
    }

    /**
     * Whether a list parameter holds anything: a statement over an empty list is skipped rather than run, since it
     * would write nothing, and Neo4j would plan it again under the key of an empty list (see {@link #prune}).
     */
    private static boolean hasAny(Object list) {
        return list instanceof List<?> items && !items.isEmpty();
    }

    private static void writeCiterCounts(SimpleQueryRunner tx, Map<String, Integer> citerDeltas) {
        List<Map<String, Object>> deltas = new ArrayList<>();
        // Unchanged counts too (delta 0): a node without a count yet is counted in full.
        citerDeltas.forEach((id, delta) -> deltas.add(Map.of("id", id, "delta", delta)));
        if (!deltas.isEmpty()) {
            run(tx, GraphCypher.CITER_COUNTS, Map.of("deltas", deltas)).consume();
        }
    }

    /** The distinct documents (and stubs) a document cites: each counts it once among its citers. */
    private static java.util.Set<String> citedIds(IngestedDocument doc) {
        return CitationEdges.of(doc).firstByTarget().keySet();
    }

    /**
     * Runs a write statement with the plan already made for it. A bulk load changes the graph's statistics
     * so fast that Neo4j would plan every statement again every few seconds (a third of the writing time); these
     * statements seek by unique keys, so the plan made once stays the right one.
     */
    static org.neo4j.driver.Result run(SimpleQueryRunner tx, String statement, Map<String, Object> parameters) {
        return tx.run(KEEP_PLAN + statement, parameters);
    }

    private static final String KEEP_PLAN = "CYPHER replan=skip\n";

    /** One version per id, the last given, in the order of those last versions. */
    private static List<IngestedDocument> lastOfEach(List<IngestedDocument> batch) {
        Map<String, IngestedDocument> last = new LinkedHashMap<>();
        for (IngestedDocument doc : batch) {
            last.remove(doc.id());
            last.put(doc.id(), doc);
        }
        return new ArrayList<>(last.values());
    }

    /** A document's row: its node's properties (all of them, null removing a value), and what its relationships need. */
    private static Map<String, Object> documentParameters(IngestedDocument doc) {
        DocumentMetadata m = doc.metadata();
        Map<String, Object> properties = new HashMap<>();
        properties.put("number", m.number());
        properties.put("numberKey", DocumentNumbers.key(m.number()));
        properties.put("type", m.type());
        properties.put("issuer", m.issuer());
        properties.put("issuedDate", m.issuedDate());
        properties.put("place", m.place());
        properties.put("title", m.title());
        properties.put("signer", blankToNull(m.signer()));
        properties.put("portalStatus", blankToNull(m.portalStatus()));
        EffectClause effect = doc.extraction().effect();
        properties.put("effectKind", effect == null ? null : effect.kind().name());
        properties.put("effectDays", effect == null ? null : effect.days());
        properties.put("effectiveDate", effect == null ? null : effect.effectiveDate());
        properties.put("effectEndDate", effect == null ? null : effect.endDate());
        properties.put("effectText", effect == null ? null : effect.text());
        properties.put("source", doc.source());
        properties.put("contentHash", doc.contentHash());
        properties.put("ingestedAt", doc.ingestedAt() == null ? null : doc.ingestedAt().atOffset(ZoneOffset.UTC));
        // How many documents it cites, each once, as its reference relationships will: a chain shows the count for
        // each document whose basis it cuts, and counting them there read every such document's relationships.
        properties.put("cites", citedIds(doc).size());
        Map<String, Object> p = new HashMap<>();
        p.put("id", doc.id());
        p.put("properties", properties);
        p.put("issuer", m.issuer());
        p.put("issuerKey", bodyKey(m.issuer()));
        p.put("signer", blankToNull(m.signer()));
        p.put("signerTitle", blankToNull(m.signerTitle()));
        return p;
    }

    /**
     * The references grouped by relation type (a relationship type cannot be a parameter), one per
     * (target, relation): the first mention in the text wins. A mention of the document itself
     * ("Ban hành kèm theo Quyết định số 1852/QĐ-UBND" inside 1852's own plan) is not a reference.
     */
    static Map<Relation, List<Map<String, Object>>> referenceParameters(IngestedDocument doc) {
        Map<Relation, List<Map<String, Object>>> byRelation = new EnumMap<>(Relation.class);
        for (CitationEdges.Edge edge : CitationEdges.of(doc).edges()) {
            Reference ref = edge.mention();
            Map<String, Object> p = new HashMap<>();
            p.put("id", edge.targetId());
            p.put("number", ref.number());
            p.put("numberKey", DocumentNumbers.key(ref.number()));
            p.put("title", ref.title());
            p.put("type", ref.type());
            p.put("issuer", ref.knownIssuer()); // a stub shows the maker its number implies when no citer names one
            p.put("date", ref.date());
            p.put("text", ref.text());
            p.put("start", ref.start());
            p.put("end", ref.end());
            byRelation.computeIfAbsent(edge.relation(), r -> new ArrayList<>()).add(p);
        }
        return byRelation;
    }

    /** The id a cited document has (or will have once ingested); null when nothing identifies it. */
    static String targetId(Reference ref) {
        return DocumentNumbers.targetId(ref);
    }

    private static List<Map<String, Object>> taskParameters(IngestedDocument doc) {
        List<Assignment> assignments = doc.extraction().assignments();
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            Map<String, Object> p = new HashMap<>();
            p.put("id", doc.id() + ":" + i);
            p.put("docId", doc.id());
            p.put("text", a.task());
            p.put("deadline", a.deadline());
            p.put("start", a.start());
            p.put("end", a.end());
            p.put("body", blankToNull(a.body()));
            // The province is part of the body's identity: Sở Tài chính tỉnh Bắc Kạn is not Hậu Giang's.
            p.put("bodyKey", a.body() == null || a.body().isBlank() ? null : bodyKey(a.qualifiedBody()));
            p.put("province", blankToNull(a.province()));
            p.put("role", a.role() == null ? null : a.role().name());
            tasks.add(p);
        }
        return tasks;
    }

    /** A body's key: its folded name with single spaces, so case and diacritics do not split a body in two. */
    static String bodyKey(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return TextFold.fold(name).strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
