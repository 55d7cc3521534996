package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.graph.ProgramSeeds.PROGRAM_1322;
import static vn.vbtrace.graph.ProgramSeeds.PROGRAM_712;
import static vn.vbtrace.graph.ProgramSeeds.PROJECT_HAU_GIANG;
import static vn.vbtrace.graph.ProgramSeeds.QD_1322;
import static vn.vbtrace.graph.ProgramSeeds.QD_1852;
import static vn.vbtrace.graph.ProgramSeeds.QD_712;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.DocumentRef;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.ProgramSummary;

/** Issue 3 point 7: programs and their lineage, bodies placed in a province, address lines, signer titles. */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class ProgramGraphIT {

    @Parameter
    GraphTarget target;

    @TempDir
    static Path data;

    static GraphStore store;

    @BeforeParameterizedClassInvocation
    static void start(GraphTarget target) {
        store = GraphStore.open(target.freshGraph(data.resolve(target.name()).resolve("graph")));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        store.close();
    }

    @BeforeEach
    void empty() {
        GraphTestSupport.wipe(store);
    }

    @Test
    void theProgramOf712ToTwentyTwentyIsSucceededByThe2021To2030ProgramOf1322() {
        store.write(ProgramSeeds.qd712());
        store.write(ProgramSeeds.qd1322());
        store.write(ProgramSeeds.qd1852());

        ProgramLineage national = store.lineage(store.program("1322/QĐ-TTg").orElseThrow(), List.of(), 100);
        assertThat(national.program().key()).isEqualTo(PROGRAM_1322);
        assertThat(national.program().fromYear()).isEqualTo(2021);
        assertThat(national.program().toYear()).isEqualTo(2030);
        assertThat(national.program().approvedBy().number()).isEqualTo(QD_1322);
        assertThat(national.program().succeeds().key()).isEqualTo(PROGRAM_712);
        assertThat(national.program().succeeds().toYear()).isEqualTo(2020);
        assertThat(national.program().succeeds().approvedByNumber()).isEqualTo(QD_712);
        assertThat(national.predecessors()).extracting(ProgramRef::key).containsExactly(PROGRAM_712);
        // Bắc Kạn's plan names the program and rests on 1322; 1322 itself approves it, it does not implement it.
        assertThat(national.implementedBy()).extracting(DocumentRef::number).containsExactly(QD_1852);
        assertThat(national.implementedByCount()).isEqualTo(1);

        ProgramLineage old = store.lineage(store.program(PROGRAM_712).orElseThrow(), List.of(), 100);
        assertThat(old.program().succeededBy().key()).isEqualTo(PROGRAM_1322);
        assertThat(old.program().succeededBy().approvedByNumber()).isEqualTo(QD_1322);
        assertThat(old.successors()).extracting(ProgramRef::fromYear).containsExactly(2021);

        List<ProgramSummary> both = store.programs(null, null, 10);
        assertThat(both).extracting(ProgramSummary::key).containsExactly(PROGRAM_712, PROGRAM_1322);
        // After the first, earliest period first: the second; after the second, none.
        assertThat(store.programs(GraphStore.programSortYear(both.get(0)), PROGRAM_712, 10)).extracting(ProgramSummary::key)
                .containsExactly(PROGRAM_1322);
        assertThat(store.programs(GraphStore.programSortYear(both.get(1)), PROGRAM_1322, 10)).isEmpty();
        assertThat(store.programs(null, null, 1)).extracting(ProgramSummary::key).containsExactly(PROGRAM_712);
    }

    @Test
    void aProgramNamedWithTwoPeriodsKeepsOneOfThemWholeWithTheNameThatStatesIt() {
        // 1322's program is 2021-2030; a plan naming it with the earlier program's name and end year (a number
        // mistyped) must not make it run from 2021 to 2020, whichever is written first; a mention without a period
        // changes neither.
        String earlierName = ProgramSeeds.NAME_712;
        for (boolean mistypedFirst : new boolean[] {true, false}) {
            GraphTestSupport.wipe(store);
            IngestedDocument mistyped = ProgramSeeds.naming("15/KH-UBND", PROGRAM_1322, earlierName, null, 2020);
            IngestedDocument bare = ProgramSeeds.naming("16/KH-UBND", PROGRAM_1322, "Chương trình 1322", null, null);
            if (mistypedFirst) {
                store.write(mistyped);
            }
            store.write(ProgramSeeds.qd1322());
            if (!mistypedFirst) {
                store.write(mistyped);
            }
            store.write(bare);

            ProgramSummary program = store.program("1322/QĐ-TTg").orElseThrow();
            assertThat(List.of(program.fromYear(), program.toYear())).as("mistyped first: %s", mistypedFirst)
                    .containsExactly(2021, 2030);
            assertThat(program.name()).as("mistyped first: %s", mistypedFirst).isEqualTo(ProgramSeeds.NAME_1322);
        }
        // Alone, the mistyped mention is all there is to say: its end year, with its name.
        GraphTestSupport.wipe(store);
        store.write(ProgramSeeds.naming("15/KH-UBND", PROGRAM_1322, earlierName, null, 2020));
        ProgramSummary alone = store.program(PROGRAM_1322).orElseThrow();
        assertThat(Arrays.asList(alone.fromYear(), alone.toYear())).containsExactly(null, 2020);
        assertThat(alone.name()).isEqualTo(earlierName);
    }

    @Test
    void theChainUpFromBacKansPlanNamesTheProgramOf1322AndTheOneItSucceeds() {
        store.write(ProgramSeeds.qd712());
        store.write(ProgramSeeds.qd1322());
        store.write(ProgramSeeds.qd1852());

        Chain chain = new vn.vbtrace.trace.ChainService(store).chain(QD_1852, Direction.UP, 2);

        assertThat(chain.programs()).singleElement().satisfies(program -> {
            assertThat(program.key()).isEqualTo(PROGRAM_1322);
            assertThat(program.approvedBy().number()).isEqualTo(QD_1322);
            assertThat(List.of(program.fromYear(), program.toYear())).containsExactly(2021, 2030);
            assertThat(program.succeeds().approvedByNumber()).isEqualTo(QD_712);
            assertThat(program.succeeds().toYear()).isEqualTo(2020);
            assertThat(program.succeededBy()).isNull();
        });
        // 712 alone: its own program, named with its successor, which is not walked into the chain.
        assertThat(new vn.vbtrace.trace.ChainService(store).chain(QD_712, Direction.BOTH, 3).programs())
                .extracting(ProgramSummary::key).containsExactly(PROGRAM_712);
        // The path between two documents never runs through a program they both name.
        assertThat(store.path(QD_1852, QD_712)).isEmpty();
    }

    @Test
    void whoAdvisesOnFundingUnderThe1322ProgramIsBacKansSoTaiChinhAndUnder712HauGiangs() {
        List<IngestedDocument> docs = List.of(ProgramSeeds.qd712(), ProgramSeeds.qd1322(), ProgramSeeds.qd1852(),
                ProgramSeeds.hauGiangPlan());
        docs.forEach(store::write);

        try (vn.vbtrace.index.TaskIndex tasks = vn.vbtrace.index.TaskIndex.openWritable(data.resolve(target.name()).resolve("tasks"))) {
            try (vn.vbtrace.index.TaskIndex.Batch batch = tasks.beginBatch()) {
                docs.forEach(batch::put);
                batch.commit();
            }
            vn.vbtrace.trace.ResponsibleService responsible = new vn.vbtrace.trace.ResponsibleService(store, tasks);

            assertThat(responsible.answer("ai bố trí kinh phí", null, null, "1322/QĐ-TTg").answers())
                    .extracting(a -> a.body() + " in " + a.document().number())
                    .containsExactly("Sở Tài chính in " + QD_1852);
            assertThat(responsible.answer("ai bố trí kinh phí", null, null, PROGRAM_712).answers())
                    .extracting(a -> a.body() + " in " + a.document().id())
                    .containsExactly("Sở Tài chính in " + ProgramSeeds.HAU_GIANG_PLAN_ID);
            assertThat(responsible.answer("ai bố trí kinh phí", null, null, null).answers()).hasSize(2);
        }
    }

    @Test
    void anApprovingDecisionNotHeldIsAStubThatKeepsItsApprovalWhenIngestedAndReingested() {
        store.write(ProgramSeeds.qd1852());

        ProgramSummary program = store.program(PROGRAM_1322).orElseThrow();
        assertThat(program.approvedBy().number()).isEqualTo(QD_1322);
        assertThat(program.approvedBy().stub()).isTrue();
        // The stub the approval made is the stub the citation made: one node per number.
        assertThat(store.stubCount()).isEqualTo(1);

        store.write(ProgramSeeds.qd1322());
        store.write(ProgramSeeds.qd1322());
        store.write(ProgramSeeds.qd1852());

        program = store.program(PROGRAM_1322).orElseThrow();
        assertThat(program.approvedBy().stub()).isFalse();
        assertThat(GraphTestSupport.count(store, "MATCH (:Document)-[a:APPROVES]->(:Program) RETURN count(a)")).isEqualTo(1);
        // 1322 approves a program that continues 712's, which is known only by its key so far.
        assertThat(program.succeeds().key()).isEqualTo(PROGRAM_712);
        assertThat(store.stubCount()).isZero();
    }

    /**
     * A chain asks for the programs its documents approve, and only documents marked as approving one are expanded:
     * the mark is there for a stub approver, for the decision once held and written again, and V010 sets it once in
     * a folder written before it.
     */
    @Test
    void theProgramsADocumentApprovesAreFoundThroughItsMarkAlsoInAnOlderFolder() {
        List<String> ids = List.of(DocumentNumbers.idForNumber(QD_1852), DocumentNumbers.idForNumber(QD_1322));
        store.write(ProgramSeeds.qd1852());
        assertThat(store.programsApprovedBy(ids)).as("approved by a stub").extracting(ProgramSummary::key).containsExactly(PROGRAM_1322);
        store.write(ProgramSeeds.qd1322());
        store.write(ProgramSeeds.qd1322());
        assertThat(store.programsApprovedBy(ids)).as("approved by the decision held").extracting(ProgramSummary::key).containsExactly(PROGRAM_1322);

        store.driver().executableQuery("MATCH (d:Document) REMOVE d.approvesProgram").execute();
        assertThat(store.programsApprovedBy(ids)).as("a folder from before the mark, until V010").isEmpty();
        store.driver().executableQuery("MATCH (v:SchemaVersion {version: 10}) DELETE v").execute();
        assertThat(new SchemaMigrator(store.driver()).migrate(SchemaMigrator.fromClasspath())).containsExactly(10);
        assertThat(store.programsApprovedBy(ids)).extracting(ProgramSummary::key).containsExactly(PROGRAM_1322);
    }

    @Test
    void writingTheSameDocumentsAgainLeavesTheSameGraph() {
        List<IngestedDocument> documents = List.of(ProgramSeeds.qd712(), ProgramSeeds.qd1322(), ProgramSeeds.qd1852(),
                ProgramSeeds.hauGiangPlan());
        documents.forEach(store::write);
        List<String> once = GraphTestSupport.snapshot(store, true);

        documents.forEach(store::write);

        assertThat(GraphTestSupport.snapshot(store, true)).isEqualTo(once);
    }

    @Test
    void soTaiChinhOfBacKanIsNotSoTaiChinhOfHauGiang() {
        store.write(ProgramSeeds.qd1852());
        store.write(ProgramSeeds.hauGiangPlan());

        assertThat(store.tasks()).filteredOn(t -> "Sở Tài chính".equals(t.body()))
                .extracting(TaskRow::province, TaskRow::documentNumber)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Bắc Kạn", QD_1852),
                        org.assertj.core.groups.Tuple.tuple("Hậu Giang", null));
        assertThat(GraphTestSupport.count(store, "MATCH (b:Body {name: 'Sở Tài chính'}) RETURN count(b)")).isEqualTo(2);
    }

    @Test
    void thePlanIsAddressedToTheSameSoTaiChinhItGivesADutyAndSignedWithItsTitle() {
        store.write(ProgramSeeds.qd1852());

        List<String> rows = store.driver().executableQuery("""
                MATCH (d:Document {id: $id})-[a:ADDRESSED_TO]->(b:Body)
                RETURN a.as AS as, b.name + ' tỉnh ' + b.province AS body,
                       EXISTS { (b)-[:RESPONSIBLE_FOR]->(:Task) } AS hasDuty,
                       head(COLLECT { MATCH (b)-[:PART_OF]->(p:Body) RETURN p.name + ' tỉnh ' + p.province }) AS partOf
                ORDER BY body
                """).withParameters(Map.of("id", DocumentNumbers.idForNumber(QD_1852))).execute().records().stream()
                .map(r -> r.get("as").asString() + ": " + r.get("body").asString() + (r.get("hasDuty").asBoolean() ? ", has a duty" : "")
                        + (r.get("partOf").isNull() ? "" : ", part of " + r.get("partOf").asString()))
                .toList();

        assertThat(rows).containsExactly(
                "nơi nhận: Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Bắc Kạn, part of Sở Khoa học và Công nghệ tỉnh Bắc Kạn",
                "nơi nhận: Sở Tài chính tỉnh Bắc Kạn, has a duty");
        assertThat(GraphTestSupport.count(store, """
                MATCH (:Document {number: '1852/QĐ-UBND'})-[s:SIGNED_BY {title: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'}]->(:Person {name: 'Đỗ Thị Minh Hoa'})
                RETURN count(s)""")).isEqualTo(1);
    }

    /** The programs the document page shows of a document. */
    private List<ProgramSummary> programsOf(String id) {
        return store.pageById(id, List.of(), 0).orElseThrow().programs();
    }

    @Test
    void aDocumentBelongsToTheProgramsItNamesAndToThoseApprovedByWhatItCites() {
        store.write(ProgramSeeds.qd712());
        store.write(ProgramSeeds.hauGiangPlan());
        store.write(ProgramSeeds.qd1852());

        // Hậu Giang's plan names its provincial project and rests on 712/QĐ-TTg, which approves the national program.
        assertThat(programsOf(ProgramSeeds.HAU_GIANG_PLAN_ID)).extracting(ProgramSummary::key)
                .containsExactlyInAnyOrder(PROJECT_HAU_GIANG, PROGRAM_712);
        assertThat(programsOf(DocumentNumbers.idForNumber(QD_1852))).extracting(ProgramSummary::key).containsExactly(PROGRAM_1322);
        assertThat(programsOf(DocumentNumbers.idForNumber(QD_712))).singleElement().satisfies(program -> {
            assertThat(program.key()).isEqualTo(PROGRAM_712);
            assertThat(program.approvedBy().number()).isEqualTo(QD_712);
        });
    }
}
