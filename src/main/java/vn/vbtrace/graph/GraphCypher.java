package vn.vbtrace.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.vbtrace.document.Relation;

/**
 * The write statements of {@link DocumentWriter}; every value is a $parameter. Each statement writes a whole
 * batch of documents (UNWIND over its rows), so a batch costs the same few statements however many documents
 * it holds. The documents' own outgoing relationships were removed first ({@link #DETACH_OWN}), so what a
 * document says is CREATEd, not MERGEd: nothing of it can be there already.
 */
final class GraphCypher {

    private GraphCypher() {
    }

    /**
     * What each document of the batch points at now: the documents it cites (whose citer counts drop when it
     * is rewritten) and the stubs, bodies, people and programs that may be left with nothing pointing at them.
     */
    static final String NEIGHBOURS = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            OPTIONAL MATCH (d)-->(x)
            WITH d, collect(DISTINCT x) AS xs
            OPTIONAL MATCH (d)-[:ASSIGNS]->(:Task)<-[:RESPONSIBLE_FOR]-(b:Body)
            WITH d, xs, collect(DISTINCT b.key) AS taskBodies
            WHERE size(xs) > 0
            RETURN d.id AS id,
                   [x IN xs WHERE x:Document | x.id] AS documentIds,
                   [x IN xs WHERE x:Body | x.key] + taskBodies AS bodyKeys,
                   [x IN xs WHERE x:Person | x.name] AS personNames,
                   [x IN xs WHERE x:Program | x.key] AS programKeys
            """;

    /** The documents' own tasks and outgoing relationships; incoming citations stay. */
    static final String DETACH_OWN = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            OPTIONAL MATCH (d)-[:ASSIGNS]->(t:Task)
            DETACH DELETE t
            WITH DISTINCT d
            OPTIONAL MATCH (d)-[r]->()
            DELETE r
            """;

    /** A stub with the same id (cited before it was ingested) is filled in place: its citations stay. */
    /**
     * A document new to the graph starts with no citer ({@link #CITER_COUNTS} then adds those of its own batch): with
     * no count, every chain or page naming it counted its citers by reading all its relationships (a leaf's 30 or so,
     * for each of the 200 documents of a chain's page).
     */
    static final String MERGE_DOCUMENTS = """
            UNWIND $docs AS doc
            MERGE (d:Document {id: doc.id})
              ON CREATE SET d.citers = 0
            SET d += doc.properties, d.stub = false
            """;

    static final String ISSUERS = """
            UNWIND $docs AS doc
            WITH doc WHERE doc.issuerKey IS NOT NULL
            MATCH (d:Document {id: doc.id})
            MERGE (b:Body {key: doc.issuerKey})
              ON CREATE SET b.name = doc.issuer
            CREATE (d)-[:ISSUED_BY]->(b)
            """;

    static final String SIGNERS = """
            UNWIND $docs AS doc
            WITH doc WHERE doc.signer IS NOT NULL
            MATCH (d:Document {id: doc.id})
            MERGE (p:Person {name: doc.signer})
            CREATE (d)-[:SIGNED_BY {title: doc.signerTitle}]->(p)
            """;

