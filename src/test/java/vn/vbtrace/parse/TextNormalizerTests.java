package vn.vbtrace.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # new style on open "oa" → traditional (seed 002: "hàng hoá giai đoạn")
            hàng hoá          | hàng hóa
            # upper case heading (seed headers are all caps)
            HÀNG HOÁ          | HÀNG HÓA
            # open "oe" (khoẻ)
            sức khoẻ          | sức khỏe
            # open "uy" (thuỷ lợi)
            thuỷ lợi          | thủy lợi
            # "uỷ" at a word start (uỷ quyền)
            uỷ quyền          | ủy quyền
            # capital "Uỷ" (Uỷ ban nhân dân)
            Uỷ ban nhân dân   | Ủy ban nhân dân
            # dot below moves too (hoạ → họa: kế hoạ is rare, "hoạ sĩ")
            hoạ sĩ            | họa sĩ
            # closed syllable keeps its mark on the second vowel (hoàn thiện)
            hoàn thiện        | hoàn thiện
            # "uyê" with the mark on ê (thuyền)
            thuyền            | thuyền
            # "qu" + y: the u belongs to the consonant (quý, quỹ)
            quý I             | quý I
            # qu + ỹ
            quỹ phát triển    | quỹ phát triển
            # oa followed by a vowel is closed (ngoài)
            ngoài             | ngoài
            # oa + consonant (toán)
            dự toán           | dự toán
            # already traditional stays
            hóa đơn           | hóa đơn
            # the Icelandic eth typed for Đ (issue 10: devset, a provincial database's copy of 102/2003/TTLT)
            BỘ GIÁO DỤC VÀ ÐÀO TẠO | BỘ GIÁO DỤC VÀ ĐÀO TẠO
            """)
    void placesToneMarksTheTraditionalWay(String raw, String expected) {
        assertThat(TextNormalizer.normalize(raw).text()).isEqualTo(expected);
    }

    static Stream<Arguments> lineForms() {
        return Stream.of(
                // seed 003: a flattened two-column header, ALL-CAPS issuer split over two lines
                Arguments.of("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM",
                        "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                // seed 002: issuer block broken after "VÀ"
                Arguments.of("BỘ KHOA HỌC VÀ\nCÔNG NGHỆ\n-------", "BỘ KHOA HỌC VÀ CÔNG NGHỆ"),
                // seed 003: a pipe line between "Số:" and the place/date line, date split after "ngày 14"
                Arguments.of("Số: 1852/QĐ-UBND\n|\nBắc Kạn, ngày 14\ntháng 10 năm 2020\n|",
                        "Số: 1852/QĐ-UBND\nBắc Kạn, ngày 14 tháng 10 năm 2020"),
                // seed 003: "Quyết định số" / "1322/QĐ-TTg" broken after "số"
                Arguments.of("Căn cứ Quyết định số\n1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;",
                        "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;"),
                // seed 003: "Theo đề nghị của Sở" / "Khoa học ...": "Sở" cannot end a phrase
                Arguments.of("Theo đề nghị của Sở\nKhoa học và Công nghệ tại Tờ trình số 54/TTr-SKHCN.",
                        "Theo đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 54/TTr-SKHCN."),
                // seed 003: "Điều" alone, then "1. Ban hành ...": a number after Điều joins even though it looks like an item
                Arguments.of("QUYẾT ĐỊNH:\nĐiều\n1. Ban hành kèm theo Quyết định này.",
                        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này."),
                // seed 003: a type heading stands alone, its ALL-CAPS title follows on its own line
                Arguments.of("QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN\nQUYẾT ĐỊNH SỐ 1322/QĐ-TTG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
                        "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH SỐ 1322/QĐ-TTG\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
                // unseen Ninh Thuận plan (issue 5): the type heading stays apart from a mixed-case title, though "kế hoạch" is an unfinished word
                Arguments.of("KẾ HOẠCH\nTriển khai thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng\nsản phẩm, hàng hóa năm 2024",
                        "KẾ HOẠCH\nTriển khai thực hiện Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, hàng hóa năm 2024"),
                // "Sở Kế hoạch" / "và Đầu tư": the unfinished word still joins in running text
                Arguments.of("Giao Sở Kế hoạch\nvà Đầu tư chủ trì.", "Giao Sở Kế hoạch và Đầu tư chủ trì."),
                // seed 003: signature block lines stay apart
                Arguments.of("thi hành Quyết định này./.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Thị Minh Hoa",
                        "thi hành Quyết định này./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐỗ Thị Minh Hoa"),
                // seed 003: a roman numeral alone on its line joins its heading
                Arguments.of("II.\nNHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n1.\nHoàn thiện cơ chế",
                        "II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n1. Hoàn thiện cơ chế"),
                // seed 003: an item broken mid-phrase, the next item starts with "- "
                Arguments.of("- Đào tạo,\nchứng nhận đạt tiêu chuẩn.\n- Xây dựng kế hoạch",
                        "- Đào tạo, chứng nhận đạt tiêu chuẩn.\n- Xây dựng kế hoạch"),
                // seed 003: "a) Giai" / "đoạn 2021 - 2025" then a new item
                Arguments.of("a) Giai\nđoạn 2021 - 2025\nb) Giai\nđoạn 2026 - 2030",
                        "a) Giai đoạn 2021 - 2025\nb) Giai đoạn 2026 - 2030"),
                // seed 003: a line ending with a dash continues with the year
                Arguments.of("hàng hóa giai đoạn 2021 -\n2030.\nĐiều\n2. Quyết định này có hiệu lực",
                        "hàng hóa giai đoạn 2021 - 2030.\nĐiều 2. Quyết định này có hiệu lực"),
                // seed 003: "kinh tế" / "- xã hội": a hyphenated compound broken before its dash, not an item
                Arguments.of("chương trình phát triển kinh tế\n- xã hội khác thuộc quyền quản lý.\n- Tuyên truyền",
                        "chương trình phát triển kinh tế - xã hội khác thuộc quyền quản lý.\n- Tuyên truyền"),
                // seed 003: a list of Sở broken after a comma, next word capitalized
                Arguments.of("2. Các Sở: Công Thương,\nNông nghiệp và Phát triển nông thôn, Y tế có trách nhiệm:\na) Chỉ định",
                        "2. Các Sở: Công Thương, Nông nghiệp và Phát triển nông thôn, Y tế có trách nhiệm:\na) Chỉ định"),
                // seed 003: a parenthesis left open continues ("tỉnh Bắc" / "Kạn)")
                Arguments.of("(Ban hành kèm theo Quyết định số\n1852/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh Bắc\nKạn)\nCăn cứ",
                        "(Ban hành kèm theo Quyết định số 1852/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn)\nCăn cứ"),
                // seed 003: "Kính gửi:", "Nơi nhận:" and "Căn cứ" always start anew
                Arguments.of("4. Sở Tài chính\nCăn cứ khả năng ngân sách\ntham mưu cho Ủy ban",
                        "4. Sở Tài chính\nCăn cứ khả năng ngân sách tham mưu cho Ủy ban"),
                // seed 004: tab-separated table cells, one per line, stay one per line
                Arguments.of("\t1\n\tPhóng sự trên truyền hình\n\t100\n\t100%\n\tCăn cứ trên báo giá",
                        "1\nPhóng sự trên truyền hình\n100\n100%\nCăn cứ trên báo giá"),
                // seed 000: blank lines between paragraphs are kept, runs of them collapse to one
                Arguments.of("kết luận như sau:\n\n\nI. Kết quả\u00a0 triển khai", "kết luận như sau:\n\nI. Kết quả triển khai"),
                // Windows line ends and tabs inside a line
                Arguments.of("Số:\t12/2020/TT-BTC\r\nHà Nội, ngày 01\r\ntháng 02 năm 2020", "Số: 12/2020/TT-BTC\nHà Nội, ngày 01 tháng 02 năm 2020"),
                // issue 10 (devset, Lạng Sơn plan): line breaks saved as the characters "\r\n" are line breaks
                Arguments.of("Số: 54/KH-UBND \\r\\n | \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020\\r\\n\\r\\nThực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019",
                        "Số: 54/KH-UBND\nLạng Sơn, ngày 27 tháng 3 năm 2020\n\nThực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019"),
                // issue 10 (devset, Thủ tướng 344/QĐ-TTg): "Số:" alone, the number on the next line
                Arguments.of("Số:\n344/QĐ-TTg\n|\nHà Nội,\nngày 15 tháng 3 năm 2022", "Số: 344/QĐ-TTg\nHà Nội, ngày 15 tháng 3 năm 2022"),
                // issue 10 (devset, Chính phủ 80/NQ-CP): a place name broken before the rest of the date line
                Arguments.of("80/NQ-CP\n|\nHà\nNội, ngày 19 tháng 05 năm 2011", "80/NQ-CP\nHà Nội, ngày 19 tháng 05 năm 2011"),
                // issue 10 (devset, Tiền Giang 33/2009/QĐ-UBND): the authority line stays apart from the ALL-CAPS title above it
                Arguments.of("BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ MẠNG TIN HỌC CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Tổ chức Hội đồng",
                        "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ MẠNG TIN HỌC CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Tổ chức Hội đồng"),
                // ... and a council's authority line with its term and session (devset, Hòa Bình 54/2017/NQ-HĐND)
                Arguments.of("QUY ĐỊNH NỘI DUNG MỨC CHI\nHỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH KHÓA XVI KỲ HỌP THỨ TƯ\nCăn cứ Luật",
                        "QUY ĐỊNH NỘI DUNG MỨC CHI\nHỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH KHÓA XVI KỲ HỌP THỨ TƯ\nCăn cứ Luật"),
                // issue 10 (devset-extra, Nghị định 48/2013/NĐ-CP): a law's name broken before a capitalized word inside a basis clause
                Arguments.of("Căn cứ Luật Tổ chức\nChính phủ ngày 25 tháng 12 năm 2001;\nCăn cứ Luật Ban\nhành văn bản",
                        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nCăn cứ Luật Ban hành văn bản"),
                // ... and an amending law's name (devset-extra, Nghị quyết 68/NQ-CP), while the clause after ";" starts anew
                Arguments.of("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nLuật sửa đổi, bổ sung một số điều của Luật Tổ chức\nChính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
                        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nLuật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
                // a line opening the legal basis never continues the page's title above it, even "Căn cứ" alone (u08; its
                // rule's "\\b" had read only ASCII letters as a word's since Java 19, and never matched)
                Arguments.of("Thông Tư số 16/2018/TT-BGDĐT quy định về tài trợ cho các cơ sở giáo dục\nCăn cứ\nLuật Giáo dục ngày 14 tháng 6 năm 2005;",
                        "Thông Tư số 16/2018/TT-BGDĐT quy định về tài trợ cho các cơ sở giáo dục\nCăn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005;"),
                Arguments.of("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về\nTheo đề nghị của Giám đốc Sở Tài chính",
                        "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về\nTheo đề nghị của Giám đốc Sở Tài chính"),
                // a long separator line of dashes between blocks (seed 002)
                Arguments.of("Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 4258/BKHCN-TĐC",
                        "Độc lập - Tự do - Hạnh phúc\nSố: 4258/BKHCN-TĐC"));
    }

    @ParameterizedTest
    @MethodSource("lineForms")
    void rejoinsBrokenLinesAndDropsTableFurniture(String raw, String expected) {
        assertThat(TextNormalizer.normalize(raw).text()).isEqualTo(expected);
    }

    @Test
    void composesDecomposedCharactersAndMapsThemToTheBase() {
        String raw = "Ho\u0301a đơn"; // "Hóa" written as o + combining acute
        NormalizedText normalized = TextNormalizer.normalize(raw);
        assertThat(normalized.text()).isEqualTo("Hóa đơn");
        assertThat(normalized.originalOffset(1)).isEqualTo(1); // "ó" maps to its base "o"
        assertThat(normalized.originalOffset(2)).isEqualTo(3); // "a" follows the two-char "ó"
        assertThat(normalized.toOriginal()).hasSize(normalized.text().length() + 1);
        assertThat(normalized.originalOffset(normalized.text().length())).isEqualTo(raw.length());
    }

    @ParameterizedTest
    @CsvSource({
            "003_80cc1b2d17d31768.txt, 1322/QĐ-TTg",
            "003_80cc1b2d17d31768.txt, Đỗ Thị Minh Hoa",
            "003_80cc1b2d17d31768.txt, 54/TTr-SKHCN",
            "002_db258a1af6abeb36.txt, Lê Xuân Định",
            "004_5ebc71ca8050a2aa.txt, 130/2011/TTLT-BTC-BKHCN",
            "001_2233607a0a5b3147.txt, 31/TB-BKHCN"})
    void spansMapBackToTheSameCharactersOfTheRawText(String seed, String span) throws IOException {
        String raw = Normalizer.normalize(seed(seed), Normalizer.Form.NFC);
        NormalizedText normalized = TextNormalizer.normalize(raw);
        int start = normalized.text().indexOf(span);
        assertThat(start).isNotNegative();
        int rawStart = normalized.originalOffset(start);
        int rawEnd = normalized.originalOffset(start + span.length() - 1) + 1;
        assertThat(raw.substring(rawStart, rawEnd)).isEqualTo(span);
        // every character of the span comes from the raw character with the same value
        for (int i = start; i < start + span.length(); i++) {
            assertThat(raw.charAt(normalized.originalOffset(i))).isEqualTo(normalized.text().charAt(i));
        }
    }

    @Test
    void aSpanBrokenOverALineMapsToBothRawLines() throws IOException {
        String raw = seed("003_80cc1b2d17d31768.txt");
        NormalizedText normalized = TextNormalizer.normalize(raw);
        String span = "Quyết định số 1322/QĐ-TTg";
        int start = normalized.text().indexOf(span);
        int rawStart = normalized.originalOffset(start);
        int rawEnd = normalized.originalOffset(start + span.length() - 1) + 1;
        assertThat(raw.substring(rawStart, rawEnd)).isEqualTo("Quyết định số\n1322/QĐ-TTg");
    }

    static String seed(String name) throws IOException {
        try (InputStream in = TextNormalizerTests.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
