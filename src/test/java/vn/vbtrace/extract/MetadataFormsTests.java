package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.FieldSource;
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
            # --- issue 10: forms from the devset (dNN) and devset-extra (xNN) openings ---
            # "Số:" alone on its line, the place split before its date (d25, d29, x01)
            'THỦ TƯỚNG\\nCHÍNH PHỦ\\n|\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n|\\nSố:\\n344/QĐ-TTg\\n|\\nHà\\nNội, ngày 15 tháng 3 năm 2022' | 344/QĐ-TTg | Hà Nội | 2022-03-15
            # a header row flattened with pipes at both ends (d12)
            '| BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\n| Số: 3557/QĐ-BYT | Hà Nội, ngày 14 tháng 11 năm 2025 |' | 3557/QĐ-BYT | Hà Nội | 2025-11-14
            # the whole header on one line, cut by a rule (d14)
            'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------------------- Lạng Sơn, ngày 05 tháng 9 năm 2018' | 52/2018/QĐ-UBND | Lạng Sơn | 2018-09-05
            # a PDF's header: motto, tagline (a word lost), number, place and date on one line (d41)
            '(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc -Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013' | 04/2013/TT-NHNN | Hà Nội | 2013-03-01
            # a stray space in the own number (d10)
            'BỘ Y TẾ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 05 /2008/TT-BYT\\nHà Nội, ngày 14 tháng 5 năm 2008' | 05/2008/TT-BYT | Hà Nội | 2008-05-14
            # a draft: the number left blank is no number (d28)
            'VĂN PHÒNG CHÍNH PHỦ\\nSố:\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n/TTr-VPCP\\nHà Nội, ngày\\ntháng\\nnăm 2016' | | |
            # a news page's lead gives number and date (d19)
            'Tìm kiếm tin tức\\nNgày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.\\nCHƯƠNG TRÌNH\\nThực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư' | 27-CTr/TU | | 2017-08-23
            # --- session 50: forms from the devset-fresh openings (aNN, bNN) ---
            # the number typed with an en dash, as a word processor's autocorrect writes it
            'Số: 12/QĐ–UBND\\nBắc Kạn, ngày 5 tháng 3 năm 2021' | 12/QĐ-UBND | Bắc Kạn | 2021-03-05
            # "tháng" glued to the month (b09)
            'Số: 4689/2006/QĐ-UBND\\nVũng Tàu, ngày 25 tháng12 năm 2006' | 4689/2006/QĐ-UBND | Vũng Tàu | 2006-12-25
            # a portal's panel whose cells lost their breaks: the next label glued to the number and to the date (b02)
            'Thuộc tính văn bản\\nSố hiệu:01/2009/TTLT-BTP-BNVNgày đăng công báo:18/05/2009\\nNgày ban hành:28/04/2009Hết hiệu lực:15/02/2015' | 01/2009/TTLT-BTP-BNV | | 2009-04-28
            # --- session 51 ---
            # a city's district known by its number as the place (g12)
            'ỦY BAN NHÂN DÂN QUẬN 8\\n*****\\nSố: 27/2006/QĐ-UBND\\nQuận 8, ngày 08 tháng 08 năm 2006' | 27/2006/QĐ-UBND | Quận 8 | 2006-08-08
            # --- session 52 ---
            # a news page's lead: "X vừa ký <type> số N ngày D" (h09), a news agency's tag and a day without its year (h15)
            'Tải ứng dụng:\\nBÁO ĐIỆN TỬ CHÍNH PHỦ\\nThủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 201/CĐ-TTg ngày 22/10/2025 về việc tập trung rà soát thủ tục hành chính.\\nCông điện nêu rõ: Thực hiện Thông báo số 07-TB/CQTTBCĐ ngày 15 tháng 10 năm 2025' | 201/CĐ-TTg | | 2025-10-22
            'CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo.\\nNội dung Chỉ thị như sau:' | 17 | |
            # ... an editor's note before it, the committee's term after its name (p16)
            'LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực.' | 10-NQ/TU | | 2016-11-14
            # an older document's gazette heading: type, "CỦA" its issuer, "SỐ" its number, "NGÀY" its date (p01)
            'CHỈ THỊ\\nCỦA THỦ\\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\\nThực hiện Nghị quyết của Quốc hội về nhiệm vụ năm 2001,' | 16/2001/CT-TTg | | 2001-06-21
            # ... a lead the page's title line was joined to (m12)
            'image banner\\nHướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật năm 2020\\nNgày 25/3/2020, Sở Tư pháp ban hành Văn bản số 473/STP-PBGDPL về việc hướng dẫn thực hiện công tác phổ biến.' | 473/STP-PBGDPL | | 2020-03-25
            # ... a paper named "văn bản", its type left to its number's code (l15)
            'Tìm kiếm tin tức\\nNgày 30/5/2022, Ban Tuyên giáo Huyện ủy đã ban hành văn bản số 78-CV/BTGHU về việc định hướng tuyên truyền tháng 6.' | 78-CV/BTGHU | | 2022-05-30
            # ... but a report's own sentence "X đã ban hành <type> số" is a citation, not its lead
            'Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 02/3/2020 về cải cách hành chính.\\nKết quả thực hiện như sau:' | | |
            # --- session 53 ---
            # a space a page left before the place line's comma (q16)
            'ỦY BAN NHÂN DÂN\\nTỈNH HÀ TĨNH\\n-------\\nSố: 607/QĐ-UBND\\nHà Tĩnh , ngày 03 tháng 3 năm 2017\\nQUYẾT ĐỊNH' | 607/QĐ-UBND | Hà Tĩnh | 2017-03-03
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
            # --- issue 10: forms from the devset (dNN) and devset-extra (xNN) openings ---
            # the province only in the authority line above the legal basis, a chairman's (d06)
            'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 232/QĐ-UBND | Ninh Bình, ngày 12 tháng 4 năm 2019 |\\nQUYẾT ĐỊNH\\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC\\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;' | UBND tỉnh Ninh Bình
            # a council, its province in the authority line with its term and session (d40)
            'HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 54/2017/NQ-HĐND | Hòa Bình, ngày 13 tháng 7 năm 2017 |\\nHỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH KHÓA XVI KỲ HỌP THỨ TƯ\\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' | HĐND tỉnh Hòa Bình
            # the province only in a portal's panel ("Nơi ban hành: Tỉnh X"), the place a city (x07)
            'Nơi ban hành: | Tỉnh Phú Yên | Người ký: | Huỳnh Tấn Việt |\\nHỘI ĐỒNG NHÂN DÂN |\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 73/2012/NQ-HĐND |\\nTuy Hòa, ngày 13 tháng 12 năm 2012 |' | HĐND tỉnh Phú Yên
            # the province only in the place line (d22, d44)
            'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 4851/KH-UBND | Bình Dương, ngày 11 tháng 10 năm 2018 |\\nCăn cứ Quyết định số 2071/QĐ-UBND ngày 27/7/2018 của Ủy ban nhân dân tỉnh;' | UBND tỉnh Bình Dương
            # no header, the panel's "Cơ quan ban hành: Tỉnh X" is that province's People's Committee (d35)
            '- Số hiệu văn bản: 14/2001/QĐ-UB\\n- Loại văn bản: Quyết định\\n- Cơ quan ban hành: Tỉnh Lâm Đồng\\n- Ngày ban hành: 16-03-2001' | UBND tỉnh Lâm Đồng
            # a district: the authority line names it, the panel its city (d27)
            'Nơi ban hành: | Thành phố Hồ Chí Minh | Người ký: | Trần Phú Lữ |\\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 03/2017/QĐ-UBND |\\nBình Chánh, ngày 25 tháng 02 năm 2017 |\\nBAN HÀNH QUY CHẾ LÀM VIỆC\\nỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH\\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' | UBND huyện Bình Chánh, thành phố Hồ Chí Minh
            # a commune (d45)
            'ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nQUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026' | UBND xã Xuân Phú
            # a department under its city: it issues, in its city (d07)
            'UBND THÀNH PHỐ HÀ NỘI\\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\\n-------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 2928/SGDĐT-KHTC' | Sở Giáo dục và Đào tạo thành phố Hà Nội
            # a department the body list does not name, by pattern
            'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\\nSỞ THỂ DỤC THỂ THAO\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 15/STDTT-NV' | Sở Thể dục thể thao tỉnh Nghệ An
            # two ministries jointly, joined by a dash (d20)
            'BỘ TÀI CHÍNH-BỘ GIÁO DỤC VÀ ĐÀO TẠO\\nSố: 102/2003/TTLT-BTC-BVHTT\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' | Bộ Tài chính, Bộ Giáo dục và Đào tạo
            # two councils of one place, the place written once (d16)
            'THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 06/QC-TT.HĐND-UBND' | Thường trực Hội đồng nhân dân, UBND tỉnh Hòa Bình
            # a body's name broken over two lines (d25)
            'THỦ TƯỚNG\\nCHÍNH PHỦ\\n|\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 344/QĐ-TTg' | Thủ tướng Chính phủ
            # a chairman issuing in his name, his province in the panel (x02)
            'Cơ quan ban hành | Tỉnh Gia Lai |\\nCHỦ TỊCH ỦY BAN\\nNHÂN DÂN |\\nCỘNG HÒA XÃ HỘI\\nCHỦ NGHĨA VIỆT NAM |\\nSố: 44/2025/QĐ-CTUBND |\\nGia Lai, ngày 20 tháng 11 năm 2025 |' | Chủ tịch UBND tỉnh Gia Lai
            # two header columns flattened line by line by a PDF (x09)
            'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nTỈNH HẬU GIANG Độc lập - Tự do - Hạnh phúc\\nSố: 73/UBND-TH Hậu Giang, ngày 12 tháng 1 năm 2018' | UBND tỉnh Hậu Giang
            # central offices (x13, x16) and the National Assembly's Standing Committee
            'VĂN PHÒNG CHÍNH PHỦ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 2541/VPCP-QHQT' | Văn phòng Chính phủ
            'ỦY BAN DÂN TỘC\\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIÊT NAM\\nSố: 03/2008/QĐ-UBDT' | Ủy ban Dân tộc
            'ỦY BAN THƯỜNG VỤ QUỐC HỘI\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 1211/2016/UBTVQH13' | Ủy ban Thường vụ Quốc hội
            # party bodies: a provincial committee, its standing board, the Central Committee
            'TỈNH ỦY THỪA THIÊN HUẾ\\nĐẢNG CỘNG SẢN VIỆT NAM\\nSố: 27-CTr/TU' | Tỉnh ủy Thừa Thiên Huế
            'BAN THƯỜNG VỤ TỈNH ỦY NGHỆ AN\\nĐẢNG CỘNG SẢN VIỆT NAM\\nSố: 05-CT/TU' | Ban Thường vụ Tỉnh ủy Nghệ An
            'BAN CHẤP HÀNH TRUNG ƯƠNG\\nĐẢNG CỘNG SẢN VIỆT NAM\\nSố: 18-NQ/TW' | Ban Chấp hành Trung ương
            # a news page's lead names the party committee (d19)
            'Tìm kiếm tin tức\\nNgày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW của Ban Bí thư.' | Tỉnh ủy Thừa Thiên Huế
            # no header: the text's own sentence names its issuer after a comma (d04)
            'Kính gửi: Ủy ban nhân dân các tỉnh. Vì vậy, để đảm bảo hệ thống hồ sơ địa chính, Bộ Tài nguyên và Môi trường hướng dẫn công tác chỉnh lý.' | Bộ Tài nguyên và Môi trường
            # --- session 50 (devset-fresh) ---
            # a ministry's agency under the ministry: a central body, not placed by the date line's city (b04)
            'BỘ TÀI CHÍNH\\nTỔNG CỤC THUẾ\\n-------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 2728/TCT-DNL\\nHà Nội, ngày 18 tháng 07 năm 2014' | Tổng cục Thuế
            # ... with a page's title line repeating the number above the header (b04)
            'Công văn Số: 2728/TCT-DNL V/v: Thực hiện quy định về hóa đơn.\\n\\nBỘ TÀI CHÍNH\\nTỔNG CỤC THUẾ\\n-------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 2728/TCT-DNL\\nHà Nội, ngày 18 tháng 07 năm 2014' | Tổng cục Thuế
            # an agency's branch in a province, its place written "TP" (b11)
            'TỔNG CỤC THUẾ\\nCỤC THUẾ TP HÀ NỘI\\n-------\\n|\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 101322/CTHN-TTHT\\nHà Nội, ngày 23 tháng 11 năm 2020' | Cục Thuế thành phố Hà Nội
            # ... but "SỞ" or "PHÒNG" inside a department's name starts no other body
            'UBND TỈNH BẮC KẠN\\nPHÒNG QUẢN LÝ CƠ SỞ HẠ TẦNG\\n-------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 12/QLHT\\nBắc Kạn, ngày 5 tháng 3 năm 2021' | Phòng Quản lý cơ sở hạ tầng tỉnh Bắc Kạn
            # a provincial department's unit under its committee
            'UBND TỈNH HẬU GIANG\\nCHI CỤC KIỂM LÂM\\n-------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nSố: 12/CCKL-HC\\nVị Thanh, ngày 3 tháng 4 năm 2019' | Chi cục Kiểm lâm tỉnh Hậu Giang
            # a site's banner naming the State ("NƯỚC CỘNG HÒA ...") above a body's menu is no header (e02)
            'SỐNG VÀ LÀM VIỆC THEO PHÁP LUẬT LÀ VIỆC LÀM THIẾT THỰC HƯỞNG ỨNG NGÀY PHÁP LUẬT NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nCỤC HÀNG HẢI VIỆT NAM\\nĐiện thoại: (84-024) 37683065\\n\\nTHỦ TƯỚNG CHÍNH PHỦ\\n--------\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nSố: 1037/QĐ-TTg\\nHà Nội, ngày 24 tháng 06 năm 2014' | Thủ tướng Chính phủ
            # the Party's central steering committee (a09)
            'BAN CHỈ ĐẠO TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\\nSố 47-TB/TGV | Hà Nội, ngày 17 tháng 10 năm 2025 |' | Ban Chỉ đạo Trung ương
            # a district whose header leaves its province out, placed by the list of districts (g12, e13)
            'ỦY BAN NHÂN DÂN\\nHUYỆN CỦ CHI\\n-------\\nSố: 04/2013/QĐ-UBND\\nCủ Chi, ngày 27 tháng 08 năm 2013' | UBND huyện Củ Chi, thành phố Hồ Chí Minh
            'ỦY BAN NHÂN DÂN QUẬN 8\\n*****\\nSố: 27/2006/QĐ-UBND\\nQuận 8, ngày 08 tháng 08 năm 2006' | UBND quận 8, thành phố Hồ Chí Minh
            # a header the page flattened whose committee is not read: the number's "UBND" placed by the place line (h16)
            'Nội dung toàn văn Công văn 722/UBND-MT rà soát cơ sở gây ô nhiễm môi trường Bắc Giang\\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 722/UBND-MT | Bắc Giang, ngày 28 tháng 03 năm 2013 |\\nKính gửi: Sở Tài nguyên và Môi trường' | UBND tỉnh Bắc Giang
            # ... but not one named alike in several provinces
            'ỦY BAN NHÂN DÂN\\nHUYỆN CHÂU THÀNH\\n-------\\nSố: 12/QĐ-UBND\\nChâu Thành, ngày 5 tháng 3 năm 2013' | UBND huyện Châu Thành
            # --- session 52 ---
            # ... unless the text names one of them (i12)
            'ỦY BAN NHÂN DÂN\\nHUYỆN CHÂU THÀNH\\n-------\\nSố: 205/TTr-UBND\\nChâu Thành, ngày 15 tháng 11 năm 2017\\nTỜ TRÌNH\\nvề việc đăng ký danh mục công trình trên địa bàn tỉnh Hậu Giang' | UBND huyện Châu Thành, tỉnh Hậu Giang
            # ... and not by a province the text names that has no district of that name
            'ỦY BAN NHÂN DÂN\\nHUYỆN CHÂU THÀNH\\n-------\\nSố: 205/TTr-UBND\\nChâu Thành, ngày 15 tháng 11 năm 2017\\nTỜ TRÌNH\\nvề việc học tập kinh nghiệm của tỉnh Bắc Ninh' | UBND huyện Châu Thành
            # a news page's lead names the issuer, with the signer's name after it (h09) or a news agency's tag before (h15)
            'Tải ứng dụng:\\nBÁO ĐIỆN TỬ CHÍNH PHỦ\\nThủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 201/CĐ-TTg ngày 22/10/2025 về việc tập trung rà soát thủ tục hành chính.' | Thủ tướng Chính phủ
            'CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo.\\nNội dung Chỉ thị như sau:' | Ban Thường vụ Tỉnh ủy Yên Bái
            # an older document's gazette heading names its issuer after "CỦA" (p01)
            'CHỈ THỊ\\nCỦA THỦ\\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH\\nThực hiện Nghị quyết của Quốc hội về nhiệm vụ năm 2001,' | Thủ tướng Chính phủ
            # a department's letter whose flattened header kept only its committee's line: the number's code names the
            # department (e10), the place line a centrally-run city with its level word (a12)
            'UBND TỈNH HẬU GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 283/SXD-QLN | Vị Thanh, ngày 19 tháng 5 năm 2008 |\\nKính gửi: Ủy ban nhân dân các huyện, thị xã.' | Sở Xây dựng tỉnh Hậu Giang
            'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 1557/SGDĐT-GDPT | Thành phố Hồ Chí Minh, ngày 19 tháng 8 năm 2025 |\\nKính gửi: Hiệu trưởng các trường phổ thông' | Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh
            # ... but the committee's own letter stays the committee's
            'UBND TỈNH HẬU GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\\nSố: 283/UBND-KT | Vị Thanh, ngày 19 tháng 5 năm 2008 |\\nKính gửi: Sở Xây dựng.' | UBND tỉnh Hậu Giang
            # --- session 53 ---
            # a headerless page whose own sentence names its issuer by level: the province its text names (t01, p07)
            'KẾ HOẠCH TỔ CHỨC KỶ NIỆM 70 NĂM NGÀY THÀNH LẬP TỈNH VĨNH PHÚC\\nCăn cứ Kế hoạch số 103/KH-UBND, ngày 18/6/2019 của UBND tỉnh về việc tổ chức các hoạt động kỷ niệm;\\nUỷ ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm 70 năm ngày thành lập tỉnh Vĩnh Phúc như sau:' | UBND tỉnh Vĩnh Phúc
            # ... but a city's committee is not placed in the province its text names, which no city is
            'KẾ HOẠCH TỔ CHỨC KỶ NIỆM\\nCăn cứ Kế hoạch số 103/KH-UBND, ngày 18/6/2019 của UBND thành phố về việc tổ chức các hoạt động kỷ niệm;\\nUỷ ban nhân dân thành phố xây dựng Kế hoạch đón đoàn của tỉnh Vĩnh Phúc như sau:' | UBND thành phố
            # a letter without header whose body names its maker before "đề nghị" (u16; "\\b" after "ị" never matched)
            'Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ\\nBộ Văn hóa, Thể thao và Du lịch nhận được Công văn số 352/SVHTTDL-VP ngày 18 tháng 5 năm 2016.\\nBộ Văn hóa, Thể thao và Du lịch đề nghị Sở có văn bản xin ý kiến.' | Bộ Văn hóa, Thể thao và Du lịch
            # a commune's or ward's header, which no list places: the province its text names (k15, h05, o01)
            'ỦY BAN NHÂN DÂN\\nPHƯỜNG HƯƠNG AN\\n-------\\nSố: 12/TB-UBND\\nHương An, ngày 24 tháng 4 năm 2020\\nTHÔNG BÁO\\nVề việc lấy ý kiến về Đề án mở rộng thành phố Huế, tỉnh Thừa Thiên Huế' | UBND phường Hương An, tỉnh Thừa Thiên Huế
            # a party committee's board on the line under its committee issues (l03), named with it
            'BAN CHẤP HÀNH TRUNG ƯƠNG\\nỦY BAN KIỂM TRA\\n-------\\nĐẢNG CỘNG SẢN VIỆT NAM\\nSố: 06-HD/UBKTTW\\nHà Nội, ngày 18 tháng 12 năm 2018' | Ủy ban Kiểm tra Trung ương
            'BAN CHẤP HÀNH TRUNG ƯƠNG\\nBAN TUYÊN GIÁO\\n*\\nSố: 115-HD/BTGTW\\nĐẢNG CỘNG SẢN VIỆT NAM\\nHà Nội, ngày 08 tháng 01 năm 2020' | Ban Tuyên giáo Trung ương
            'TỈNH ỦY LÂM ĐỒNG\\nBAN TUYÊN GIÁO\\n*\\nSố: 136-HD/BTGTU\\nĐẢNG CỘNG SẢN VIỆT NAM\\nĐà Lạt, ngày 30 tháng 5 năm 2023' | Ban Tuyên giáo Tỉnh ủy Lâm Đồng
            # ... a board the 2025 reorganization merged, whose name holds another's (the longest name read)
            'TỈNH ỦY LÂM ĐỒNG\\nBAN TUYÊN GIÁO VÀ DÂN VẬN\\n*\\nSố: 12-HD/BTGDVTU\\nĐẢNG CỘNG SẢN VIỆT NAM\\nLâm Đồng, ngày 30 tháng 9 năm 2025' | Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
            """)
    void readsTheIssuer(String raw, String issuer) {
        assertThat(metadata(raw).issuer()).isEqualTo(issuer);
    }

    /** The province a header leaves out says where it came from: the list of districts, not the authority line. */
    @Test
    void saysTheListOfDistrictsPlacedTheIssuer() {
        DocumentMetadata document = metadata("ỦY BAN NHÂN DÂN QUẬN 8\n*****\nSố: 27/2006/QĐ-UBND\nQuận 8, ngày 08 tháng 08 năm 2006"
                + "\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐIỀU LỆ\nỦY BAN NHÂN DÂN QUẬN 8\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;");
        assertThat(document.issuer()).isEqualTo("UBND quận 8, thành phố Hồ Chí Minh");
        assertThat(document.provenance().get("issuer").completedBy()).isEqualTo(FieldSource.DISTRICT_LIST);
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
            # --- issue 10 ---
            # the number's code wins over a title that opens with another type word (d05)
            'Số: 46/2024/QĐ-UBND |\\nVĩnh Phúc, ngày 15 tháng 10 năm 2024 |\\nQUY ĐỊNH CỤ THỂ MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI THUỘC THẨM QUYỀN CỦA TỈNH' | Quyết định | Quy định cụ thể một số điều của luật đất đai thuộc thẩm quyền của tỉnh
            # no number: a heading with its title on one line (d45); a commune's name in capitals is not known to
            # the vocabularies, so sentence case leaves it small (where its name ends cannot be told)
            'ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\nĐộc lập - Tự do - Hạnh phúc\\nQUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026' | Quy chế | Làm việc của Ủy ban nhân dân xã xuân phú nhiệm kỳ 2021 -2026
            # no heading, no number: the operative formula closing the last proposal's line (d34)
            'VỀ VIỆC QUY ĐỊNH CHỨC NĂNG CỦA SỞ NỘI VỤ\\nXét đề nghị của Giám đốc Sở Nội vụ tại văn bản số 2608/SNV-TCBC ngày 15/12/2008, QUYẾT ĐỊNH:\\nĐiều 1. Vị trí' | Quyết định |
            # a council's formula (x08-like, without its heading)
            'Căn cứ Luật Ngân sách Nhà nước năm 2002;\\nQUYẾT NGHỊ:\\nĐiều 1. Thông qua định mức' | Nghị quyết |
            # a letter without its header: addressed with "Kính gửi" (d04)
            'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\\nHiện nay một số tỉnh đã sắp xếp lại đơn vị hành chính.' | Công văn |
            # --- session 52 ---
            # a news lead's bare number tells no type; the lead's type word does (h15)
            'CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường sự lãnh đạo.\\nNội dung Chỉ thị như sau:' | Chỉ thị |
            # a Party body's letter: CV in its number (l15)
            'Tìm kiếm tin tức\\nNgày 30/5/2022, Ban Tuyên giáo Huyện ủy đã ban hành văn bản số 78-CV/BTGHU về việc định hướng tuyên truyền tháng 6.' | Công văn |
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
