package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.Program;
import vn.vbtrace.parse.TextNormalizer;

/** Issue 5: programs and projects, one row per written form of a name, a period, an approval and a short name. */
class ProgramFormsTests {

    private static List<Program> programs(String raw) {
        return SeedFixtures.EXTRACTOR.extract(TextNormalizer.normalize(raw.replace("\\n", "\n")).text()).programs();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # quoted name with "đến năm", approved in the căn cứ before it (Hậu Giang plan)
            'Căn cứ Quyết định số 712/QĐ-TTg ngày 21 tháng 5 năm 2010 của Thủ tướng Chính phủ V/v phê duyệt Chương trình Quốc gia “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp Việt Nam đến năm 2020”;' | NATIONAL | - | 2020 | 712/QĐ-TTg | -
            # unquoted name ending with its period "giai đoạn 2021 - 2030" (1852/QĐ-UBND)
            'Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021 - 2030;' | NATIONAL | 2021 | 2030 | 1322/QĐ-TTg | -
            # the explicit short name (31/TB-BKHCN), no approving number in the text
            'Trưởng Ban Điều hành Chương trình quốc gia "Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp Việt Nam đến năm 2020” (sau đây gọi tắt là Chương trình), Thứ trưởng' | NATIONAL | - | 2020 | - | Chương trình
            # the approval on the short form, in brackets (2013 notice)
            'Chương trình quốc gia "Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp Việt Nam đến năm 2020" (sau đây viết tắt là Chương trình). Thủ tướng Chính phủ phê duyệt Chương trình (Quyết định số 712/QĐ-TTg ngày 21/5/2010).' | NATIONAL | - | 2020 | 712/QĐ-TTg | Chương trình
            # a province's project with two periods: the first is its span (Hậu Giang plan)
            'Căn cứ Quyết định số 1950/QĐ-UBND ngày 28 tháng 9 năm 2012 của UBND tỉnh Hậu Giang V/v phê duyệt Dự án “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp tỉnh Hậu Giang giai đoạn 2012-2015 và tầm nhìn đến năm 2020”;' | PROVINCIAL | 2012 | 2015 | 1950/QĐ-UBND | -
            # the approval after the name: "ban hành kèm theo Quyết định số"
            'Triển khai Đề án phát triển thương hiệu sản phẩm tỉnh giai đoạn 2021-2025 ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 10/01/2021.' | PROVINCIAL | 2021 | 2025 | 45/QĐ-UBND | -
            # "(theo Quyết định số ...)" after the name
            'Thực hiện Chương trình quốc gia về an toàn lao động giai đoạn 2021-2025 (theo Quyết định số 2194/QĐ-TTg ngày 25/12/2020).' | NATIONAL | 2021 | 2025 | 2194/QĐ-TTg | -
            # the bare short form used later names the program it follows
            'Thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất giai đoạn 2021-2030.\\nKinh phí thực hiện Chương trình do ngân sách bảo đảm.' | NATIONAL | 2021 | 2030 | - | Chương trình
            """)
    void readsTheForm(String raw, String kind, Integer from, Integer to, String approvedBy, String shortName) {
        List<Program> found = programs(raw);
        assertThat(found).hasSize(1);
        Program program = found.get(0);
        assertThat(program.kind()).isEqualTo(kind);
        assertThat(program.fromYear()).isEqualTo(from);
        assertThat(program.toYear()).isEqualTo(to);
        assertThat(program.approvedBy()).isEqualTo(approvedBy);
        assertThat(program.shortName()).isEqualTo(shortName);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "Chương trình năm 2019": the program's year's work, not a name (31/TB-BKHCN)
            'kết quả thực hiện Chương trình năm 2019, kế hoạch triển khai năm 2020 và định hướng giai đoạn đến năm 2030.'
            # a lower-case generic mention
            'lồng ghép với các chương trình mục tiêu quốc gia, chương trình phát triển kinh tế - xã hội giai đoạn 2021-2025.'
            # a title line in capitals is left to the mixed-case mention
            'CHƯƠNG TRÌNH QUỐC GIA HỖ TRỢ DOANH NGHIỆP NÂNG CAO NĂNG SUẤT GIAI ĐOẠN 2021 - 2030'
            """)
    void aShortFormOrGenericMentionIsNoProgram(String raw) {
        assertThat(programs(raw)).isEmpty();
    }

    @Test
    void theBacKanPlanImplementsTheProgramThatSucceedsThe712One() {
        List<Program> programs = SeedFixtures.extract(SeedFixtures.DECISION_1852).programs();
        Program national = programs.stream().filter(p -> "1322/QĐ-TTg".equals(p.approvedBy())).findFirst().orElseThrow();
        Program plan = programs.stream().filter(p -> "1852/QĐ-UBND".equals(p.approvedBy())).findFirst().orElseThrow();
        Program earlier = programs.stream().filter(p -> Integer.valueOf(2020).equals(p.toYear())).findFirst().orElseThrow();
        assertThat(national.key()).isEqualTo("1322/qd-ttg");
        assertThat(national.succeeds()).isEqualTo(earlier.key());
        assertThat(plan.kind()).isEqualTo("PROVINCIAL");
        assertThat(plan.name()).startsWith("Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg");
    }

    @Test
    void aProvincialPlanTitledAfterTheNationalProgramIsItsOwnProgram() {
        // unseen Ninh Thuận plan: the document is the plan; a title ending in one year gives a one-year period
        List<Program> programs = programs("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nSố: 87/KH-UBND\nKẾ HOẠCH\n"
                + "Triển khai thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng\n"
                + "sản phẩm, hàng hóa trên địa bàn tỉnh năm 2024\nỦy ban nhân dân tỉnh ban hành Kế hoạch năm 2024 như sau:");
        assertThat(programs).hasSize(1);
        Program plan = programs.get(0);
        assertThat(plan.kind()).isEqualTo("PROVINCIAL");
        assertThat(plan.approvedBy()).isEqualTo("87/KH-UBND");
        assertThat(plan.fromYear()).isEqualTo(2024);
        assertThat(plan.toYear()).isEqualTo(2024);
        assertThat(plan.shortName()).isEqualTo("Kế hoạch");
    }

    @Test
    void theHauGiangProjectFor2016To2020ContinuesThe2012Project() {
        List<Program> programs = SeedFixtures.extract(SeedFixtures.HAU_GIANG_PLAN).programs();
        Program later = programs.stream().filter(p -> Integer.valueOf(2016).equals(p.fromYear())).findFirst().orElseThrow();
        assertThat(later.kind()).isEqualTo("PROVINCIAL");
        assertThat(later.shortName()).isEqualTo("Dự án");
        assertThat(later.succeeds()).isEqualTo("1950/qd-ubnd");
    }
}
