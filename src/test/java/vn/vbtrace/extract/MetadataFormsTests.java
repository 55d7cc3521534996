package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.parse.TextNormalizer;

class MetadataFormsTests {

    private static DocumentMetadata metadata(String raw) {
        return SeedFixtures.EXTRACTOR.extract(TextNormalizer.normalize(raw.replace("\\n", "\n")).text()).document();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "Số:" with a space (seed 003)
            'Số: 1852/QĐ-UBND\\nBắc Kạn, ngày 14 tháng 10 năm 2020'    | 1852/QĐ-UBND     | Bắc Kạn | 2020-10-14
            # no space after the colon
            'Số:1852/QĐ-UBND\\nBắc Kạn, ngày 14 tháng 10 năm 2020'     | 1852/QĐ-UBND     | Bắc Kạn | 2020-10-14
            # no colon, a circular with its year
            'Số 12/2020/TT-BTC\\nHà Nội, ngày 01/02/2020'              | 12/2020/TT-BTC   | Hà Nội  | 2020-02-01
            # the date split over two lines (seed 002)
            'Số: 4258/BKHCN-TĐC\\nHà Nội, ngày 17\\ntháng 11 năm 2023'  | 4258/BKHCN-TĐC   | Hà Nội  | 2023-11-17
            # a PDF of a two-column header flattens number and place/date onto one line (corpus PDF of 1852/QĐ-UBND)
            'Số: 1852/QĐ-UBND Bắc Kạn, ngày 14 tháng 10 năm 2020'      | 1852/QĐ-UBND     | Bắc Kạn | 2020-10-14
            # a two-column header flattened onto one line with "|" (issue 3, point 1)
            'ỦY BAN NHÂN DÂN TỈNH NINH THUẬN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 87/KH-UBND | Ninh Thuận, ngày 12 tháng 01 năm 2024' | 87/KH-UBND | Ninh Thuận | 2024-01-12
            # a city with a longer name
            'Số: 25/KH-UBND\\nThành phố Hồ Chí Minh, ngày 5 tháng 3 năm 2021' | 25/KH-UBND | Thành phố Hồ Chí Minh | 2021-03-05
            """)
    void readsNumberPlaceAndDate(String raw, String number, String place, LocalDate date) {
        DocumentMetadata document = metadata(raw);
        assertThat(document.number()).isEqualTo(number);
        assertThat(document.place()).isEqualTo(place);
        assertThat(document.issuedDate()).isEqualTo(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a provincial committee (seed 003), province in title case
            'ỦY BAN NHÂN DÂN\\nTỈNH BẮC KẠN\\n-------\\nSố: 1852/QĐ-UBND'         | UBND tỉnh Bắc Kạn
            # a two-column header flattened onto one line with "|" (issue 3, point 1)
            'ỦY BAN NHÂN DÂN TỈNH NINH THUẬN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 87/KH-UBND | Ninh Thuận, ngày 12 tháng 01 năm 2024' | UBND tỉnh Ninh Thuận
            # a ministry broken after "VÀ" (seed 002)
            'BỘ KHOA HỌC VÀ\\nCÔNG NGHỆ\\n-------\\nSố: 4258/BKHCN-TĐC'         | Bộ Khoa học và Công nghệ
            # a centrally-run city
            'ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HÀ NỘI\\n-------\\nSố: 10/KH-UBND'      | UBND thành phố Hà Nội
            # a department under its province: the lower line is the issuer, in its province (issue 10)
            'UBND TỈNH HẬU GIANG\\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\\n-------\\nSố: 54/TTr-SKHCN' | Sở Khoa học và Công nghệ tỉnh Hậu Giang
            # no issuer block: the number's code says who (seed 001)
            'Số: 31/TB-BKHCN\\nHà Nội, ngày 08/01/2020'                         | Bộ Khoa học và Công nghệ
            # no block, no code: the opening sentence says who (seed 004)
            'KẾ HOẠCH\\nTHỰC HIỆN DỰ ÁN\\nỦy ban nhân dân tỉnh Hậu Giang xây dựng Kế hoạch thực hiện Dự án.' | UBND tỉnh Hậu Giang
            """)
    void readsTheIssuer(String raw, String issuer) {
        assertThat(metadata(raw).issuer()).isEqualTo(issuer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a decision heading with an ALL-CAPS title (seed 003)
            'QUYẾT ĐỊNH\\nVỀ VIỆC THÀNH LẬP BAN ĐIỀU HÀNH DỰ ÁN TỈNH HẬU GIANG\\nCăn cứ'  | Quyết định | Về việc thành lập Ban Điều hành Dự án tỉnh Hậu Giang
            # a plan (seed 004)
            'KẾ HOẠCH\\nTHỰC HIỆN DỰ ÁN “NÂNG CAO NĂNG SUẤT”\\nCăn cứ'                 | Kế hoạch   | Thực hiện Dự án “Nâng cao năng suất”
            # a letter: its V/v line is the title (seed 002)
            'Số: 4258/BKHCN-TĐC\\nV/v báo cáo kết quả năm\\n2023 của Chương trình'     | Công văn   | V/v báo cáo kết quả năm 2023 của Chương trình
            # no heading: the number's type code (QĐ)
            'Số: 17/QĐ-UBND\\nHà Nội, ngày 01/02/2020'                                | Quyết định |
            """)
    void readsTypeAndTitle(String raw, String type, String title) {
        DocumentMetadata document = metadata(raw);
        assertThat(document.type()).isEqualTo(type);
        assertThat(document.title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # for the chairman, by a vice-chairman (seed 003)
            'thi hành Quyết định này./.\\n|\\nKT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\\nĐỗ Thị Minh Hoa'  | Đỗ Thị Minh Hoa
            # for the minister, by a vice-minister (seed 002)
            '- Lưu: VT, TĐC.\\n|\\nKT. BỘ TRƯỞNG\\nTHỨ TRƯỞNG\\nLê Xuân Định'                | Lê Xuân Định
            # on behalf of the committee
            'Nơi nhận:\\n- Như trên;\\nTM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\\nNguyễn Văn An'           | Nguyễn Văn An
            # the minister himself
            'BỘ TRƯỞNG\\nHuỳnh Thành Đạt'                                                    | Huỳnh Thành Đạt
            # a position line followed by prose is not a signature
            'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\\nCăn cứ Luật Tổ chức chính quyền địa phương;' |
            """)
    void readsTheSigner(String raw, String signer) {
        assertThat(metadata(raw).signer()).isEqualTo(signer);
    }
}
