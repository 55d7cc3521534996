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
            # a national program named without its period after "phê duyệt", its short name in brackets (Quyết định 1322/QĐ-TTg)
            'Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa (Chương trình).' | NATIONAL | - | - | 1322/QĐ-TTg | Chương trình
            # a province's project without its period, named by its short name in brackets
            'Căn cứ Quyết định số 45/QĐ-UBND ngày 10/01/2021 của UBND tỉnh phê duyệt Đề án phát triển thương hiệu sản phẩm chủ lực (sau đây gọi tắt là Đề án);' | PROVINCIAL | - | - | 45/QĐ-UBND | Đề án
            # the program in a plan's title, its short form in the sentence citing one Prime Minister's decision (unseen Ninh Thuận plan)
            'Triển khai thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng\nsản phẩm, hàng hóa trên địa bàn tỉnh năm 2024\nThực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ và Quyết định số 36/QĐ-BKHCN ngày 08/01/2021 của Bộ trưởng Bộ Khoa học và Công nghệ phê duyệt Kế hoạch triển khai Chương trình, Ủy ban nhân dân tỉnh ban hành Kế hoạch.' | NATIONAL | - | - | 1322/QĐ-TTg | Chương trình
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
            # a plan's title: the place and year of the plan are not part of the program's name (unseen Ninh Thuận plan)
            'Triển khai thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng\nsản phẩm, hàng hóa trên địa bàn tỉnh năm 2024' | Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa
            # after "phê duyệt", up to the bracket of its short name
            'phê duyệt Chương trình quốc gia về an toàn, vệ sinh lao động (Chương trình).' | Chương trình quốc gia về an toàn, vệ sinh lao động
            # a quoted name needs no period
            'Triển khai Chương trình quốc gia “Hỗ trợ doanh nghiệp đổi mới sáng tạo” trên địa bàn tỉnh.' | Chương trình quốc gia “Hỗ trợ doanh nghiệp đổi mới sáng tạo”
            """)
    void readsANameWithoutItsPeriod(String raw, String name) {
        assertThat(programs(raw)).extracting(Program::name).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "kế thừa": the program named first continues the one named after the verb
            'Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất giai đoạn 2021-2030 kế thừa Chương trình quốc gia “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp Việt Nam đến năm 2020”.'
            # "tiếp nối", with the short name in between
            'Dự án “Nâng cao năng suất doanh nghiệp tỉnh giai đoạn 2021-2025” (sau đây gọi tắt là Dự án) tiếp nối Dự án “Hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2016-2020”.'
            # "thay thế": periods that are not consecutive, and names of two families
            'Đề án phát triển thương hiệu sản phẩm chủ lực giai đoạn 2022-2025 thay thế Đề án hỗ trợ xây dựng nhãn hiệu tập thể giai đoạn 2016-2020.'
            """)
    void aSentenceStatingSuccessionSetsSucceeds(String raw) {
        List<Program> found = programs(raw);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).succeeds()).isEqualTo(found.get(1).key());
        assertThat(found.get(1).succeeds()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "Chương trình năm 2019": the program's year's work, not a name (31/TB-BKHCN)
            'kết quả thực hiện Chương trình năm 2019, kế hoạch triển khai năm 2020 và định hướng giai đoạn đến năm 2030.'
            # a lower-case generic mention
            'lồng ghép với các chương trình mục tiêu quốc gia, chương trình phát triển kinh tế - xã hội giai đoạn 2021-2025.'
            # a title line in capitals is left to the mixed-case mention
            'CHƯƠNG TRÌNH QUỐC GIA HỖ TRỢ DOANH NGHIỆP NÂNG CAO NĂNG SUẤT GIAI ĐOẠN 2021 - 2030'
            # a work program after "phê duyệt", no period and no short name: not a named program
            'UBND tỉnh phê duyệt Chương trình công tác năm 2024 của Sở.'
            # a name without its period and without "quốc gia", nothing else marks it as a name
            'Thực hiện Chương trình hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn tỉnh.'
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
        assertThat(programs).hasSize(2); // the plan, and the national program its title names
        Program plan = programs.stream().filter(p -> "PROVINCIAL".equals(p.kind())).findFirst().orElseThrow();
        assertThat(plan.kind()).isEqualTo("PROVINCIAL");
        assertThat(plan.approvedBy()).isEqualTo("87/KH-UBND");
        assertThat(plan.fromYear()).isEqualTo(2024);
        assertThat(plan.toYear()).isEqualTo(2024);
        assertThat(plan.shortName()).isEqualTo("Kế hoạch");
        assertThat(programs).filteredOn(p -> "NATIONAL".equals(p.kind())).extracting(Program::name)
                .containsExactly("Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa");
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
