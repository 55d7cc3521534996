package vn.vbtrace.parse;

import org.junit.jupiter.api.Test;
import vn.vbtrace.TestCorpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real Tika and jsoup on the shipped renditions, and the bad inputs of issue 2 point 7. */
class DocumentParserTests {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void pdfRenditionCarriesTheDecisionsText() throws Exception {
        String text = parser.parse("x.pdf", TestCorpus.bytes(TestCorpus.DECISION_1852_PDF)).text();
        assertThat(text).contains("1852/QĐ-UBND", "54/TTr-SKHCN", "Đỗ Thị Minh Hoa");
    }

    @Test
    void docxRenditionCarriesTheLettersText() throws Exception {
        String text = parser.parse("x.docx", TestCorpus.bytes(TestCorpus.LETTER_4258_DOCX)).text();
        assertThat(text).contains("4258/BKHCN-TĐC", "1322/QĐ-TTg", "Lê Xuân Định");
    }

    @Test
    void webPageLosesItsFurnitureAndKeepsTheDocument() throws Exception {
        String html = new String(TestCorpus.bytes(TestCorpus.DECISION_1852_HTML), StandardCharsets.UTF_8);
        String text = parser.parse("page.html", TestCorpus.bytes(TestCorpus.DECISION_1852_HTML)).text();
        assertThat(text).contains("1852/QĐ-UBND", "Đỗ Thị Minh Hoa", "Sở Tài chính");
        assertThat(text).doesNotContain("function", "<script", "©");
        // Every number in the page that the seed text does not hold comes from furniture.
        String seed = new String(TestCorpus.bytes(TestCorpus.DECISION_1852), StandardCharsets.UTF_8);
        var furnitureNumbers = java.util.regex.Pattern.compile("\\d{1,5}/(\\d{4}/)?[\\p{Lu}Đ]+[\\p{L}]*-[\\p{L}-]+")
                .matcher(html).results().map(m -> m.group()).filter(n -> !seed.contains(n)).distinct().toList();
        assertThat(furnitureNumbers).as("the page has sidebar numbers to test with").hasSizeGreaterThanOrEqualTo(3);
        for (String number : furnitureNumbers) {
            assertThat(text).as("sidebar number %s", number).doesNotContain(number);
        }
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> parser.parse("empty.txt", new byte[0])).isInstanceOf(ParseException.class).hasMessage("tệp rỗng");
        assertThatThrownBy(() -> parser.parse("empty.pdf", new byte[0])).isInstanceOf(ParseException.class).hasMessage("tệp rỗng");
    }

    @Test
    void binaryBytesNamedTxtAreRefused() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThatThrownBy(() -> parser.parse("noise.txt", noise))
                .isInstanceOf(ParseException.class).hasMessage("tệp .txt chứa dữ liệu nhị phân, không phải chữ");
    }

    @Test
    void truncatedPdfIsRefusedWithOneLine() {
        byte[] pdf = TestCorpus.bytes(TestCorpus.DECISION_1852_PDF);
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> parser.parse("cut.pdf", truncated))
                .isInstanceOf(ParseException.class)
                .hasMessage("tệp PDF bị cắt cụt (không có dấu %%EOF ở cuối)");
    }

    @Test
    void damagedPdfBodyIsRefusedWithOneLine() {
        byte[] pdf = TestCorpus.bytes(TestCorpus.DECISION_1852_PDF);
        byte[] damaged = pdf.clone();
        // Keep the header and the %%EOF trailer, wipe everything between: no objects, no xref.
        Arrays.fill(damaged, 16, damaged.length - 16, (byte) ' ');
        assertThatThrownBy(() -> parser.parse("damaged.pdf", damaged))
                .isInstanceOf(ParseException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void utf8TextWithBomIsRead() throws Exception {
        byte[] bytes = "\uFEFFSố: 12/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
        assertThat(parser.parse("a.txt", bytes).text()).isEqualTo("Số: 12/QĐ-UBND");
    }
}
