package vn.vbtrace.reorg;

import vn.vbtrace.document.Successor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14, point 3: who holds a body's duties today, from vocab/successions.tsv. */
class SuccessionsTests {

    static final Successions TABLE = Successions.shipped();
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void theSoKeHoachVaDauTuOfBacKanIsNowTheSoTaiChinhOfThaiNguyen() {
        Successor s = TABLE.successor("Sở Kế hoạch và Đầu tư", "Bắc Kạn", TODAY).orElseThrow();
        assertThat(s.name()).isEqualTo("Sở Tài chính tỉnh Thái Nguyên");
        assertThat(s.text()).startsWith("Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo ")
                .contains("Nghị định 45/2025/NĐ-CP", "Nghị quyết 202/2025/QH15");
        assertThat(s.since()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(s.sources()).allSatisfy(url -> assertThat(url).startsWith("http"));
    }

    @Test
    void beforeTheReorganizationNothingChanged() {
        assertThat(TABLE.successor("Sở Kế hoạch và Đầu tư", "Bắc Kạn", LocalDate.of(2025, 2, 28))).isEmpty();
        // Between the two: the department merged on 1 March, the province on 1 July.
        assertThat(TABLE.successor("Sở Kế hoạch và Đầu tư", "Bắc Kạn", LocalDate.of(2025, 4, 1)).orElseThrow().name())
                .isEqualTo("Sở Tài chính tỉnh Bắc Kạn");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Sở Tài chính                            | Bắc Kạn    | Sở Tài chính tỉnh Thái Nguyên
            Sở Thông tin và Truyền thông            | Ninh Thuận | Sở Khoa học và Công nghệ tỉnh Khánh Hòa
            Sở Giao thông Vận tải                   | Hậu Giang  | Sở Xây dựng thành phố Cần Thơ
            Sở Nông nghiệp và Phát triển nông thôn  | Quảng Ngãi | Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi
            UBND các huyện, thành phố               | Bắc Kạn    | UBND các xã, phường tỉnh Thái Nguyên
            Bộ Kế hoạch và Đầu tư                   | -          | Bộ Tài chính
            Bộ Thông tin và Truyền thông            | -          | Bộ Khoa học và Công nghệ
            """)
    void successorsToday(String body, String province, String today) {
        assertThat(TABLE.successor(body, province, TODAY).orElseThrow().name()).isEqualTo(today);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Sở Tài chính             | Hà Nội | -
            Bộ Khoa học và Công nghệ | -      | -
            Sở Y tế                  | Huế    | -
            """)
    void bodiesThatDidNotChangeHaveNoSuccessor(String body, String province, String none) {
        assertThat(TABLE.successor(body, province, TODAY)).isEmpty();
    }

    @Test
    void sixtyThreeProvincesBecameThirtyFour() {
        long merged = TABLE.rows().stream().filter(r -> r.kind() == Succession.Kind.PROVINCE).count();
        assertThat(merged).isEqualTo(63 - 34);
        assertThat(TABLE.rows()).allSatisfy(r -> assertThat(r.basis()).isNotBlank())
                .allSatisfy(r -> assertThat(r.source()).startsWith("http"));
        assertThat(TABLE.predecessorProvinces("Thái Nguyên")).containsExactly("Bắc Kạn");
        assertThat(TABLE.predecessorProvinces("Cần Thơ")).containsExactlyInAnyOrder("Sóc Trăng", "Hậu Giang");
    }

    @Test
    void theNewBodyAnswersForItsPredecessors() {
        assertThat(TABLE.predecessors("Sở Tài chính", "Thái Nguyên")).extracting(n -> n[0] + " | " + n[1])
                .containsExactlyInAnyOrder("Sở Tài chính | Thái Nguyên", "Sở Tài chính | Bắc Kạn",
                        "Sở Kế hoạch và Đầu tư | Thái Nguyên", "Sở Kế hoạch và Đầu tư | Bắc Kạn");
    }
}
