package vn.vbtrace.validity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vbtrace.graph.ProgramSeeds.QD_1322;
import static vn.vbtrace.graph.ProgramSeeds.QD_1852;
import static vn.vbtrace.graph.ProgramSeeds.QD_712;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vbtrace.check.CheckReport;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.check.Verdict;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.Relation;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.ProgramSeeds;
import vn.vbtrace.ingest.Pipeline;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.graph.GraphTarget;
import vn.vbtrace.index.SearchIndex;

/**
 * Issue 5 point 5: a document's status from the graph alone, with "today" fixed at 21/11/2026 in Vietnam.
 * Each test uses its own documents, so they share one embedded server without wiping it.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class ValidityIT {

    /** The graph this run uses; JUnit sets it, and hands it to the class set-up as well. */
    @Parameter
    GraphTarget target;

    static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");

    @TempDir
    static Path data;

    static GraphStore graph;
    static SearchIndex index;
    static ValidityService validity;

    @BeforeParameterizedClassInvocation
    static void start(GraphTarget target) {
        graph = GraphStore.open(target.freshGraph(data.resolve(target.name()).resolve("graph")));
        index = SearchIndex.openWritable(data.resolve(target.name()).resolve("index"));
        validity = new ValidityService(graph, Clock.fixed(NOW, ValidityService.VIETNAM));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        graph.close();
        index.close();
    }

    @Test
    void aStaffRecordSurvivesReingestingAndShowsInTheCheckOfADraftCitingIt() {
        String id = DocumentNumbers.idForNumber(QD_1852);
        graph.write(ProgramSeeds.qd1852());
        validity.record(id, "EXPIRED", "Hết hiệu lực theo QĐ X", "Nguyễn Văn A").orElseThrow();

        graph.write(ProgramSeeds.qd1852());

        Validity status = validity.statusOf(id).orElseThrow();
        assertThat(status.status()).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(status.source()).isEqualTo(ValiditySource.STAFF);
        assertThat(status.note()).isEqualTo("Hết hiệu lực theo QĐ X");
        assertThat(status.setBy()).isEqualTo("Nguyễn Văn A");
        assertThat(status.setAt()).isEqualTo(NOW);

        CheckReport report = new CheckService(new Pipeline(), graph, index, validity).checkText(String.join("\n",
                "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
                "Số: 99/KH-UBND",
                "Bắc Kạn, ngày 10 tháng 3 năm 2026",
                "KẾ HOẠCH",
                "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14 tháng 10 năm 2020 của Ủy ban nhân dân tỉnh Bắc Kạn ban hành "
                        + "Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg;"));
        CheckReport.CitationCheck cited = report.citations().stream().filter(c -> QD_1852.equals(c.number())).findFirst().orElseThrow();
        assertThat(cited.verdicts()).contains(Verdict.NOT_IN_FORCE);
        assertThat(cited.match().status()).isEqualTo("EXPIRED");
        assertThat(cited.messages()).anyMatch(m -> m.contains("Nguyễn Văn A") && m.contains("Hết hiệu lực theo QĐ X"));
    }

    @Test
    void aStaffRecordOutlivesTheDocumentBeingRolledBackToAStub() {
        String id = DocumentNumbers.idForNumber("3200/QĐ-UBND");
        graph.write(ProgramSeeds.withEffect("3200/QĐ-UBND", LocalDate.of(2022, 2, 1), null, null));
        validity.record(id, "REPLACED", "Thay thế bởi văn bản giấy số 15", "Nguyễn Văn A");

        graph.delete(id);

        assertThat(graph.findById(id).orElseThrow().stub()).isTrue();
        Validity status = validity.statusOf(id).orElseThrow();
        assertThat(status.status()).isEqualTo(ValidityStatus.REPLACED);
        assertThat(status.note()).isEqualTo("Thay thế bởi văn bản giấy số 15");
    }

    @Test
    void theLatestStaffRecordWinsAndUnknownWithdrawsTheStaffDecision() {
        String id = DocumentNumbers.idForNumber("3100/QĐ-UBND");
        graph.write(ProgramSeeds.withEffect("3100/QĐ-UBND", LocalDate.of(2024, 1, 5),
                ProgramSeeds.onSigning("Quyết định này có hiệu lực kể từ ngày ký.", "Quyết định này có hiệu lực kể từ ngày ký.",
                        LocalDate.of(2024, 1, 5)), null));
        validity.record(id, "expired", "Hết hiệu lực theo QĐ X", "Nguyễn Văn A");
        validity.record(id, "PARTLY_EXPIRED", "Điều 3 bị bãi bỏ", "Trần Thị B");

        assertThat(validity.statusOf(id).orElseThrow().status()).isEqualTo(ValidityStatus.PARTLY_EXPIRED);
        assertThat(validity.history(id)).extracting(h -> h.setBy()).containsExactly("Trần Thị B", "Nguyễn Văn A");

        validity.record(id, "UNKNOWN", "Nhập nhầm", "Trần Thị B");

        Validity derived = validity.statusOf(id).orElseThrow();
        assertThat(derived.status()).isEqualTo(ValidityStatus.IN_FORCE);
        assertThat(derived.source()).isEqualTo(ValiditySource.EFFECT_CLAUSE);
    }

    @Test
    void aDocumentThatAnotherReplacesIsReplacedByThatNumber() {
        graph.write(ProgramSeeds.withEffect("1200/QĐ-UBND", LocalDate.of(2019, 7, 1), null, "Còn hiệu lực"));
        graph.write(ProgramSeeds.replacing("2001/QĐ-UBND", LocalDate.of(2023, 6, 1), "1200/QĐ-UBND", Relation.REPLACES));

        // The replacing document outranks the portal page saved before it was issued.
        Validity status = validity.statusOf(DocumentNumbers.idForNumber("1200/QĐ-UBND")).orElseThrow();

        assertThat(status.status()).isEqualTo(ValidityStatus.REPLACED);
        assertThat(status.source()).isEqualTo(ValiditySource.REPLACEMENT);
        assertThat(status.replacedBy().number()).isEqualTo("2001/QĐ-UBND");
        assertThat(status.evidence()).isEqualTo("Quyết định này thay thế Quyết định số 1200/QĐ-UBND.");
    }

    @Test
    void aRepealedStubHasExpired() {
        graph.write(ProgramSeeds.replacing("2002/QĐ-UBND", LocalDate.of(2023, 6, 1), "15/2019/QĐ-UBND", Relation.REPEALS));

        Validity status = validity.statusOf(DocumentNumbers.idForNumber("15/2019/QĐ-UBND")).orElseThrow();

        assertThat(status.status()).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(status.source()).isEqualTo(ValiditySource.REPEAL);
        assertThat(status.replacedBy().number()).isEqualTo("2002/QĐ-UBND");
    }

    @Test
    void anEffectClauseDatedInTheFutureIsNotYetInForceUntilThatDay() {
        String clause = "Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2027.";
        graph.write(ProgramSeeds.withEffect("3000/QĐ-UBND", LocalDate.of(2026, 11, 15),
                new EffectClause(vn.vbtrace.document.EffectKind.ON_DATE, null, LocalDate.of(2027, 1, 1), null, 0, clause.length(), clause), null));
        String id = DocumentNumbers.idForNumber("3000/QĐ-UBND");

        Validity before = validity.statusOf(id).orElseThrow();
        assertThat(before.status()).isEqualTo(ValidityStatus.NOT_YET_IN_FORCE);
        assertThat(before.source()).isEqualTo(ValiditySource.EFFECT_CLAUSE);
        assertThat(before.evidence()).isEqualTo(clause);

        ValidityService nextYear = new ValidityService(graph, Clock.fixed(Instant.parse("2027-01-01T01:00:00Z"), ValidityService.VIETNAM));
        assertThat(nextYear.statusOf(id).orElseThrow().status()).isEqualTo(ValidityStatus.IN_FORCE);
    }

    @Test
    void thePortalPanelSaysWhatTheDocumentCannot() {
        graph.write(ProgramSeeds.withEffect("3001/QĐ-UBND", LocalDate.of(2015, 3, 2), null, "Hết hiệu lực toàn bộ"));

        Validity status = validity.statusOf(DocumentNumbers.idForNumber("3001/QĐ-UBND")).orElseThrow();

        assertThat(status.status()).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(status.source()).isEqualTo(ValiditySource.PORTAL);
        assertThat(status.evidence()).isEqualTo("Tình trạng: Hết hiệu lực toàn bộ");
    }

    @Test
    void theDecisionApprovingTheProgramToTwentyTwentyHasExpiredAndThe2030OneIsInForce() {
        graph.write(ProgramSeeds.qd712());
        graph.write(ProgramSeeds.qd1322());

        // 712 says it takes effect on signing; its program "đến năm 2020" says when it ended.
        Validity old = validity.statusOf(DocumentNumbers.idForNumber(QD_712)).orElseThrow();
        assertThat(old.status()).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(old.source()).isEqualTo(ValiditySource.PROGRAM_PERIOD);
        assertThat(old.evidence()).contains("(2010-2020)").contains("kết thúc năm 2020");

        Validity current = validity.statusOf(DocumentNumbers.idForNumber(QD_1322)).orElseThrow();
        assertThat(current.status()).isEqualTo(ValidityStatus.IN_FORCE);
        assertThat(current.source()).isEqualTo(ValiditySource.EFFECT_CLAUSE);
        assertThat(current.evidence()).isEqualTo("Quyết định này có hiệu lực kể từ ngày ký ban hành.");
    }

    @Test
    void aStatusOutsideTheListOrWithoutNoteOrNameIsRefused() {
        String id = DocumentNumbers.idForNumber(QD_1322);
        graph.write(ProgramSeeds.qd1322());

        assertThatThrownBy(() -> validity.record(id, "GONE", "x", "Nguyễn Văn A"))
                .hasMessageStartingWith("tình trạng phải là một trong IN_FORCE, NOT_YET_IN_FORCE, EXPIRED");
        assertThatThrownBy(() -> validity.record(id, "EXPIRED", " ", "Nguyễn Văn A")).hasMessageStartingWith("cần ghi căn cứ ghi nhận");
        assertThatThrownBy(() -> validity.record(id, "EXPIRED", "x", null)).hasMessageStartingWith("cần tên người ghi nhận");
        assertThat(validity.history(id)).isEmpty();
        assertThat(validity.record("n0000000000000000", "EXPIRED", "x", "A")).isEmpty();
    }
}
