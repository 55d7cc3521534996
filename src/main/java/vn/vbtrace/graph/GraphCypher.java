package vn.vbtrace.graph;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import vn.vbtrace.document.Relation;

/** The write statements of {@link DocumentWriter}; every value is a $parameter. */
final class GraphCypher {

    private GraphCypher() {
    }

    /** What the document points at now, so that what only it pointed at can be pruned after a rewrite. */
    static final String NEIGHBOURS = """
            OPTIONAL MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-->(x)
            WITH d, collect(DISTINCT x) AS xs
            OPTIONAL MATCH (d)-[:ASSIGNS]->(:Task)<-[:RESPONSIBLE_FOR]-(b:Body)
            WITH xs, collect(DISTINCT b.key) AS taskBodies
            RETURN [x IN xs WHERE x:Document | x.id] AS documentIds,
                   [x IN xs WHERE x:Body | x.key] + taskBodies AS bodyKeys,
                   [x IN xs WHERE x:Person | x.name] AS personNames,
                   [x IN xs WHERE x:Program | x.key] AS programKeys
            """;

    /** The document's own tasks and outgoing relationships; incoming citations stay. */
    static final String DETACH_OWN = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[:ASSIGNS]->(t:Task)
            DETACH DELETE t
            WITH DISTINCT d
            OPTIONAL MATCH (d)-[r]->()
            DELETE r
            """;

    /** A stub with the same id (cited before it was ingested) is filled in place: its citations stay. */
    static final String MERGE_DOCUMENT = """
            MERGE (d:Document {id: $id})
            SET d.number = $number, d.numberKey = $numberKey, d.type = $type, d.issuer = $issuer,
                d.issuedDate = $issuedDate, d.place = $place, d.title = $title, d.signer = $signer,
                d.source = $source, d.contentHash = $contentHash, d.ingestedAt = $ingestedAt,
                d.portalStatus = $portalStatus, d.effectKind = $effectKind, d.effectDays = $effectDays,
                d.effectiveDate = $effectiveDate, d.effectEndDate = $effectEndDate, d.effectText = $effectText,
                d.stub = false
            """;

    static final String MERGE_ISSUER = """
            MATCH (d:Document {id: $id})
            MERGE (b:Body {key: $issuerKey})
              ON CREATE SET b.name = $issuer
            MERGE (d)-[:ISSUED_BY]->(b)
            """;

    static final String MERGE_SIGNER = """
            MATCH (d:Document {id: $id})
            MERGE (p:Person {name: $signer})
            MERGE (d)-[r:SIGNED_BY]->(p)
            SET r.title = $signerTitle
            """;

    /**
     * One statement per relation type, since a relationship type cannot be a parameter. A cited
     * document is created as a stub; a stub only gains what it lacks from later mentions, and a real
     * document is never changed by a mention.
     */
    private static final String REFERENCE_TEMPLATE = """
            MATCH (d:Document {id: $id})
            UNWIND $refs AS ref
            MERGE (t:Document {id: ref.id})
              ON CREATE SET t.stub = true, t.number = ref.number, t.numberKey = ref.numberKey,
                            t.type = ref.type, t.issuer = ref.issuer, t.issuedDate = ref.date,
                            t.title = ref.title
              ON MATCH SET t.type = CASE WHEN t.stub THEN coalesce(t.type, ref.type) ELSE t.type END,
                           t.issuer = CASE WHEN t.stub THEN coalesce(t.issuer, ref.issuer) ELSE t.issuer END,
                           t.issuedDate = CASE WHEN t.stub THEN coalesce(t.issuedDate, ref.date) ELSE t.issuedDate END,
                           t.title = CASE WHEN t.stub THEN coalesce(t.title, ref.title) ELSE t.title END
            MERGE (d)-[r:%s]->(t)
              ON CREATE SET r.date = ref.date, r.text = ref.text, r.start = ref.start, r.end = ref.end
            """;

    private static final Map<Relation, String> REFERENCE_STATEMENTS = new EnumMap<>(Relation.class);

    static {
        for (Relation relation : Relation.values()) {
            REFERENCE_STATEMENTS.put(relation, REFERENCE_TEMPLATE.formatted(relationshipType(relation)));
        }
    }

    /** The relationship type of a relation, as {@link Relation} declares it: never from input text. */
    static String relationshipType(Relation relation) {
        return relation.graphType();
    }

    static String referenceStatement(Relation relation) {
        return REFERENCE_STATEMENTS.get(relation);
    }

    static final String MERGE_TASKS = """
            MATCH (d:Document {id: $id})
            UNWIND $tasks AS task
            MERGE (t:Task {id: task.id})
            SET t.text = task.text, t.deadline = task.deadline, t.start = task.start, t.end = task.end
            MERGE (d)-[:ASSIGNS]->(t)
            WITH t, task
            WHERE task.bodyKey IS NOT NULL
            MERGE (b:Body {key: task.bodyKey})
              ON CREATE SET b.name = task.body, b.province = task.province
            MERGE (b)-[r:RESPONSIBLE_FOR]->(t)
            SET r.role = task.role
            """;

    /**
     * Deleting a document nobody cites removes the node, unless staff recorded its status (that history stays)
     * or it is a catalog record (it goes back to a stub with the catalog's values).
     */
    static final String DELETE_UNCITED = """
            MATCH (d:Document {id: $id})
            WHERE NOT EXISTS { (:Document)-->(d) } AND NOT EXISTS { (:StatusRecord)-->(d) } AND d.catalog IS NULL
            DETACH DELETE d
            """;

    /** A deleted document that others still cite stays as a stub, as if it had never been ingested (a catalog record's values come back). */
    static final String BACK_TO_STUB = """
            MATCH (d:Document {id: $id})
            SET d.stub = true, d.type = coalesce(d.catalogType, d.type), d.issuer = coalesce(d.catalogIssuer, d.issuer),
                d.issuedDate = coalesce(d.catalogIssuedDate, d.issuedDate), d.title = coalesce(d.catalogTitle, d.title)
            REMOVE d.source, d.contentHash, d.ingestedAt, d.place, d.signer, d.portalStatus, d.effectKind,
                   d.effectDays, d.effectiveDate, d.effectEndDate, d.effectText
            """;

    private static final List<String> PRUNE = List.of("""
            UNWIND $documentIds AS did
            MATCH (s:Document {id: did})
            WHERE s.stub AND NOT EXISTS { ()-->(s) } AND NOT EXISTS { (s)-[:APPROVES]->(:Program) } AND s.catalog IS NULL
            DETACH DELETE s
            """, """
            UNWIND $bodyKeys AS key
            MATCH (b:Body {key: key})
            WHERE NOT EXISTS { (b)--() }
            DELETE b
            """, """
            UNWIND $personNames AS name
            MATCH (p:Person {name: name})
            WHERE NOT EXISTS { (p)--() }
            DELETE p
            """, """
            UNWIND $programKeys AS key
            MATCH (p:Program {key: key})
            WHERE NOT EXISTS { (p)--() }
            DELETE p
            """);

    static Map<String, Object> neighbours(TransactionContext tx, String id) {
        Record r = tx.run(NEIGHBOURS, Map.of("id", id)).single();
        Map<String, Object> p = new HashMap<>();
        p.put("documentIds", strings(r.get("documentIds")));
        p.put("bodyKeys", strings(r.get("bodyKeys")));
        p.put("personNames", strings(r.get("personNames")));
        p.put("programKeys", strings(r.get("programKeys")));
        return p;
    }

    /** Removes stubs, bodies, people and programs that nothing points at any more among {@code candidates}. */
    static void prune(TransactionContext tx, Map<String, Object> candidates) {
        for (String statement : PRUNE) {
            tx.run(statement, candidates).consume();
        }
    }

    private static List<String> strings(Value list) {
        return list.asList(Value::asString);
    }
}
