package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Body;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.parse.TextNormalizer;

/** Issue 5, point 4: bodies, one per distinct body, placed in the document's province or not, with their parent. */
class BodyPlacementFormsTests {

    private static final String BAC_KAN_HEADER = "ỦY BAN NHÂN DÂN\\nTỈNH BẮC KẠN\\nSố: 10/KH-UBND\\nBắc Kạn, ngày 14 tháng 10 năm 2020\\nKẾ HOẠCH\\nThực hiện Chương trình\\n";
    private static final String MINISTRY_HEADER = "BỘ KHOA HỌC VÀ CÔNG NGHỆ\\nSố: 10/BKHCN-TĐC\\nHà Nội, ngày 17 tháng 11 năm 2023\\n";

    private static Extraction extract(String raw) {
        return SeedFixtures.EXTRACTOR.extract(TextNormalizer.normalize(raw.replace("\\n", "\n")).text());
    }

    private static Body body(Extraction extraction, String name) {
        return extraction.bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    /** A duty section as plans write it: the body as a numbered heading, its task below. */
    private static String section(String... headings) {
        StringBuilder out = new StringBuilder("IV. TỔ CHỨC THỰC HIỆN\\n");
        for (int i = 0; i < headings.length; i++) {
            out.append(i + 1).append(". ").append(headings[i]).append("\\nChủ trì tổ chức triển khai các nhiệm vụ.\\n");
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a Sở in a province's plan belongs to the province
            BAC_KAN  | Sở Tài chính                                    | Sở Tài chính | Bắc Kạn
            # the districts of the province
            BAC_KAN  | Ủy ban nhân dân các huyện, thành phố            | UBND các huyện, thành phố | Bắc Kạn
            # a Chi cục of the province
            BAC_KAN  | Chi cục Tiêu chuẩn Đo lường Chất lượng          | Chi cục Tiêu chuẩn Đo lường Chất lượng | Bắc Kạn
            # the provincial broadcaster, written with a dash and "tỉnh"
            BAC_KAN  | Đài Phát thanh - Truyền hình tỉnh                | Đài Phát thanh và Truyền hình | Bắc Kạn
            # a ministry named in a provincial plan is central
            BAC_KAN  | Bộ Khoa học và Công nghệ                        | Bộ Khoa học và Công nghệ | -
            # a Sở named in a ministry's document is not placed: the text does not say which province
            MINISTRY | Sở Khoa học và Công nghệ                        | Sở Khoa học và Công nghệ | -
            # the clause names another province: that one, not the document's (issue 5)
            BAC_KAN  | Sở Khoa học và Công nghệ tỉnh Hậu Giang         | Sở Khoa học và Công nghệ | Hậu Giang
            # a ministry's document placing a Sở by name (issue 5)
            MINISTRY | Sở KH&CN tỉnh Ninh Thuận                        | Sở Khoa học và Công nghệ | Ninh Thuận
            # "tỉnh" not followed by a province names none
            BAC_KAN  | Liên minh Hợp tác xã tỉnh                       | Liên minh Hợp tác xã | Bắc Kạn
            # a Tổng cục is central
            MINISTRY | Tổng cục Tiêu chuẩn Đo lường Chất lượng         | Tổng cục Tiêu chuẩn Đo lường Chất lượng | -
            """)
    void placesTheBody(String header, String heading, String name, String province) {
        Extraction extraction = extract(("BAC_KAN".equals(header) ? BAC_KAN_HEADER : MINISTRY_HEADER) + section(heading));
        assertThat(body(extraction, name).province()).isEqualTo(province);
        assertThat(extraction.assignments()).filteredOn(a -> a.body().equals(name)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.province()).isEqualTo(province));
    }

    /** Councils below the province that the vocabulary does not name are the province's too (duties-fresh). */
    @Test
    void councilsTheVocabularyDoesNotNameArePlacedInTheDocumentsProvince() {
        Extraction extraction = extract(BAC_KAN_HEADER + section("Ủy ban nhân dân các xã, phường, thị trấn", "UBND huyện Chợ Mới"));
        assertThat(extraction.assignments()).extracting(Assignment::body, Assignment::province)
                .containsExactly(tuple("UBND các xã, phường, thị trấn", "Bắc Kạn"), tuple("UBND huyện Chợ Mới", "Bắc Kạn"));
    }

    /**
     * A text without a header (a portal's news item) is placed in the province it names: a centrally-run city written
     * "TP" when it names no "tỉnh"; a "tỉnh" first, for "thành phố Huế" was a city of Thừa Thiên Huế (duties-fresh).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'UBND TP Cần Thơ giao Sở Xây dựng rà soát các văn bản liên quan đến dự án.' | Cần Thơ
            'UBND thành phố Huế giao Sở Xây dựng rà soát các văn bản theo Kế hoạch của UBND tỉnh Thừa Thiên Huế.' | Thừa Thiên Huế
            """)
    void aTextWithoutHeaderIsPlacedInTheProvinceItNames(String text, String province) {
        assertThat(extract(text).assignments()).extracting(Assignment::body, Assignment::province)
                .containsExactly(tuple("Sở Xây dựng", province));
    }

    /** So are communes named bare and a steering committee of a level (duties-fresh). */
    @Test
    void communesNamedBareAndLocalSteeringCommitteesArePlacedInTheDocumentsProvince() {
        Extraction extraction = extract(BAC_KAN_HEADER + section("Xã Cẩm Giàng", "Ban Chỉ đạo phòng, chống thiên tai huyện Chợ Mới",
                "Ban Chỉ đạo Trung ương"));
        assertThat(extraction.assignments()).extracting(Assignment::body, Assignment::province)
                .containsExactly(tuple("Xã Cẩm Giàng", "Bắc Kạn"), tuple("Ban Chỉ đạo phòng, chống thiên tai huyện Chợ Mới", "Bắc Kạn"),
                        tuple("Ban Chỉ đạo Trung ương", null));
    }

    @Test
    void threeSpellingsOfTheDepartmentAreOneBody() {
        Extraction extraction = extract(BAC_KAN_HEADER + section("Sở KH&CN", "Sở Khoa học và Công nghệ", "SKHCN"));
        assertThat(extraction.bodies()).extracting(Body::name).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(extraction.assignments()).hasSize(3);
    }

    @Test
    void aSharedHeadNounGivesOneBodyPerItem() {
        Extraction extraction = extract(BAC_KAN_HEADER
                + section("Các Sở: Công Thương, Nông nghiệp và Phát triển nông thôn, Y tế"));
        assertThat(extraction.bodies()).extracting(Body::name).contains("Sở Công Thương",
                "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế");
        assertThat(extraction.bodies()).allSatisfy(b -> assertThat(b.province()).isEqualTo("Bắc Kạn"));
    }

    @Test
    void theTextsOwnStatementGivesTheParent() {
        Extraction extraction = SeedFixtures.extract(SeedFixtures.DECISION_1852);
        // "Chi cục Tiêu chuẩn Đo lường Chất lượng trực thuộc Sở Khoa học và Công nghệ là cơ quan thường trực"
        Body chiCuc = body(extraction, "Chi cục Tiêu chuẩn Đo lường Chất lượng");
        assertThat(chiCuc.parent()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(chiCuc.province()).isEqualTo("Bắc Kạn");
        List<Assignment> finance = extraction.assignments().stream().filter(a -> a.body().equals("Sở Tài chính")).toList();
        assertThat(finance).isNotEmpty().allSatisfy(a -> assertThat(a.qualifiedBody()).isEqualTo("Sở Tài chính tỉnh Bắc Kạn"));
    }

    @Test
    void theGeneralDepartmentIsPartOfTheMinistry() {
        Extraction extraction = SeedFixtures.extract(SeedFixtures.NOTICE_2013);
        Body general = body(extraction, "Tổng cục Tiêu chuẩn Đo lường Chất lượng");
        assertThat(general.parent()).isEqualTo("Bộ Khoa học và Công nghệ");
        assertThat(general.province()).isNull();
    }
}
