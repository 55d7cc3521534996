package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.FieldOrigin;
import vn.vbtrace.document.FieldSource;
import vn.vbtrace.parse.TextNormalizer;

/** Issue 5: signature titles, "Kính gửi" and "Nơi nhận" lists, and portal attribute panels. */
class AddressAndPanelFormsTests {

    private static DocumentMetadata metadata(String raw) {
        return SeedFixtures.EXTRACTOR.extract(TextNormalizer.normalize(raw.replace("\\n", "\n")).text()).document();
    }

    private static List<String> list(String cell) {
        return List.of(cell.split("\\s*;\\s*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a deputy signing for the chairman (1852/QĐ-UBND)
            'thi hành Quyết định này./.\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\nĐỗ Thị Minh Hoa'                          | KT. CHỦ TỊCH / PHÓ CHỦ TỊCH                      | Đỗ Thị Minh Hoa
            # a vice-minister for the minister (4258/BKHCN-TĐC)
            '- Lưu: VT, TĐC.\\nKT. BỘ TRƯỞNG\\nTHỨ TRƯỞNG\\nLê Xuân Định'                                        | KT. BỘ TRƯỞNG / THỨ TRƯỞNG                       | Lê Xuân Định
            # on behalf of the committee, then for the chairman (unseen Ninh Thuận plan)
            '- Lưu: VT, KTTH.\\nTM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\nLê Văn Bình'               | TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH | Lê Văn Bình
            # the chairman signing himself
            'thi hành Quyết định này./.\\nCHỦ TỊCH\\nNguyễn Văn A'                                               | CHỦ TỊCH                                          | Nguyễn Văn A
            """)
    void readsTheSignatureTitle(String raw, String title, String signer) {
        DocumentMetadata document = metadata(raw);
        assertThat(document.signerTitle()).isEqualTo(title);
        assertThat(document.signer()).isEqualTo(signer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 4258/BKHCN-TĐC: a shared head noun, then a generic committee line
            'Kính gửi:\\n- Các Bộ: Công thương, Nông nghiệp và Phát triển nông thôn, Y tế;\\n- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\\nThực hiện Quyết định số 1322/QĐ-TTg.' | Bộ Công Thương; Bộ Nông nghiệp và Phát triển nông thôn; Bộ Y tế; UBND các tỉnh, thành phố trực thuộc Trung ương
            # one addressee on the greeting's own line
            'Kính gửi: Sở Tài chính tỉnh Bắc Kạn.\\nSở Khoa học và Công nghệ đề nghị ...' | Sở Tài chính
            # a body the vocabulary does not know stays as written
            'Kính gửi:\\n- Sở Khoa học và Công nghệ;\\n- Hiệp hội Doanh nghiệp tỉnh.\\nNội dung.' | Sở Khoa học và Công nghệ; Hiệp hội Doanh nghiệp tỉnh
            """)
    void readsTheAddressees(String raw, String expected) {
        assertThat(metadata(raw).addressees()).containsExactlyElementsOf(list(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 2013 notice: abbreviations become canonical names, "Lưu" is dropped
            'Nơi nhận:\\n- VPCP;\\n- UBND các tỉnh, thành phố trực thuộc TW;\\n- Lưu: VT, TĐC.\\nKT. BỘ TRƯỞNG' | Văn phòng Chính phủ; UBND các tỉnh, thành phố trực thuộc Trung ương
            # 4258/BKHCN-TĐC: "Như trên" dropped, the purpose "(để b/c)" cut
            'Nơi nhận:\\n- Như trên;\\n- Bộ trưởng Huỳnh Thành Đạt (để b/c);\\n- Lưu: VT, TĐC.\\nKT. BỘ TRƯỞNG'    | Bộ trưởng Huỳnh Thành Đạt
            # Hậu Giang plan: "Tổng cục TCĐLCL" and a provincial list with "tỉnh"
            'Nơi nhận:\\n- Bộ Khoa học và Công nghệ;\\n- Tổng cục TCĐLCL;\\n- Các sở, ban, ngành tỉnh;\\n- Lưu: VT, KTTH. TT\\nTM. ỦY BAN NHÂN DÂN' | Bộ Khoa học và Công nghệ; Tổng cục Tiêu chuẩn Đo lường Chất lượng; Các Sở, Ban, Ngành
            # a decision: "Như Điều 3" dropped
            'Nơi nhận:\\n- Như Điều 3;\\n- Bộ Thông tin và Truyền thông;\\n- Lưu: VT, KGVX.\\nKT. CHỦ TỊCH'     | Bộ Thông tin và Truyền thông
            """)
    void readsTheRecipients(String raw, String expected) {
        assertThat(metadata(raw).recipients()).containsExactlyElementsOf(list(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # vbpl.vn: one pair per line
            'Số ký hiệu: 1852/QĐ-UBND\\nNgày ban hành: 14/10/2020\\nLoại văn bản: Quyết định\\nCơ quan ban hành: Ủy ban nhân dân tỉnh Bắc Kạn\\nNgười ký: Đỗ Thị Minh Hoa\\nTình trạng hiệu lực: Còn hiệu lực' | Còn hiệu lực
            # thuvienphapluat: two pairs per table row, flattened with pipes
            'Số hiệu: | 1852/QĐ-UBND | Loại văn bản: | Quyết định\\nNơi ban hành: | Ủy ban nhân dân tỉnh Bắc Kạn | Người ký: | Đỗ Thị Minh Hoa\\nNgày ban hành: | 14/10/2020 | Ngày hiệu lực: | Đã biết\\nTình trạng: | Còn hiệu lực' | Còn hiệu lực
            # Tika's rendering of an HTML table: the label line, then the value line
            'Số hiệu:\\n1852/QĐ-UBND\\nLoại văn bản:\\nQuyết định\\nNơi ban hành:\\nỦy ban nhân dân tỉnh Bắc Kạn\\nNgười ký:\\nĐỗ Thị Minh Hoa\\nNgày ban hành:\\n14/10/2020\\nTình trạng:\\nHết hiệu lực toàn bộ' | Hết hiệu lực toàn bộ
            # two pairs on one line without a separator, the date spelled out
            'Số hiệu: 1852/QĐ-UBND Loại văn bản: Quyết định\\nNơi ban hành: Ủy ban nhân dân tỉnh Bắc Kạn Người ký: Đỗ Thị Minh Hoa\\nNgày ban hành: 14 tháng 10 năm 2020 Tình trạng: Còn hiệu lực' | Còn hiệu lực
            """)
    void readsThePortalPanel(String raw, String status) {
        DocumentMetadata document = metadata(raw);
        assertThat(document.number()).isEqualTo("1852/QĐ-UBND");
        assertThat(document.type()).isEqualTo("Quyết định");
        assertThat(document.issuer()).isEqualTo("UBND tỉnh Bắc Kạn");
        assertThat(document.signer()).isEqualTo("Đỗ Thị Minh Hoa");
        assertThat(document.issuedDate()).isEqualTo(LocalDate.of(2020, 10, 14));
        assertThat(document.portalStatus()).isEqualTo(status);
    }

    @Test
    void theTextsOwnHeaderWinsOverThePanel() {
        DocumentMetadata document = metadata("ỦY BAN NHÂN DÂN\\nTỈNH BẮC KẠN\\nSố: 1852/QĐ-UBND\\n"
                + "Bắc Kạn, ngày 14 tháng 10 năm 2020\\nQUYẾT ĐỊNH\\nVề việc ban hành Kế hoạch\\n"
                + "Số hiệu: 1853/QĐ-UBND\\nNgày ban hành: 15/10/2020\\nTình trạng: Còn hiệu lực");
        assertThat(document.number()).isEqualTo("1852/QĐ-UBND");
        assertThat(document.issuedDate()).isEqualTo(LocalDate.of(2020, 10, 14));
        assertThat(document.portalStatus()).isEqualTo("Còn hiệu lực");
        // issue 10, point 4: both readings are kept, the header's wins
        FieldOrigin number = document.provenance().get("number");
        assertThat(number.source()).isEqualTo(FieldSource.HEADER);
        assertThat(number.others()).containsExactly(new FieldOrigin.Reading(FieldSource.PORTAL_PANEL, "1853/QĐ-UBND"));
        FieldOrigin date = document.provenance().get("issuedDate");
        assertThat(date.source()).isEqualTo(FieldSource.HEADER);
        assertThat(date.others()).containsExactly(new FieldOrigin.Reading(FieldSource.PORTAL_PANEL, "15/10/2020"));
    }

    @Test
    void aFieldOnlyThePanelGivesSaysSo() {
        // issue 10, point 4: a portal page without the document's header
        DocumentMetadata document = metadata("Số hiệu: 853/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Lâm Đồng "
                + "Người ký: Đoàn Văn Việt\nNgày ban hành: 07/05/2018 Ngày hiệu lực: Đang cập nhật");
        assertThat(document.issuer()).isEqualTo("UBND tỉnh Lâm Đồng");
        assertThat(document.provenance().get("issuer").source()).isEqualTo(FieldSource.PORTAL_PANEL);
        assertThat(document.provenance().get("number").source()).isEqualTo(FieldSource.PORTAL_PANEL);
        assertThat(document.provenance().get("signer").source()).isEqualTo(FieldSource.PORTAL_PANEL);
    }

    @Test
    void aSentenceCaseTitleUnderItsTypeHeading() {
        // unseen Ninh Thuận plan: the normalizer keeps "KẾ HOẠCH" apart from its sentence-case title
        DocumentMetadata document = metadata("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nSố: 87/KH-UBND\nKẾ HOẠCH\n"
                + "Triển khai thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng\n"
                + "sản phẩm, hàng hóa trên địa bàn tỉnh năm 2024\nThực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020.");
        assertThat(document.type()).isEqualTo("Kế hoạch");
        assertThat(document.title()).isEqualTo("Triển khai thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao "
                + "năng suất và chất lượng sản phẩm, hàng hóa trên địa bàn tỉnh năm 2024");
    }

    @Test
    void theBodyOpeningIsNoTitle() {
        assertThat(metadata("QUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;").title()).isNull();
        // a directive's first paragraph ends with its full stop: body text, not a title
        assertThat(metadata("CHỈ THỊ\nTrong thời gian qua, công tác nâng cao năng suất đã đạt kết quả.").title()).isNull();
    }

    @Test
    void runningTextIsNoPanel() {
        assertThat(metadata("Tình trạng doanh nghiệp gặp khó khăn còn nhiều.").portalStatus()).isNull();
    }

    @Test
    void theLetter4258IsAddressedToSixMinistriesAndTheProvinces() {
        DocumentMetadata document = SeedFixtures.extract(SeedFixtures.LETTER_4258).document();
        assertThat(document.addressees()).containsExactly("Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn",
                "Bộ Y tế", "Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ Thông tin và Truyền thông",
                "UBND các tỉnh, thành phố trực thuộc Trung ương");
        assertThat(document.signerTitle()).isEqualTo("KT. BỘ TRƯỞNG / THỨ TRƯỞNG");
    }
}
