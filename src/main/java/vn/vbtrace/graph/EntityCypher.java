package vn.vbtrace.graph;

/**
 * The write statements for what a document names besides other documents: programs, bodies placed
 * in a province, and its address lines, for a batch of documents (each row names its document: docId). Every
 * value is a $parameter; all run inside the transaction of {@link DocumentWriter#write}, after the documents'
 * own outgoing relationships were removed.
 */
final class EntityCypher {

    private EntityCypher() {
    }

    /**
     * A program's details: a later mention fills what an earlier one lacked, and never blanks a value. Its period and
     * the name that states it are taken together from one mention: a mention's replace the program's when it states
     * every year the program has (so both years win over an end year alone, over none; the later of two alike). Two
     * documents naming one approving decision's program with different periods (a number mistyped, a generated
     * set's) made a program "đến năm 2020" run from 2021 when the years were taken one by one.
     */
    static final String MERGE_PROGRAMS = """
            UNWIND $programs AS prog
            MATCH (d:Document {id: prog.docId})
            MERGE (p:Program {key: prog.key})
            WITH d, prog, p, (prog.fromYear IS NOT NULL OR p.fromYear IS NULL)
                             AND (prog.toYear IS NOT NULL OR p.toYear IS NULL) AS period
            SET p.name = CASE WHEN period THEN coalesce(prog.name, p.name) ELSE coalesce(p.name, prog.name) END,
                p.fromYear = CASE WHEN period THEN prog.fromYear ELSE p.fromYear END,
                p.toYear = CASE WHEN period THEN prog.toYear ELSE p.toYear END,
                p.shortName = coalesce(prog.shortName, p.shortName), p.kind = coalesce(prog.kind, p.kind),
                p.approvedById = coalesce(prog.approvedById, p.approvedById), p.stub = false
            MERGE (d)-[:MENTIONS]->(p)
            """;

    /**
     * The approving decision, a stub when it is not held; the same stub its citations reach (one id per number). It is
     * marked {@code approvesProgram}: a chain asks for the programs of its 200 documents, of which few approve one, and
     * the mark spares reading the relationships of the others ({@link ProgramQueries}).
     */
    static final String APPROVE_PROGRAMS = """
            UNWIND $programs AS prog
            WITH prog WHERE prog.approvedById IS NOT NULL
            MATCH (p:Program {key: prog.key})
            MERGE (a:Document {id: prog.approvedById})
              ON CREATE SET a.stub = true, a.number = prog.approvedBy, a.numberKey = prog.approvedByKey, a.citers = 0
            MERGE (a)-[:APPROVES]->(p)
            SET a.approvesProgram = true
            """;

    /**
     * Re-writing the approving decision removed its outgoing APPROVES (written when another document named
     * the program): the program remembers its approver's id, so the edge is put back.
     */
    static final String RELINK_APPROVED = """
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            MATCH (p:Program {approvedById: id})
            MERGE (d)-[:APPROVES]->(p)
            SET d.approvesProgram = true
            """;

    /**
     * Lineage is a fact about the programs, not about one document: it is never removed by a rewrite.
     * A predecessor known only by its key is a program stub.
     */
    static final String SUCCEEDS = """
            UNWIND $programs AS prog
            WITH prog WHERE prog.succeeds IS NOT NULL AND prog.succeeds <> prog.key
            MATCH (p:Program {key: prog.key})
            MERGE (q:Program {key: prog.succeeds})
              ON CREATE SET q.stub = true
            MERGE (p)-[:SUCCEEDS]->(q)
            """;

    /** Only a body with a parent is written from the body list: a node with no relationship answers nothing. */
    static final String PART_OF = """
            UNWIND $bodies AS body
            MERGE (b:Body {key: body.key})
              ON CREATE SET b.name = body.name, b.province = body.province
            MERGE (parent:Body {key: body.parentKey})
              ON CREATE SET parent.name = body.parent, parent.province = body.province
            MERGE (b)-[:PART_OF]->(parent)
            """;

    static final String ADDRESSED_TO = """
            UNWIND $addressed AS a
            MATCH (d:Document {id: a.docId})
            MERGE (b:Body {key: a.key})
              ON CREATE SET b.name = a.name, b.province = a.province
            CREATE (d)-[:ADDRESSED_TO {as: a.as}]->(b)
            """;
}
