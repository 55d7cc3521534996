package vn.vbtrace.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.system.Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.system.StoresOnTarget;
import vn.vbtrace.graph.GraphTarget;

/**
 * Issue 5, point 4: the legal check of drafts against the shipped corpus, in process on the real
 * embedded Neo4j. Each test is a draft a staff member could write, and the verdicts and evidence
 * they should get.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class CheckServiceIT {

    /** The graph this run uses; JUnit sets it, and hands it to the class set-up as well. */
    @Parameter
    GraphTarget target;

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
            Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 02/5/2019 của UBND tỉnh Bắc Kạn;
            Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì tổ chức thực hiện.
            """;

    @BeforeParameterizedClassInvocation
    static void ingest(GraphTarget target) throws Exception {
        stores = StoresOnTarget.openFresh(dir.resolve(target.name()).resolve("data"), target);
        Path extra = Files.createDirectories(dir.resolve(target.name()).resolve("extra"));
        Files.writeString(extra.resolve("77-KH-SKHCN.txt"), LATE_DATING_PLAN);
        stores.ingester().ingest(List.of(TestCorpus.ROOT, extra), s -> { }, n -> { });
        checks = new CheckService(stores.pipeline(), stores.graph(), stores.index());
    }

    @AfterParameterizedClassInvocation
    static void close() {
        stores.close();
    }

    @Test
    void theDateOf1322IsShownAsTheRepositorysDocumentsGiveIt() throws Exception {
        CheckReport report = checks.checkText(Files.readString(Path.of("src/test/resources/drafts/du-thao-ke-hoach-2024.txt")));
        CheckReport.CitationCheck c1322 = citation(report, "1322/QĐ-TTg");
        // The draft dates 1322/QĐ-TTg 31/8/2020 as 1852/QĐ-UBND does; the letter 4258/BKHCN-TĐC says 30/8/2020. Without
        // a catalog (none is imported here) neither date has a majority: the draft is not contradicted, and is told so.
        assertThat(c1322.verdicts()).containsExactly(Verdict.OK);
        assertThat(c1322.mentions()).extracting(m -> m.number() + " " + m.citedDate() + " " + m.agrees())
                .containsExactlyInAnyOrder("1852/QĐ-UBND 2020-08-31 true", "4258/BKHCN-TĐC 2020-08-30 false");
        assertThat(c1322.messages()).anySatisfy(m -> assertThat(m).contains("2 văn bản trong kho trích dẫn", "ghi ngày khác nhau",
                "1 văn bản ghi ngày 31/8/2020", "1 văn bản ghi ngày 30/8/2020", "không ngày nào được đa số"));
        assertThat(c1322.evidence().citers()).isEqualTo(2);
        assertThat(c1322.evidence().disagree()).isTrue();
        assertThat(c1322.evidence().majorityDate()).isNull();
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
    void aJointCircularCitedWithOneOrAllOfItsMakersAgreesWithItsCodes() {
        // "TTLT-BTC-BKHCN": Bộ Tài chính and Bộ Khoa học và Công nghệ; the draft may name either, or both
        for (String makers : List.of("Bộ Tài chính", "Bộ Tài chính và Bộ Khoa học và Công nghệ")) {
            CheckReport.CitationCheck check = only(checks.checkText(
                    "Căn cứ Thông tư liên tịch số 28/2010/TTLT-BTC-BKHCN ngày 18/3/2010 của " + makers + ";"));
            assertThat(check.verdicts()).as(makers).doesNotContain(Verdict.ISSUER_MISMATCH, Verdict.TYPE_MISMATCH);
        }
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
                .contains("1 văn bản ghi ngày 15/10/2020", "14/10/2020"));
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
    void aHauGiangPlanCiting712IsToldTheNationalBasisButNotAnEndedProjectsDecision() {
        CheckReport report = checks.checkText("UBND TỈNH HẬU GIANG\nKẾ HOẠCH\n"
                + "Căn cứ Quyết định số 712/QĐ-TTg ngày 21/5/2010 của Thủ tướng Chính phủ;\n");
        assertThat(report.province()).isEqualTo("Hậu Giang");
        // The Hậu Giang plan rests on 20/2010/TT-BKHCN and on 1950/QĐ-UBND, whose project ran 2012-2015: no advice to cite it.
        assertThat(report.suggestions()).extracting(CheckReport.Suggestion::number)
                .contains("20/2010/TT-BKHCN").doesNotContain("712/QĐ-TTg", "1950/QĐ-UBND");
        assertThat(report.suggestions()).filteredOn(s -> "20/2010/TT-BKHCN".equals(s.number())).singleElement()
                .satisfies(s -> assertThat(s.message()).contains("văn bản của Trung ương", "dự thảo chưa trích dẫn"));
    }

    @Test
    void aProvincesOwnBasisIsSuggestedToThatProvinceOnly() {
        String cites1852 = "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn;\n";
        CheckReport bacKan = checks.checkText("UBND TỈNH BẮC KẠN\nKẾ HOẠCH\n" + cites1852);
        assertThat(bacKan.suggestions()).filteredOn(s -> "12/2019/QĐ-UBND".equals(s.number())).singleElement()
                .satisfies(s -> {
                    assertThat(s.scope()).isEqualTo("Bắc Kạn");
                    assertThat(s.message()).contains("văn bản của tỉnh Bắc Kạn", "77/KH-SKHCN");
                });
        CheckReport hauGiang = checks.checkText("UBND TỈNH HẬU GIANG\nKẾ HOẠCH\n" + cites1852);
        assertThat(hauGiang.suggestions()).extracting(CheckReport.Suggestion::number).doesNotContain("12/2019/QĐ-UBND");
    }

    @Test
    void issue14ABacKanPlanCiting712IsNeverPointedToHauGiangsOwnDecision() {
        CheckReport report = checks.checkText("UBND TỈNH BẮC KẠN\nKẾ HOẠCH\n"
                + "Căn cứ Quyết định số 712/QĐ-TTg ngày 21/5/2010 của Thủ tướng Chính phủ;\n");
        assertThat(report.province()).isEqualTo("Bắc Kạn");
        assertThat(report.suggestions()).extracting(CheckReport.Suggestion::number)
                .contains("20/2010/TT-BKHCN").doesNotContain("1950/QĐ-UBND", "09/2011/QĐ-UBND", "14/2007/QĐ-UBND");
        assertThat(report.suggestions()).allSatisfy(s -> assertThat(s.scope()).isIn("national", "Bắc Kạn"));
    }

    @Test
    void issue14ALawCitedByNameIsNeitherNotFoundNorSuggested() {
        CheckReport report = checks.checkText("UBND TỈNH BẮC KẠN\nKẾ HOẠCH\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
                + "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;\n");
        CheckReport.CitationCheck law = report.citations().getFirst();
        assertThat(law.title()).isEqualTo("Luật Tổ chức chính quyền địa phương");
        // No catalog here: 1852/QĐ-UBND cites the law by the same name and date, so it is known, not NOT_FOUND.
        assertThat(law.verdicts()).containsExactly(Verdict.OK);
        assertThat(report.suggestions()).noneSatisfy(s -> assertThat(s.title()).isEqualTo("Luật Tổ chức chính quyền địa phương"));
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
