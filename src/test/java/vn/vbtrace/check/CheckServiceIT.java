package vn.vbtrace.check;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, point 4: the legal check of drafts against the shipped corpus, in process on the real
 * embedded Neo4j. Each test is a draft a staff member could write, and the verdicts and evidence
 * they should get.
 */
class CheckServiceIT {

    @TempDir
    static Path dir;
    static Stores stores;
    static CheckService checks;

    /** A department's plan that dates 1852/QĐ-UBND one day late, as real documents sometimes do. */
    static final String LATE_DATING_PLAN = """
            UBND TỈNH BẮC KẠN
            SỞ KHOA HỌC VÀ CÔNG NGHỆ
            Số: 77/KH-SKHCN
            Bắc Kạn, ngày 05 tháng 01 năm 2021
            KẾ HOẠCH
            Triển khai nhiệm vụ nâng cao năng suất chất lượng năm 2021
            Căn cứ Quyết định số 1852/QĐ-UBND ngày 15/10/2020 của UBND tỉnh Bắc Kạn;
            Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì tổ chức thực hiện.
            """;

    @BeforeAll
    static void ingest() throws Exception {
        stores = Stores.open(new DataFolder(dir.resolve("data")), new Pipeline());
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(extra.resolve("77-KH-SKHCN.txt"), LATE_DATING_PLAN);
        stores.ingester().ingest(List.of(TestCorpus.ROOT, extra), s -> { }, n -> { });
        checks = new CheckService(stores.pipeline(), stores.graph());
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    @Test
    void theDateOf1322IsShownAsTheRepositorysDocumentsGiveIt() throws Exception {
        CheckReport report = checks.checkText(Files.readString(Path.of("src/test/resources/drafts/du-thao-ke-hoach-2024.txt")));
        CheckReport.CitationCheck c1322 = citation(report, "1322/QĐ-TTg");
        // The draft dates 1322/QĐ-TTg 31/8/2020 as 1852/QĐ-UBND does; the letter 4258/BKHCN-TĐC says 30/8/2020.
        assertThat(c1322.mentions()).extracting(m -> m.number() + " " + m.citedDate() + " " + m.agrees())
                .containsExactlyInAnyOrder("1852/QĐ-UBND 2020-08-31 true", "4258/BKHCN-TĐC 2020-08-30 false");
        assertThat(c1322.messages()).anySatisfy(m -> assertThat(m).contains("they disagree",
                "1852/QĐ-UBND dates it 2020-08-31", "4258/BKHCN-TĐC dates it 2020-08-30"));
        assertThat(c1322.mentions()).filteredOn(m -> m.number().equals("4258/BKHCN-TĐC"))
                .singleElement().satisfies(m -> assertThat(m.quote()).contains("1322/QĐ-TTg"));
    }

    @Test
    void aTypeWordTheNumbersCodeContradictsIsATypeMismatch() {
        CheckReport.CitationCheck check = only(checks.checkText(
                "Căn cứ Nghị quyết số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;"));
        assertThat(check.verdicts()).contains(Verdict.TYPE_MISMATCH);
        assertThat(check.messages()).anySatisfy(m -> assertThat(m).contains("Nghị quyết", "QĐ", "Quyết định"));
    }

    @Test
    void anIssuerTheNumbersCodeContradictsIsAnIssuerMismatch() {
        CheckReport.CitationCheck check = only(checks.checkText(
                "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Bộ Khoa học và Công nghệ;"));
        assertThat(check.verdicts()).contains(Verdict.ISSUER_MISMATCH).doesNotContain(Verdict.TYPE_MISMATCH);
        assertThat(check.messages()).anySatisfy(m -> assertThat(m).contains("Bộ Khoa học và Công nghệ", "TTg", "Thủ tướng Chính phủ"));
    }

    @Test
    void aProvincialCommitteeNamedInFullAgreesWithTheUbndCode() {
        CheckReport.CitationCheck check = only(checks.checkText(
                "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của Ủy ban nhân dân tỉnh Bắc Kạn;"));
        assertThat(check.verdicts()).containsExactly(Verdict.OK);
        assertThat(check.match().issuedDate()).isEqualTo(LocalDate.of(2020, 10, 14));
    }

    @Test
    void aHeldDocumentDatedOtherwiseByACiterShowsThatCiter() {
        CheckReport.CitationCheck check = only(checks.checkText(
                "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn;"));
        assertThat(check.mentions()).extracting(m -> m.number() + " " + m.citedDate() + " " + m.agrees())
                .containsExactly("77/KH-SKHCN 2020-10-15 false");
        assertThat(check.messages()).singleElement().satisfies(m -> assertThat(m)
                .contains("77/KH-SKHCN dates it 2020-10-15", "2020-10-14"));
    }

    @Test
    void aPlanCiting1322IsToldWhatTheBacKanPlanAlsoRestsOn() {
        CheckReport report = checks.checkText("KẾ HOẠCH\nCăn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;\n");
        // 1852/QĐ-UBND also rests on 1322/QĐ-TTg, and before it on the Luật Tổ chức chính quyền địa phương.
        assertThat(report.suggestions()).anySatisfy(s -> {
            assertThat(s.title()).contains("Tổ chức chính quyền địa phương");
            assertThat(s.basisOf()).contains("1852/QĐ-UBND");
        });
        assertThat(report.suggestions()).noneSatisfy(s -> assertThat(s.number()).isEqualTo("1322/QĐ-TTg"));
    }

    @Test
    void aPlanCiting712IsToldTheHauGiangPlansOtherBases() {
        CheckReport report = checks.checkText("KẾ HOẠCH\nCăn cứ Quyết định số 712/QĐ-TTg ngày 21/5/2010 của Thủ tướng Chính phủ;\n");
        assertThat(report.suggestions()).extracting(CheckReport.Suggestion::number)
                .contains("20/2010/TT-BKHCN", "1950/QĐ-UBND").doesNotContain("712/QĐ-TTg");
    }

    @Test
    void aDecisionWhoseProgramEndedIsNotInForceAndItsSuccessorIsNamed() {
        CheckReport.CitationCheck check = only(checks.checkText(
                "KẾ HOẠCH\nCăn cứ Quyết định số 712/QĐ-TTg ngày 21/5/2010 của Thủ tướng Chính phủ;\n"));
        // 712/QĐ-TTg is only cited in the corpus, yet the corpus says its program ran to 2020 and 1322/QĐ-TTg continues it.
        assertThat(check.verdicts()).containsExactly(Verdict.NOT_FOUND, Verdict.NOT_IN_FORCE);
        assertThat(check.match().status()).isEqualTo("EXPIRED");
        assertThat(check.messages()).anySatisfy(m -> assertThat(m).contains("2020"));
        assertThat(check.messages()).anySatisfy(m -> assertThat(m).contains("continued by", "2021-2030", "1322/QĐ-TTg"));
    }

    @Test
    void aDraftWithoutCitationsHasNoVerdictsAndNoSuggestions() {
        CheckReport report = checks.checkText("KẾ HOẠCH\nTổ chức hội nghị tổng kết năm 2024.\n");
        assertThat(report.citations()).isEmpty();
        assertThat(report.suggestions()).isEmpty();
        assertThat(report.summary().problems()).isZero();
    }

    private static CheckReport.CitationCheck citation(CheckReport report, String number) {
        return report.citations().stream().filter(c -> number.equals(c.number())).findFirst().orElseThrow();
    }

    private static CheckReport.CitationCheck only(CheckReport report) {
        assertThat(report.citations()).hasSize(1);
        return report.citations().getFirst();
    }
}
