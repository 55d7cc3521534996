package vn.vbtrace.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.extract.Extractor;

/**
 * Issue 10, point 3: the corpus's 1852/QĐ-UBND typed in TCVN3 (fonts .VnTime / .VnTimeH) and in VNI
 * (VNI-Times), as a .txt file, a .docx and an .rtf, made here with the converter of {@link LegacyCharset}
 * (the .docx with the POI that Tika brings, the .rtf by hand, each run in its legacy font). Each gives
 * the same number, issuer, date, references and duties as the same file made in Unicode. TCVN3 writes
 * no capital with a tone mark inside a line (the capitals font shows it), so for TCVN3 the texts of
 * references and duties are compared without case; everything else is compared exactly.
 */
class LegacyEncodingExtractionTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Extractor EXTRACTOR = new Extractor();
    private static final DocumentParser PARSER = new DocumentParser();
    private static String unicode;

    @BeforeAll
    static void readTheCorpusDecision() {
        unicode = LegacyCharsetTests.decision1852();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "TCVN3, txt", "TCVN3, docx", "TCVN3, rtf",
            "VNI, txt", "VNI, docx", "VNI, rtf"})
    void givesWhatTheUnicodeFileGives(LegacyCharset charset, String format) throws ParseException {
        Extraction expected = extract("unicode." + format, file(format, unicode, null));
        Extraction got = extract("legacy." + format, file(format, charset.encode(unicode), charset));

        assertThat(expected.document().number()).isEqualTo("1852/QĐ-UBND");
        assertThat(expected.assignments()).hasSizeGreaterThan(40);
        assertThat(got.document().number()).isEqualTo(expected.document().number());
        assertThat(got.document().issuer()).isEqualTo(expected.document().issuer()).isEqualTo("UBND tỉnh Bắc Kạn");
        assertThat(got.document().issuedDate()).isEqualTo(expected.document().issuedDate());
        boolean caseless = charset == LegacyCharset.TCVN3;
        assertThat(references(got, caseless)).isEqualTo(references(expected, caseless));
        assertThat(duties(got, caseless)).isEqualTo(duties(expected, caseless));
        // the fact a user checks: Sở Tài chính advises on the budget (bố trí kinh phí) under 1852/QĐ-UBND
        assertThat(got.assignments()).anySatisfy(duty -> {
            assertThat(duty.body()).isEqualTo("Sở Tài chính");
            assertThat(duty.task().toLowerCase(Locale.ROOT)).contains("bố trí kinh phí");
        });
    }

    private static Extraction extract(String name, byte[] bytes) throws ParseException {
        return EXTRACTOR.extract(TextNormalizer.normalize(PARSER.parse(name, bytes).text()).text());
    }

    private static List<String> references(Extraction extraction, boolean caseless) {
        return extraction.references().stream().map(r -> String.join(" | ", r.number() == null ? "-" : r.number(),
                String.valueOf(r.type()), String.valueOf(r.issuer()), String.valueOf(r.date()), r.relation().name(),
                cased(String.valueOf(r.title()), caseless))).toList();
    }

    private static List<String> duties(Extraction extraction, boolean caseless) {
        return extraction.assignments().stream().map(a -> String.join(" | ", a.body(), a.role().name(),
                String.valueOf(a.deadline()), String.valueOf(a.province()), cased(a.task(), caseless))).toList();
    }

    private static String cased(String text, boolean caseless) {
        return caseless ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** The text as a file of the format; {@code charset} null: Unicode, else the legacy code's fonts. */
    private static byte[] file(String format, String text, LegacyCharset charset) {
        return switch (format) {
            case "txt" -> charset == null ? text.getBytes(StandardCharsets.UTF_8) : text.getBytes(WINDOWS_1252);
            case "docx" -> docx(text, charset);
            case "rtf" -> rtf(text, charset);
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static byte[] docx(String text, LegacyCharset charset) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                XWPFRun run = document.createParagraph().createRun();
                run.setFontFamily(font(charset, line));
                run.setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RTF whose font table names the legacy fonts; bytes above 0x7F as \'hh of Windows-1252, Unicode as \\uN. */
    private static byte[] rtf(String text, LegacyCharset charset) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 ")
                .append(font(charset, "x")).append(";}{\\f1\\fnil\\fcharset0 ").append(font(charset, "X"))
                .append(";}}\n");
        for (String line : text.split("\n", -1)) {
            rtf.append(line.equals(line.toUpperCase(Locale.ROOT)) ? "\\f1 " : "\\f0 ");
            for (char c : line.toCharArray()) {
                if (c == '\\' || c == '{' || c == '}') {
                    rtf.append('\\').append(c);
                } else if (c < 0x80) {
                    rtf.append(c);
                } else if (charset != null) {
                    byte b = String.valueOf(c).getBytes(WINDOWS_1252)[0];
                    rtf.append(String.format("\\'%02x", b & 0xFF));
                } else {
                    rtf.append("\\u").append((int) c).append('?');
                }
            }
            rtf.append("\\par\n");
        }
        return rtf.append('}').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** .VnTimeH for a line in capitals, .VnTime else; VNI-Times for VNI; Times New Roman for Unicode. */
    private static String font(LegacyCharset charset, String line) {
        if (charset == null) {
            return "Times New Roman";
        }
        if (charset == LegacyCharset.VNI) {
            return "VNI-Times";
        }
        boolean capitals = line.equals(line.toUpperCase(Locale.ROOT)) && !line.equals(line.toLowerCase(Locale.ROOT));
        return capitals ? ".VnTimeH" : ".VnTime";
    }
}
