package vn.vbtrace.graph;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;

/**
 * Writes one document and what it says into the graph, in one transaction. Re-writing replaces the
 * document's own outgoing relationships and tasks, so writing the same document twice leaves the
 * same graph, and a cited document that only the old version mentioned does not linger as a stub.
 * Several statements must share that transaction, hence a transaction function here rather than
 * {@code executableQuery} (which is one statement per transaction); it is retried on transient errors.
 */
final class DocumentWriter {

    private final Driver driver;

    DocumentWriter(Driver driver) {
        this.driver = driver;
    }

    void write(IngestedDocument doc) {
        Map<String, Object> document = documentParameters(doc);
        Map<Relation, List<Map<String, Object>>> references = referenceParameters(doc);
        List<Map<String, Object>> tasks = taskParameters(doc);
        List<Map<String, Object>> programs = EntityParameters.programs(doc.extraction());
        Map<String, Object> id = Map.of("id", doc.id());
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                Map<String, Object> previous = GraphCypher.neighbours(tx, doc.id());
                tx.run(GraphCypher.DETACH_OWN, id).consume();
                tx.run(GraphCypher.MERGE_DOCUMENT, document).consume();
                if (document.get("issuerKey") != null) {
                    tx.run(GraphCypher.MERGE_ISSUER, document).consume();
                }
                if (document.get("signer") != null) {
                    tx.run(GraphCypher.MERGE_SIGNER, document).consume();
                }
                references.forEach((relation, refs) -> tx.run(GraphCypher.referenceStatement(relation),
                        Map.of("id", doc.id(), "refs", refs)).consume());
                if (!tasks.isEmpty()) {
                    tx.run(GraphCypher.MERGE_TASKS, Map.of("id", doc.id(), "tasks", tasks)).consume();
                }
                ProgramIdentity.Resolution resolved = ProgramIdentity.resolve(tx, programs);
                writeEntities(tx, Map.of("id", doc.id(), "programs", resolved.programs(),
                        "bodies", EntityParameters.bodiesWithParent(doc.extraction()),
                        "addressed", EntityParameters.addressed(doc.extraction())));
                ProgramIdentity.absorb(tx, resolved.absorbed());
                GraphCypher.prune(tx, previous);
                return null;
            });
        }
    }

    private static void writeEntities(TransactionContext tx, Map<String, Object> entities) {
        for (String statement : List.of(EntityCypher.MERGE_PROGRAMS, EntityCypher.APPROVE_PROGRAMS,
                EntityCypher.SUCCEEDS, EntityCypher.RELINK_APPROVED, EntityCypher.PART_OF, EntityCypher.ADDRESSED_TO)) {
            tx.run(statement, entities).consume();
        }
    }

    /** Undoes {@link #write}: a node still cited by other documents becomes a stub again. */
    void delete(String documentId) {
        Map<String, Object> id = Map.of("id", documentId);
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                Map<String, Object> previous = GraphCypher.neighbours(tx, documentId);
                tx.run(GraphCypher.DETACH_OWN, id).consume();
                tx.run(GraphCypher.DELETE_UNCITED, id).consume();
                tx.run(GraphCypher.BACK_TO_STUB, id).consume();
                GraphCypher.prune(tx, previous);
                return null;
            });
        }
    }

    private static Map<String, Object> documentParameters(IngestedDocument doc) {
        DocumentMetadata m = doc.metadata();
        Map<String, Object> p = new HashMap<>();
        p.put("id", doc.id());
        p.put("number", m.number());
        p.put("numberKey", DocumentNumbers.key(m.number()));
        p.put("type", m.type());
        p.put("issuer", m.issuer());
        p.put("issuedDate", m.issuedDate());
        p.put("place", m.place());
        p.put("title", m.title());
        p.put("signer", blankToNull(m.signer()));
        p.put("signerTitle", blankToNull(m.signerTitle()));
        p.put("portalStatus", blankToNull(m.portalStatus()));
        EffectClause effect = doc.extraction().effect();
        p.put("effectKind", effect == null ? null : effect.kind());
        p.put("effectDays", effect == null ? null : effect.days());
        p.put("effectiveDate", effect == null ? null : effect.effectiveDate());
        p.put("effectEndDate", effect == null ? null : effect.endDate());
        p.put("effectText", effect == null ? null : effect.text());
        p.put("source", doc.source());
        p.put("contentHash", doc.contentHash());
        p.put("ingestedAt", doc.ingestedAt() == null ? null : doc.ingestedAt().atOffset(ZoneOffset.UTC));
        p.put("issuerKey", bodyKey(m.issuer()));
        return p;
    }

    /**
     * The references grouped by relation type (a relationship type cannot be a parameter), one per
     * (target, relation): the first mention in the text wins. A mention of the document itself
     * ("Ban hành kèm theo Quyết định số 1852/QĐ-UBND" inside 1852's own plan) is not a reference.
     */
    static Map<Relation, List<Map<String, Object>>> referenceParameters(IngestedDocument doc) {
        List<Reference> ordered = new ArrayList<>(doc.extraction().references());
        ordered.sort(Comparator.comparingInt(Reference::start));
        Map<String, Map<String, Object>> firstMentions = new LinkedHashMap<>();
        for (Reference ref : ordered) {
            String target = targetId(ref);
            if (target == null || target.equals(doc.id()) || ref.relation() == null) {
                continue;
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", target);
            p.put("number", ref.number());
            p.put("numberKey", DocumentNumbers.key(ref.number()));
            p.put("title", ref.title());
            p.put("type", ref.type());
            p.put("issuer", ref.issuer());
            p.put("date", ref.date());
            p.put("text", ref.text());
            p.put("start", ref.start());
            p.put("end", ref.end());
            p.put("relation", ref.relation());
            firstMentions.putIfAbsent(target + "|" + ref.relation(), p);
        }
        Map<Relation, List<Map<String, Object>>> byRelation = new EnumMap<>(Relation.class);
        for (Map<String, Object> p : firstMentions.values()) {
            Relation relation = (Relation) p.remove("relation");
            byRelation.computeIfAbsent(relation, r -> new ArrayList<>()).add(p);
        }
        return byRelation;
    }

    /** The id a cited document has (or will have once ingested); null when nothing identifies it. */
    static String targetId(Reference ref) {
        String key = DocumentNumbers.key(ref.number());
        if (key != null && !key.isBlank()) {
            return DocumentNumbers.idForNumber(ref.number());
        }
        if (ref.title() != null && !ref.title().isBlank()) {
            return DocumentNumbers.idForIdentity("law:" + DocumentNumbers.fold(ref.title()) + "|" + ref.date());
        }
        return null;
    }

    private static List<Map<String, Object>> taskParameters(IngestedDocument doc) {
        List<Assignment> assignments = doc.extraction().assignments();
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            Map<String, Object> p = new HashMap<>();
            p.put("id", doc.id() + ":" + i);
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
        return DocumentNumbers.fold(name).strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
