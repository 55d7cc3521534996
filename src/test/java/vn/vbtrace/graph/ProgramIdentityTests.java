package vn.vbtrace.graph;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One program however documents name it: the names below are the corpus's own. */
class ProgramIdentityTests {

    static final String NATIONAL_2020_712 = "Chương trình Quốc gia “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp Việt Nam đến năm 2020”";
    static final String NATIONAL_2020_1852 = "Chương trình quốc gia “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp Việt Nam đến năm 2020”";
    static final String NATIONAL_2030_1322 = "Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn 2021-2030";
    static final String NATIONAL_2030_4258 = "Chương trình quốc gia về hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa giai đoạn đến năm 2030";
    static final String HAU_GIANG_2015 = "Dự án “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp tỉnh Hậu Giang giai đoạn 2012-2015 và tầm nhìn đến năm 2020”";
    static final String HAU_GIANG_2020 = "Dự án “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp tỉnh Hậu Giang giai đoạn 2016 - 2020”";

    @Test
    void theSameProgramNamedWithAndWithoutItsDecisionIsOne() {
        assertThat(ProgramIdentity.same(program("712/qd-ttg", NATIONAL_2020_712, "NATIONAL", null, 2020, "n712"),
                program("name-1852", NATIONAL_2020_1852, "NATIONAL", null, 2020, null))).isTrue();
        assertThat(ProgramIdentity.same(program("1322/qd-ttg", NATIONAL_2030_1322, "NATIONAL", 2021, 2030, "n1322"),
                program("name-4258", NATIONAL_2030_4258, "NATIONAL", null, 2030, null))).isTrue();
    }

    @Test
    void successiveProgramsAndProjectsStayApart() {
        // Same words, other period: the program to 2020 is not its 2021-2030 successor.
        assertThat(ProgramIdentity.same(program("712/qd-ttg", NATIONAL_2020_712, "NATIONAL", null, 2020, "n712"),
                program("1322/qd-ttg", NATIONAL_2030_1322, "NATIONAL", 2021, 2030, "n1322"))).isFalse();
        assertThat(ProgramIdentity.same(program("1950/qd-ubnd", HAU_GIANG_2015, "PROVINCIAL", 2012, 2015, "n1950"),
                program("hg-2020", HAU_GIANG_2020, "PROVINCIAL", 2016, 2020, null))).isFalse();
        // A province's plan under the national program is not the national program.
        assertThat(ProgramIdentity.same(program("1322/qd-ttg", NATIONAL_2030_1322, "NATIONAL", 2021, 2030, "n1322"),
                program("1852/qd-ubnd", "Kế hoạch thực hiện " + NATIONAL_2030_1322, "PROVINCIAL", 2021, 2030, "n1852"))).isFalse();
    }

    @Test
    void aNameKeyedProgramTakesTheKnownKeyAndItsSuccessorFollows() {
        Map<String, Object> old = program("name-2020", NATIONAL_2020_1852, "NATIONAL", null, 2020, null);
        Map<String, Object> successor = program("1322/qd-ttg", NATIONAL_2030_1322, "NATIONAL", 2021, 2030, "n1322");
        successor.put("succeeds", "name-2020");
        ProgramIdentity.Resolution resolution = ProgramIdentity.resolve(List.of(old, successor),
                List.of(program("712/qd-ttg", NATIONAL_2020_712, "NATIONAL", null, 2020, "n712")));
        assertThat(resolution.programs()).extracting(p -> p.get("key")).containsExactly("712/qd-ttg", "1322/qd-ttg");
        assertThat(resolution.programs().get(1).get("succeeds")).isEqualTo("712/qd-ttg");
        assertThat(resolution.absorbed()).isEmpty();
    }

    @Test
    void aProgramMetWithItsDecisionAbsorbsTheNameKeyedOne() {
        ProgramIdentity.Resolution resolution = ProgramIdentity.resolve(
                List.of(program("712/qd-ttg", NATIONAL_2020_712, "NATIONAL", null, 2020, "n712")),
                List.of(program("name-2020", NATIONAL_2020_1852, "NATIONAL", null, 2020, null)));
        assertThat(resolution.absorbed()).containsEntry("name-2020", "712/qd-ttg");
        assertThat(resolution.programs()).extracting(p -> p.get("key")).containsExactly("712/qd-ttg");
    }

    private static Map<String, Object> program(String key, String name, String kind, Integer from, Integer to, String approvedById) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", key);
        p.put("name", name);
        p.put("kind", kind);
        p.put("fromYear", from);
        p.put("toYear", to);
        p.put("approvedById", approvedById);
        return p;
    }
}