    /**
     * One statement per relation type, since a relationship type cannot be a parameter. A cited
     * document is created as a stub; a stub only gains what it lacks from later mentions, and a real
     * document is never changed by a mention.
     */
    private static final String REFERENCE_TEMPLATE = """
            UNWIND $refs AS ref
            MATCH (d:Document {id: ref.from})
            MERGE (t:Document {id: ref.id})
              ON CREATE SET t.stub = true, t.number = ref.number, t.numberKey = ref.numberKey,
                            t.type = ref.type, t.issuer = ref.issuer, t.issuedDate = ref.date,
                            t.title = ref.title
              ON MATCH SET t.type = CASE WHEN t.stub THEN coalesce(t.type, ref.type) ELSE t.type END,
                           t.issuer = CASE WHEN t.stub THEN coalesce(t.issuer, ref.issuer) ELSE t.issuer END,
                           t.issuedDate = CASE WHEN t.stub THEN coalesce(t.issuedDate, ref.date) ELSE t.issuedDate END,
                           t.title = CASE WHEN t.stub THEN coalesce(t.title, ref.title) ELSE t.title END
            CREATE (d)-[r:%s {date: ref.date, text: ref.text, start: ref.start, end: ref.end}]->(t)
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

    /** The reference relationship types, as a Cypher type alternation ("BASED_ON|IMPLEMENTS|..."). */
    static final String REFERENCE_TYPES = Relation.graphTypeAlternation();

    static String referenceStatement(Relation relation) {
        return REFERENCE_STATEMENTS.get(relation);
    }

    static final String TASKS = """
            UNWIND $tasks AS task
            MATCH (d:Document {id: task.docId})
            CREATE (t:Task {id: task.id, text: task.text, deadline: task.deadline, start: task.start, end: task.end})
            CREATE (d)-[:ASSIGNS]->(t)
            WITH t, task
            WHERE task.bodyKey IS NOT NULL
            MERGE (b:Body {key: task.bodyKey})
              ON CREATE SET b.name = task.body, b.province = task.province
            CREATE (b)-[:RESPONSIBLE_FOR {role: task.role}]->(t)
            """;

    /**
     * How many distinct documents cite each document: kept on the node, because a chain or a page shows it
     * for every document it names, and counting the citers of a document cited by thousands each time would
     * cost as much as the repository is large. Changed by {@code delta} (citers gained minus citers lost in
     * the batch); a node that has no count yet (a new stub, a catalog record) is counted in full once.
     */
    static final String CITER_COUNTS = """
            UNWIND $deltas AS change
            MATCH (t:Document {id: change.id})
            SET t.citers = CASE WHEN t.citers IS NULL
                                THEN size(COLLECT { MATCH (c:Document)-->(t) RETURN DISTINCT c })
                                ELSE t.citers + change.delta END
            """;

    /**
     * Deleting a document nobody cites removes the node, unless staff recorded its status (that history stays)
     * or it is a catalog record (it goes back to a stub with the catalog's values).
     */
    static final String DELETE_UNCITED = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            WHERE NOT EXISTS { (:Document)-->(d) } AND NOT EXISTS { (:StatusRecord)-->(d) } AND d.catalog IS NULL
            DETACH DELETE d
            """;

    /**
     * A deleted document that others still cite stays as a stub, as if it had never been ingested (a catalog record's
     * values come back). Like every stub it keeps no count of what it cites: a relation of the catalog may start at
     * a stub, and the chain counts a stub's few relationships itself.
     */
    static final String BACK_TO_STUB = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            SET d.stub = true, d.type = coalesce(d.catalogType, d.type), d.issuer = coalesce(d.catalogIssuer, d.issuer),
                d.issuedDate = coalesce(d.catalogIssuedDate, d.issuedDate), d.title = coalesce(d.catalogTitle, d.title)
            REMOVE d.cites, d.source, d.contentHash, d.ingestedAt, d.place, d.signer, d.portalStatus, d.effectKind,
                   d.effectDays, d.effectiveDate, d.effectEndDate, d.effectText
            """;

    /** The committed part of an upload's rehearsal ({@code DocumentWriter.rehearseCommit}): a label nothing else reads. */
    static final String REHEARSAL_WRITE = """
            CREATE (a:UploadRehearsal {key: $key, text: $text})-[:REHEARSES {text: $text}]->(b:UploadRehearsal {key: $key})
            """;

    /** Every node a rehearsal committed, this one's and any a stop between its two transactions left. */
    static final String REHEARSAL_REMOVE = """
            MATCH (n:UploadRehearsal)
            DETACH DELETE n
            """;

    /** A document the graph holds with links of its own: the start of the first ISSUED_BY relationship. */
    static final String HELD_DOCUMENT = """
            MATCH (d:Document)-[:ISSUED_BY]->(:Body)
            RETURN d.id AS id
            LIMIT 1
            """;

    /**
     * Removes stubs, bodies, people and programs that nothing points at any more among the candidates: each statement
     * by the list of candidates it reads (a key of {@code DocumentWriter.neighbours}' answer), given that list only.
     */
    static final List<Map.Entry<String, String>> PRUNE = List.of(Map.entry("documentIds", """
            UNWIND $documentIds AS did
            MATCH (s:Document {id: did})
            WHERE s.stub AND NOT EXISTS { ()-->(s) } AND NOT EXISTS { (s)-[:APPROVES]->(:Program) } AND s.catalog IS NULL
            DETACH DELETE s
            """), Map.entry("bodyKeys", """
            UNWIND $bodyKeys AS key
            MATCH (b:Body {key: key})
            WHERE NOT EXISTS { (b)--() }
            DELETE b
            """), Map.entry("personNames", """
            UNWIND $personNames AS name
            MATCH (p:Person {name: name})
            WHERE NOT EXISTS { (p)--() }
            DELETE p
            """), Map.entry("programKeys", """
            UNWIND $programKeys AS key
            MATCH (p:Program {key: key})
            WHERE NOT EXISTS { (p)--() }
            DELETE p
            """));
}
