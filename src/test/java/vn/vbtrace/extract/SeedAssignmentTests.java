package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Role;

/** Who is responsible for what in each seed document, as a user would ask it. */
class SeedAssignmentTests {

    @Test
    void bacKanPlanGivesFinanceTheBudgetAndScienceTheLead() {
        List<Assignment> assignments = SeedFixtures.extract(SeedFixtures.DECISION_1852).assignments();
        assertThat(assignments).filteredOn(a -> a.body().equals("Sở Tài chính") && a.role() == Role.ADVISE)
                .singleElement().satisfies(a -> assertThat(a.task()).contains("bố trí kinh phí"));
        assertThat(assignments).filteredOn(a -> a.body().equals("Sở Khoa học và Công nghệ") && a.role() == Role.LEAD)
                .extracting(Assignment::task)
                .anySatisfy(task -> assertThat(task).startsWith("Chủ trì, điều hành hoạt động của Chương trình"));
        for (String body : List.of("Sở Công Thương", "Sở Y tế")) {
            assertThat(assignments).filteredOn(a -> a.body().equals(body))
                    .extracting(Assignment::role, Assignment::deadline)
                    .contains(tuple(Role.REPORT, "yearly:--11-30"));
        }
        assertThat(assignments).extracting(Assignment::body).doesNotContain("Sở KH&CN");
    }

    @Test
    void hauGiangPlanGivesFinanceTheBudgetAndScienceTheReports() {
        List<Assignment> assignments = SeedFixtures.extract(SeedFixtures.HAU_GIANG_PLAN).assignments();
        assertThat(assignments).filteredOn(a -> a.body().equals("Sở Tài chính"))
                .extracting(Assignment::task).anySatisfy(task -> assertThat(task).contains("bố trí kinh phí"));
        assertThat(assignments).filteredOn(a -> a.body().equals("Sở Khoa học và Công nghệ"))
                .extracting(Assignment::role, Assignment::deadline)
                .contains(tuple(Role.REPORT, "yearly:--05,--12"), tuple(Role.STANDING, null));
        assertThat(assignments).filteredOn(a -> a.body().equals("Chi cục Tiêu chuẩn Đo lường Chất lượng"))
                .extracting(Assignment::role).contains(Role.ADVISE);
    }

    @Test
    void letterAsksMinistriesAndProvincesToReportByTheEndOfNovember() {
        List<Assignment> assignments = SeedFixtures.extract(SeedFixtures.LETTER_4258).assignments();
        assertThat(assignments).filteredOn(a -> "2023-11-30".equals(a.deadline()))
                .extracting(Assignment::body, Assignment::role)
                .containsExactly(
                        tuple("Bộ Công Thương", Role.REPORT),
                        tuple("Bộ Nông nghiệp và Phát triển nông thôn", Role.REPORT),
                        tuple("Bộ Y tế", Role.REPORT),
                        tuple("Bộ Xây dựng", Role.REPORT),
                        tuple("Bộ Giao thông vận tải", Role.REPORT),
                        tuple("Bộ Thông tin và Truyền thông", Role.REPORT),
                        tuple("UBND các tỉnh, thành phố trực thuộc Trung ương", Role.REPORT));
    }

    @Test
    void notice2013SetsAQuarterAndAMonth() {
        List<Assignment> assignments = SeedFixtures.extract(SeedFixtures.NOTICE_2013).assignments();
        assertThat(assignments).filteredOn(a -> "2014-Q1".equals(a.deadline()))
                .extracting(Assignment::body)
                .containsExactly("Các bộ", "UBND các tỉnh, thành phố trực thuộc Trung ương");
        assertThat(assignments).filteredOn(a -> "2013-10".equals(a.deadline()))
                .extracting(Assignment::body).containsExactly("Cơ quan thường trực Chương trình");
        assertThat(assignments).filteredOn(a -> a.body().equals("Ban Điều hành Chương trình")).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedFixtures.NOTICE_2013, SeedFixtures.WEB_NOTICE_31, SeedFixtures.LETTER_4258,
            SeedFixtures.DECISION_1852, SeedFixtures.HAU_GIANG_PLAN})
    void everyTaskIsItsSpan(String seed) {
        String text = SeedFixtures.normalized(seed);
        for (Assignment assignment : SeedFixtures.extract(seed).assignments()) {
            assertThat(text.substring(assignment.start(), assignment.end())).isEqualTo(assignment.task());
            assertThat(assignment.body()).isNotBlank();
        }
    }
}
