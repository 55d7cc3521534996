package vn.vbtrace.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vbtrace.TestCorpus;

/**
 * Issue 10, point 3: legacy text is found and converted; Unicode Vietnamese, plain ASCII and
 * English with Latin-1 letters are left alone; Windows-1258 and decomposed (NFD) text keep working.
 */
class LegacyDetectionTests {

    private final DocumentParser parser = new DocumentParser();

    @ParameterizedTest
    @ValueSource(strings = {
            "corpus/2013-09-20_thong-bao-ket-luan-hoi-nghi-chuong-trinh-712.txt",
            "corpus/2020-01-08_31-TB-BKHCN_thong-bao-ket-luan-hoi-nghi-2019.txt",
            "corpus/2023-11-17_4258-BKHCN-TDC_cong-van-bao-cao-1322.txt",
            "corpus/2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt",
            "corpus/hau-giang_ke-hoach-du-an-nang-suat-chat-luong-2016-2020.txt"})
    void unicodeVietnameseIsLeftAlone(String file) throws Exception {
        byte[] bytes = TestCorpus.bytes(Path.of(file));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(LegacyText.toUnicode(text)).isSameAs(text);
        assertThat(parser.parse("x.txt", bytes).text()).isEqualTo(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The committee met on 12 May 2020 and approved the plan.",
            "Café au lait, naïve résumé, Zürich, São Paulo — déjà vu; Microsoft® Windows© 2 × 3 ÷ 4 ± 1 ½ µm",
            "Señor Müller's fiancée ordered crème brûlée; 25°C; §3 of the Code; ¿Qué?",
            "Chí Minh; Hà Nội; Thành phố Hồ Chí Minh"})
    void asciiEnglishAndLatinTextAreLeftAlone(String text) {
        assertThat(LegacyText.toUnicode(text)).isEqualTo(text);
        assertThat(LegacyText.toUnicode(text + "\n" + text + "\n" + text)).isEqualTo(text + "\n" + text + "\n" + text);
    }

    @Test
    void aUnicodeDocumentWithAHeaderLeftInTcvn3ConvertsTheHeaderOnly() {
        String text = "ñY BAN NH¢N D¢N\nTØNH B¾C K¹N\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCafé và trà.";
        assertThat(LegacyText.toUnicode(text)).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nCộng hoà xã hội chủ nghĩa Việt Nam\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCafé và trà.");
    }

    @Test
    void windows1258KeepsWorking() throws Exception {
        String sentence = "Ủy ban nhân dân tỉnh Bắc Kạn quyết định giao Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.";
        byte[] bytes = windows1258(sentence);
        assertThat(decodeStrictUtf8(bytes)).as("not UTF-8").isFalse();
        String parsed = parser.parse("cp1258.txt", bytes).text();
        assertThat(TextNormalizer.normalize(parsed).text()).isEqualTo(sentence);
    }

    @Test
    void aUtf8FileHoldingTheReplacementCharacterItselfIsStillUtf8() throws Exception {
        // U+FFFD written by the file (EF BF BD) is a character like any other, not a sign of bytes that are no UTF-8.
        String sentence = "Ủy ban nhân dân tỉnh Bắc Kạn giao Sở Tài chính \uFFFD bố trí kinh phí.";
        assertThat(parser.parse("fffd.txt", sentence.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(sentence);
    }

    @Test
    void aSingleByteThatIsNoUtf8MakesTheWholeFileBeReadAsALegacyEncoding() throws Exception {
        // A byte 0x80 cannot start a UTF-8 character: the file is no UTF-8 at all, whatever the rest looks like, and
        // is read in a one-byte encoding (no U+FFFD put in for the byte), as before the lenient first reading.
        byte[] utf8 = "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        bytes[utf8.length] = (byte) 0x80;
        assertThat(decodeStrictUtf8(bytes)).as("not UTF-8").isFalse();
        assertThat(parser.parse("stray.txt", bytes).text()).doesNotContain("\uFFFD").isNotEqualTo(
                new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void decomposedUnicodeKeepsWorking() throws Exception {
        String sentence = "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;";
        byte[] bytes = Normalizer.normalize(sentence, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        assertThat(TextNormalizer.normalize(parser.parse("nfd.txt", bytes).text()).text()).isEqualTo(sentence);
    }

    @Test
    void aTcvn3TextFileIsReadAsVietnamese() throws Exception {
        String legacy = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nQUYÕT §ÞNH\n"
                + "C¨n cø LuËt Tæ chøc chÝnh quyÒn ®Þa ph\u00ad¬ng ngµy 19 th¸ng 6 n¨m 2015;";
        String text = parser.parse("tcvn3.txt", legacy.getBytes(Charset.forName("windows-1252"))).text();
        assertThat(text).isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nQUYẾT ĐỊNH\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    }

    @Test
    void aVniTextFileIsReadAsVietnamese() throws Exception {
        String legacy = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nQUYEÁT ÑÒNH\n"
                + "Caên cöù Luaät Toå chöùc chính quyeàn ñòa phöông ngaøy 19 thaùng 6 naêm 2015;";
        String text = parser.parse("vni.txt", legacy.getBytes(Charset.forName("windows-1252"))).text();
        assertThat(text).isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nQUYẾT ĐỊNH\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
    }

    /** Windows-1258 has ă, â, ê, ô, ơ, ư, đ whole and writes a tone mark as a combining character after its letter. */
    private static byte[] windows1258(String text) {
        Charset cp1258 = Charset.forName("windows-1258");
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            if (cp1258.newEncoder().canEncode(c)) {
                out.append(c);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder letter = new StringBuilder();
            String tone = "";
            for (char part : decomposed.toCharArray()) {
                if ("\u0300\u0301\u0303\u0309\u0323".indexOf(part) >= 0) {
                    tone = String.valueOf(part);
                } else {
                    letter.append(part);
                }
            }
            out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tone);
        }
        return out.toString().getBytes(cp1258);
    }

    private static boolean decodeStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
