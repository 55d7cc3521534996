package vn.vbtrace.graph;

import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.GqlNotification;
import org.neo4j.driver.summary.ResultSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.ChainEdge;
import vn.vbtrace.document.ChainNode;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Role;
import vn.vbtrace.document.TextFold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.vbtrace.graph.SeedDocuments.CV_4258;
import static vn.vbtrace.graph.SeedDocuments.QD_1322;
import static vn.vbtrace.graph.SeedDocuments.QD_1852;
import static vn.vbtrace.graph.SeedDocuments.TTR_54;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The graph of the seed documents, through one graph shared by the whole class: embedded, and a Neo4j server in its
 * own process over bolt:// and over neo4j:// ({@link GraphTarget}).
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class GraphStoreIT {

    @TempDir
    static Path data;

    static GraphStore store;

    @Parameter
    GraphTarget target;

    @BeforeParameterizedClassInvocation
    static void start(GraphTarget target) {
        long began = System.nanoTime();
        store = GraphStore.open(target.freshGraph(data.resolve(target.name()).resolve("graph")));
        System.out.printf("GraphStoreIT [%s]: open() with driver and schema %d ms%s%n", target,
                (System.nanoTime() - began) / 1_000_000, target.embedded()
                        ? " (embedded Neo4j start-up " + store.embeddedStartup().toMillis() + " ms)" : "");
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        store.close();
    }

    @BeforeEach
    void empty() {
        GraphTestSupport.wipe(store);
    }

    /**
     * The server sends no notifications: nothing reads them, and a document page's statement had ten (every property
     * key and relationship type the repository has not used yet), built, sent and parsed each time.
     */
    @Test
    void aStatementNamingWhatTheRepositoryHasNeverHeldComesWithoutNotifications() {
        store.write(SeedDocuments.qd1852());
        try (Session session = store.driver().session()) {
            ResultSummary summary = session.run("MATCH (d:Document) WHERE d.neverWrittenKey IS NULL "
                    + "RETURN d.number AS number, COUNT { (d)<-[:NEVER_WRITTEN_RELATION]-() } AS n").consume();
            assertThat(summary.gqlStatusObjects()).as("the statement's status: done, no warnings")
                    .noneMatch(status -> status instanceof GqlNotification);
        }
        assertThat(store.pageByNumber("1852/QĐ-UBND", List.of(), 10)).map(page -> page.document().number())
                .contains("1852/QĐ-UBND");
    }

    @Test
    void aDecisionCitedByTwoDocumentsIsOneStubCitedByTwo() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());

        GraphDocument qd1322 = store.findByNumber(QD_1322).orElseThrow();
        assertThat(qd1322.id()).isEqualTo(DocumentNumbers.idForNumber(QD_1322));
        assertThat(qd1322.stub()).isTrue();
        assertThat(qd1322.citedByCount()).isEqualTo(2);
        assertThat(qd1322.number()).isEqualTo(QD_1322);
        assertThat(qd1322.issuer()).isEqualTo("Thủ tướng Chính phủ");
        // The first mention (1852, 31/8/2020) made the stub; the letter's 30/8/2020 does not overwrite it.
        assertThat(qd1322.issuedDate()).isEqualTo(LocalDate.of(2020, 8, 31));

        assertThat(store.documentCount()).isEqualTo(2);
        // 1322/QĐ-TTg, Tờ trình 54/TTr-SKHCN and the Law on local government organisation.
        assertThat(store.stubCount()).isEqualTo(3);
        assertThat(store.documentIds()).containsExactlyInAnyOrder(
                DocumentNumbers.idForNumber(QD_1852), DocumentNumbers.idForNumber(CV_4258));
        assertThat(store.contentHash(DocumentNumbers.idForNumber(QD_1852)))
                .contains(DocumentNumbers.sha256Hex(SeedDocuments.TEXT_1852));
        assertThat(store.contentHash(qd1322.id())).isEmpty();
    }

    @Test
    void chainDownFromTheNationalProgramReachesTheProvincialPlanAndTheMinistryLetter() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());

        Chain chain = store.chain(QD_1322, Direction.DOWN, 2).orElseThrow();

        assertThat(chain.root().number()).isEqualTo(QD_1322);
        assertThat(chain.root().stub()).isTrue();
        assertThat(chain.nodes()).extracting(ChainNode::number)
                .containsExactlyInAnyOrder(QD_1322, QD_1852, CV_4258);
        assertThat(chain.edges()).containsExactlyInAnyOrder(
                new ChainEdge(id(QD_1852), id(QD_1322), "BASED_ON"),
                new ChainEdge(id(CV_4258), id(QD_1322), "IMPLEMENTS"));
    }

    @Test
    void chainUpFromTheProvincialPlanShowsItsLegalBasis() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());

        Chain chain = store.chain(QD_1852, Direction.UP, 3).orElseThrow();

        ChainNode qd1322 = chain.nodes().stream().filter(n -> QD_1322.equals(n.number())).findFirst().orElseThrow();
        assertThat(qd1322.stub()).isTrue();
        assertThat(qd1322.citedByCount()).isEqualTo(2);
        assertThat(chain.edges()).contains(
                new ChainEdge(id(QD_1852), id(QD_1322), "BASED_ON"),
                new ChainEdge(id(QD_1852), id(TTR_54), "PROPOSED_BY"));
        assertThat(chain.nodes()).extracting(ChainNode::title).contains(SeedDocuments.LAW_LOCAL_GOVERNMENT);
        // UP never walks back down to the letter that also cites 1322.
        assertThat(chain.nodes()).extracting(ChainNode::number).doesNotContain(CV_4258);
        // The repeated "Căn cứ ... 1322" and the plan's mention of its own decision add no edge.
        assertThat(chain.edges()).hasSize(3);
    }

    @Test
    void chainBothWaysAndDepthBounds() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());

        // From the letter: up to 1322, then down again to 1852.
        Chain both = store.chain("4258/bkhcn-tdc", Direction.BOTH, 2).orElseThrow();
        assertThat(both.nodes()).extracting(ChainNode::number).contains(QD_1322, QD_1852);
        assertThat(store.chain(CV_4258, Direction.BOTH, 0).orElseThrow().nodes()).hasSize(1);
        assertThat(store.chain(CV_4258, Direction.BOTH, 1_000).orElseThrow().nodes()).hasSize(both.nodes().size() + 2);
        assertThat(store.chain("999/QĐ-XYZ", Direction.UP, 2)).isEmpty();
    }

    /**
     * A chain's first level is read from the id its number gives while its root is found; a root held under another
     * id (a node written by another rule) is walked from its own id, not shown alone.
     */
    @Test
    void aChainFromANumberHeldUnderAnotherIdIsWalkedFromThatId() {
        store.write(SeedDocuments.qd1852());
        String lawId = store.chain(QD_1852, Direction.UP, 1).orElseThrow().nodes().stream()
                .filter(n -> SeedDocuments.LAW_LOCAL_GOVERNMENT.equals(n.title())).findFirst().orElseThrow().id();
        String lawNumber = "77/2015/QH13";
        try (Session session = store.driver().session()) {
            session.run("MATCH (d:Document {id: $id}) SET d.number = $number, d.numberKey = $key",
                    Map.of("id", lawId, "number", lawNumber, "key", DocumentNumbers.key(lawNumber))).consume();
        }
        assertThat(lawId).isNotEqualTo(id(lawNumber));

        Chain chain = store.chain(lawNumber, Direction.DOWN, 1).orElseThrow();

        assertThat(chain.root().id()).isEqualTo(lawId);
        assertThat(chain.nodes()).extracting(ChainNode::number).containsExactlyInAnyOrder(lawNumber, QD_1852);
        assertThat(chain.edges()).containsExactly(new ChainEdge(id(QD_1852), lawId, "BASED_ON"));
    }

    @Test
    void writingTheSameDocumentTwiceLeavesTheSameGraph() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());
        List<String> once = GraphTestSupport.snapshot(store, true);

        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());

        assertThat(GraphTestSupport.snapshot(store, true)).isEqualTo(once);
        assertThat(store.documentCount()).isEqualTo(2);
        assertThat(store.stubCount()).isEqualTo(3);
        assertThat(store.tasks()).hasSize(4);
    }

    /**
     * A server's warm-up before its first upload runs the writer's statements and rolls them back: the letter
     * rehearsed, citing 1322/QĐ-TTg and the plan already held, as a new document and as a new version of the plan
     * (the one document held, lent to it), leaves no node, relationship or citer count behind.
     */
    @Test
    void rehearsingAWriteLeavesTheGraphAsItWas() {
        store.write(SeedDocuments.qd1852());
        List<String> before = GraphTestSupport.snapshot(store, true);

        store.rehearse(List.of(SeedDocuments.cv4258()));

        assertThat(GraphTestSupport.snapshot(store, true)).isEqualTo(before);
        assertThat(store.findByNumber(CV_4258)).isEmpty();
        assertThat(store.findByNumber(QD_1322).orElseThrow().citedByCount()).isEqualTo(1);
        store.write(SeedDocuments.cv4258());
        assertThat(store.findByNumber(QD_1322).orElseThrow().citedByCount()).isEqualTo(2);
    }

    /**
     * The rehearsal's committed part (two nodes of its own label, written and deleted in two transactions) leaves
     * nothing; nodes a start stopped between the two left are deleted by the next rehearsal.
     */
    @Test
    void aRehearsalDeletesWhatAnInterruptedOneCommitted() {
        store.write(SeedDocuments.qd1852());
        List<String> before = GraphTestSupport.snapshot(store, true);
        store.driver().executableQuery("CREATE (:UploadRehearsal {key: 'stopped half way'})-[:REHEARSES]->(:UploadRehearsal)")
                .execute();

        store.rehearse(List.of(SeedDocuments.cv4258()));

        assertThat(GraphTestSupport.snapshot(store, true)).isEqualTo(before);
        assertThat(GraphTestSupport.count(store, "MATCH (n:UploadRehearsal) RETURN count(n)")).isZero();
    }

    @Test
    void aChangedVersionReplacesItsOwnReferencesAndTasks() {
        store.write(SeedDocuments.qd1852());
        // A version without the Tờ trình line and without the Sở Tài chính clauses.
        String changed = SeedDocuments.TEXT_1852
                .replace("Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 54/TTr-SKHCN ngày 25 tháng 9 năm 2020.", "")
                .replace(SeedDocuments.SO_TAI_CHINH_TASK, "")
                .replace("Phối hợp với Sở Khoa học và Công nghệ rà soát", "");
        store.write(SeedDocuments.qd1852(changed));

        assertThat(store.findByNumber(TTR_54)).isEmpty();
        assertThat(store.outgoing(id(QD_1852))).extracting(Link::relation).containsOnly("BASED_ON");
        assertThat(store.tasks()).extracting(TaskRow::body).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(GraphTestSupport.count(store, "MATCH (b:Body {key: 'so tai chinh'}) RETURN count(b)")).isZero();
    }

    @Test
    void deletingTheProvincialPlanLeavesWhatTheLetterNeeds() {
        store.write(SeedDocuments.cv4258());
        List<String> letterAlone = GraphTestSupport.snapshot(store, false);
        store.write(SeedDocuments.qd1852());

        store.delete(id(QD_1852));

        // Exactly the graph of the letter alone: no orphan stub, task, body or signer is left behind.
        assertThat(GraphTestSupport.snapshot(store, false)).isEqualTo(letterAlone);
        GraphDocument qd1322 = store.findByNumber(QD_1322).orElseThrow();
        assertThat(qd1322.stub()).isTrue();
        assertThat(qd1322.citedByCount()).isEqualTo(1);
        assertThat(store.findByNumber(QD_1852)).isEmpty();
        assertThat(store.documentIds()).containsExactly(id(CV_4258));
    }

    @Test
    void deletingACitedDocumentTurnsItBackIntoAStub() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.qd1322());
        String lawOnGovernment = DocumentNumbers.idForIdentity(
                "law:" + TextFold.fold("Luật Tổ chức Chính phủ") + "|2015-06-19");
        assertThat(store.findById(lawOnGovernment)).map(GraphDocument::stub).contains(true);

        assertThat(basisCounted(QD_1322)).as("1322's basis, counted by a chain with room for it alone").isPositive();

        store.delete(id(QD_1322));

        GraphDocument qd1322 = store.findById(id(QD_1322)).orElseThrow();
        assertThat(basisCounted(QD_1322)).as("the stub cites nothing").isZero();
        assertThat(qd1322.stub()).isTrue();
        assertThat(qd1322.source()).isNull();
        assertThat(qd1322.citedByCount()).isEqualTo(1);
        assertThat(store.outgoing(id(QD_1322))).isEmpty();
        assertThat(store.findById(lawOnGovernment)).isEmpty();
        assertThat(store.contentHash(id(QD_1322))).isEmpty();
    }

    @Test
    void ingestingTheCitedDecisionFillsTheStubInPlace() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());
        String stubId = store.findByNumber(QD_1322).orElseThrow().id();

        store.write(SeedDocuments.qd1322());

        GraphDocument qd1322 = store.findByNumber(QD_1322).orElseThrow();
        assertThat(qd1322.id()).isEqualTo(stubId);
        assertThat(qd1322.stub()).isFalse();
        assertThat(qd1322.source()).isEqualTo("upload/1322.pdf");
        assertThat(qd1322.title()).startsWith("Phê duyệt Chương trình quốc gia");
        assertThat(qd1322.citedByCount()).isEqualTo(2);
        assertThat(store.incoming(stubId)).extracting(Link::number, Link::relation).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(QD_1852, "BASED_ON"),
                org.assertj.core.groups.Tuple.tuple(CV_4258, "IMPLEMENTS"));
        assertThat(store.documentCount()).isEqualTo(3);
        assertThat(GraphTestSupport.count(store, "MATCH (d:Document {numberKey: '1322/qd-ttg'}) RETURN count(d)"))
                .isOne();

        // A later mention of a real document changes nothing on it.
        store.write(SeedDocuments.cv4258());
        assertThat(store.findById(stubId).orElseThrow().issuedDate()).isEqualTo(LocalDate.of(2020, 8, 31));
    }

    @Test
    void numbersAreFoundWhateverTheirCaseSpacesAndDiacritics() {
        store.write(SeedDocuments.qd1852());

        assertThat(store.findByNumber("1322/qd-ttg")).map(GraphDocument::number).contains(QD_1322);
        assertThat(store.findByNumber("1322 / QĐ-TTg")).map(GraphDocument::number).contains(QD_1322);
        assertThat(store.findByNumber("1852/QD-UBND")).map(GraphDocument::stub).contains(false);
        assertThat(store.findByNumber("")).isEmpty();
    }

    @Test
    void theDocumentPageShowsWhatItCitesWithTheQuote() {
        store.write(SeedDocuments.qd1852());

        List<Link> out = store.outgoing(id(QD_1852));
        assertThat(out).extracting(Link::number).containsExactly(null, QD_1322, TTR_54);
        Link basis = out.get(1);
        assertThat(basis.relation()).isEqualTo("BASED_ON");
        assertThat(basis.citedDate()).isEqualTo(LocalDate.of(2020, 8, 31));
        // The first of the two "Căn cứ Quyết định số 1322/QĐ-TTg" mentions.
        assertThat(SeedDocuments.TEXT_1852.substring(basis.start(), basis.end())).isEqualTo(basis.quote());
        assertThat(basis.start()).isEqualTo(SeedDocuments.TEXT_1852.indexOf("Căn cứ Quyết định số 1322"));
        assertThat(out.get(0).title()).isEqualTo(SeedDocuments.LAW_LOCAL_GOVERNMENT);
    }

    @Test
    void soTaiChinhAdvisesOnFundingIn1852() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());

        List<TaskRow> rows = store.tasks().stream().filter(t -> "Sở Tài chính".equals(t.body())).toList();
        assertThat(rows).extracting(TaskRow::role).containsExactly(Role.ADVISE, Role.SUPPORT);
        TaskRow funding = rows.getFirst();
        assertThat(funding.text()).startsWith("tham mưu cho Ủy ban nhân dân tỉnh bố trí kinh phí");
        assertThat(funding.documentNumber()).isEqualTo(QD_1852);
        assertThat(SeedDocuments.TEXT_1852.substring(funding.start(), funding.end())).isEqualTo(funding.text());
        assertThat(store.tasks()).filteredOn(t -> CV_4258.equals(t.documentNumber()))
                .extracting(TaskRow::role, TaskRow::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Role.REPORT, "2023-11-30"));
    }

    /**
     * A chain or page shows each document's count of citers: kept on every document as it is written (a reader
     * counting a document's citers itself reads all its relationships), and counted once by the schema (V009) in a
     * folder written before every document kept one.
     */
    @Test
    void everyDocumentKeepsTheCountOfItsCitersAndAnOlderFolderIsCountedOnceByTheSchema() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());
        String missing = "MATCH (d:Document) WHERE d.citers IS NULL RETURN count(d)";
        String wrong = "MATCH (d:Document) WHERE d.citers <> size(COLLECT { MATCH (c:Document)-->(d) RETURN DISTINCT c }) RETURN count(d)";
        assertThat(GraphTestSupport.count(store, "MATCH (d:Document) WHERE NOT EXISTS { (:Document)-->(d) } RETURN count(d)"))
                .as("documents nobody cites, 4258/BKHCN-TĐC among them").isPositive();
        assertThat(GraphTestSupport.count(store, missing)).as("documents without a count").isZero();
        assertThat(GraphTestSupport.count(store, wrong)).as("documents whose count is not their citers'").isZero();
        assertThat(store.findByNumber(QD_1322).orElseThrow().citedByCount()).isEqualTo(2);

        asInAFolderFromBefore("citers", 9);
        assertThat(GraphTestSupport.count(store, missing)).as("documents without a count after V009").isZero();
        assertThat(GraphTestSupport.count(store, wrong)).as("documents whose count is not their citers' after V009").isZero();
        assertThat(store.findByNumber(QD_1322).orElseThrow().citedByCount()).isEqualTo(2);
    }

    @Test
    void everyHeldDocumentKeepsTheCountOfTheDocumentsItCitesAndAnOlderFolderIsCountedOnceByTheSchema() {
        store.write(SeedDocuments.qd1852());
        store.write(SeedDocuments.cv4258());
        String missing = "MATCH (d:Document) WHERE NOT d.stub AND d.cites IS NULL RETURN count(d)";
        String wrong = "MATCH (d:Document) WHERE d.cites <> size(COLLECT { MATCH (d)-->(x:Document) RETURN DISTINCT x }) RETURN count(d)";
        assertThat(GraphTestSupport.count(store, missing)).as("held documents without a count").isZero();
        assertThat(GraphTestSupport.count(store, wrong)).as("documents whose count is not what they cite").isZero();
        // 1852's basis: 1322/QĐ-TTg, Tờ trình 54 and the Law on Local Government, each once though 1322 is cited twice.
        assertThat(basisCounted(QD_1852)).isEqualTo(3);

        asInAFolderFromBefore("cites", 11);
        assertThat(GraphTestSupport.count(store, missing)).as("held documents without a count after V011").isZero();
        assertThat(GraphTestSupport.count(store, "MATCH (d:Document) WHERE d.stub AND d.cites IS NOT NULL RETURN count(d)"))
                .as("stubs with a count (the catalog may add what they cite)").isZero();
        assertThat(GraphTestSupport.count(store, wrong)).as("documents whose count is not what they cite after V011").isZero();
        assertThat(basisCounted(QD_1852)).isEqualTo(3);
    }

    /**
     * The graph as a folder written before the schema {@code version} that added the documents' {@code property}
     * left it: the property on no document, the version not applied; then the schema applies that version alone.
     */
    private void asInAFolderFromBefore(String property, int version) {
        store.driver().executableQuery("MATCH (d:Document) REMOVE d." + property).execute();
        store.driver().executableQuery("MATCH (v:SchemaVersion {version: $version}) DELETE v")
                .withParameters(java.util.Map.of("version", version)).execute();
        assertThat(new SchemaMigrator(store.driver()).migrate(SchemaMigrator.fromClasspath())).containsExactly(version);
    }

    /**
     * How many documents a chain with room for the document alone says it cites: its hop shows nothing and reads the
     * document's count; 0 when the chain cut nothing.
     */
    private int basisCounted(String number) {
        Chain chain = store.chain(number, Direction.UP, 1, 1).orElseThrow();
        assertThat(chain.nodes()).hasSize(1);
        return chain.truncated().stream().mapToInt(Chain.Truncated::total).sum();
    }

    @Test
    void theSchemaMigratorAppliesEachVersionOnce() {
        List<SchemaMigrator.SchemaFile> files = SchemaMigrator.fromClasspath();
        SchemaMigrator migrator = new SchemaMigrator(store.driver());

        assertThat(migrator.migrate(files)).isEmpty();
        assertThat(migrator.migrate(files)).isEmpty();
        assertThat(migrator.appliedVersions()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(GraphTestSupport.count(store, "MATCH (v:SchemaVersion) RETURN count(v)")).isEqualTo(11);
        assertThat(GraphTestSupport.count(store, "SHOW CONSTRAINTS YIELD name WHERE name IN "
                + "['document_id', 'body_key', 'program_key', 'schema_version', 'status_record_id', "
                + "'ingest_batch_number', 'stored_file_hash', 'vbtrace_instance_name', 'journal_counter_name'] RETURN count(*)"))
                .isEqualTo(9);
        // V008 dropped the task ids' constraint (and its index): nothing looks a task up by id.
        assertThat(GraphTestSupport.count(store, "SHOW CONSTRAINTS YIELD name WHERE name = 'task_id' RETURN count(*)")).isZero();
        assertThat(GraphTestSupport.count(store, "SHOW INDEXES YIELD name WHERE name IN "
                + "['document_number_key', 'person_name', 'body_province', 'program_approved_by', 'document_effective_date', "
                + "'document_effect_end_date', 'program_to_year', 'program_kind_to_year'] RETURN count(*)")).isEqualTo(8);
    }

    @Test
    void boltListensOnLoopbackOnly() throws Exception {
        int port = target.boltPort(store);
        assertThat(port).isPositive();
        assertThat(LoopbackProbe.listenAddresses(port)).containsOnly("127.0.0.1");
        // 127.0.0.2 is loopback too: a wildcard or 127.0.0.0/8 bind would accept it.
        assertThat(LoopbackProbe.accepts("127.0.0.2", port)).isFalse();
        assertThat(LoopbackProbe.accepts("127.0.0.1", port)).isTrue();
    }

    @Test
    void withAUriTheSameCodeTalksToAServerItDidNotStart() {
        assumeTrue(target.embedded(), "the embedded server standing in for a remote one; the server targets are remote");
        store.write(SeedDocuments.qd1852());

        // The embedded server stands in for a remote one: nothing is started, the schema is already there.
        // The embedded server wants its password (kept owner-only beside the store), as a remote server would.
        String password = readPassword(store);
        try (GraphStore remote = GraphStore.open(GraphSettings.remote("bolt://127.0.0.1:" + store.boltPort(),
                EmbeddedNeo4j.USER, password))) {
            assertThat(remote.boltPort()).isEqualTo(-1);
            assertThat(remote.findByNumber(QD_1322)).map(GraphDocument::citedByCount).contains(1);
            remote.write(SeedDocuments.cv4258());
        }
        assertThat(store.findByNumber(QD_1322)).map(GraphDocument::citedByCount).contains(2);
    }

    @Test
    void aSecondServerOnTheSameStoreIsRefusedClearly() {
        assumeTrue(target.embedded(), "a store folder is the embedded graph's");
        assertThatThrownBy(() -> GraphStore.open(GraphSettings.embedded(data.resolve(target.name()).resolve("graph"))))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("same data folder");
        // The running server is unharmed.
        store.write(SeedDocuments.cv4258());
        assertThat(store.documentCount()).isOne();
    }

    private static String readPassword(GraphStore store) {
        try {
            return java.nio.file.Files.readString(store.boltPasswordFile()).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String id(String number) {
        return DocumentNumbers.idForNumber(number);
    }
}
