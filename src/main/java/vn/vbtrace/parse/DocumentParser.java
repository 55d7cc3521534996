package vn.vbtrace.parse;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: Tika's standard parsers for pdf, doc, docx, odt and rtf, jsoup for web
 * pages, and a strict check that a .txt really is text. No file may take more than {@link ParseLimits}
 * allow: a zip container is measured before it is opened ({@link ZipBombGuard}: Tika's docx reader builds
 * the XML in memory, and its streaming reader loses the paragraphs of table cells that letters' "Kính gửi"
 * blocks sit in), the text taken from any file is capped, and documents embedded in a document are not
 * parsed (their text is not the document's, and nested containers would multiply the work).
 * Text typed in a legacy Vietnamese code (TCVN3, VNI; Windows-1258 for .txt) is turned into Unicode here, before
 * normalization.
 */
public final class DocumentParser {

    /** Deeper than this, a web page is not a document (and only makes the cleaning slow). */
    static final int MAX_HTML_DEPTH = 1_000;

    private final AutoDetectParser tika = new AutoDetectParser();
    private final HtmlCleaner htmlCleaner = new HtmlCleaner();
    private final ParseLimits limits;
    private final ZipBombGuard zipGuard;

    public DocumentParser(ParseLimits limits) {
        this.limits = limits;
        this.zipGuard = new ZipBombGuard(limits);
    }

    public DocumentParser() {
        this(ParseLimits.fromEnvironment());
    }

    public ParseLimits limits() {
        return limits;
    }

    public ParsedFile parse(String fileName, byte[] bytes) throws ParseException {
        if (bytes.length == 0) {
            throw new ParseException("file-empty", "tệp rỗng", null);
        }
        String lowerName = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
            if (bytes.length > limits.maxHtmlBytes()) {
                throw new ParseException("file-too-large", "trang web quá lớn: " + bytes.length / (1024 * 1024) + " MB, tối đa "
                        + limits.maxHtmlBytes() / (1024 * 1024) + " MB", null);
            }
            org.jsoup.nodes.Document page = decodeHtml(bytes);
            checkNesting(page);
            return new ParsedFile(capped(requireText(LegacyText.toUnicode(htmlCleaner.textOf(page.outerHtml())))), "text/html");
        }
        if (lowerName.endsWith(".txt")) {
            if (PlainText.characters(bytes) > limits.maxCharacters()) { // counted without decoding: no copy of a huge file
                throw tooManyCharacters();
            }
            return new ParsedFile(capped(requireText(PlainText.decode(bytes))), "text/plain");
        }
        if (lowerName.endsWith(".pdf") && !hasPdfEnd(bytes)) {
            // PDFBox recovers what it can from a cut file; a partial document must not pass as whole.
            throw new ParseException("file-truncated", "tệp PDF bị cắt cụt (không có dấu %%EOF ở cuối)", null);
        }
        if (ZipBombGuard.isZip(bytes)) {
            zipGuard.check(bytes);
        }
        return parseWithTika(fileName, bytes);
    }

    private static boolean hasPdfEnd(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private ParsedFile parseWithTika(String fileName, byte[] bytes) throws ParseException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // Text up to the limit (and no 100k-character cap below it); past it the parse stops at once.
        BodyContentHandler handler = new BodyContentHandler((int) Math.min(Integer.MAX_VALUE, limits.maxCharacters() + 1));
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            tika.parse(in, handler, metadata, context());
        } catch (ZeroByteFileException e) {
            throw new ParseException("file-empty", "tệp rỗng", e);
        } catch (EncryptedDocumentException e) {
            throw new ParseException("file-encrypted", "tệp được mã hoá (có mật khẩu): hãy gửi bản không mã hoá", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            // Parsers of damaged files throw unchecked exceptions too; they are the file's fault.
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw tooManyCharacters();
            }
            if (causeSays(e, "maxElementDepth")) {
                throw new ParseException("nesting-too-deep", "tệp có các phần tử lồng nhau quá sâu (hơn 100 tầng):"
                        + " không phải một văn bản bình thường", e);
            }
            if (causeSays(e, "Suspected zip bomb")) {
                throw new ParseException("zip-bomb", "tệp có cấu trúc lồng nhau quá sâu hoặc nở ra quá lớn khi đọc"
                        + " (có thể là một \"bom nén\"): " + firstLine(e), e);
            }
            throw new ParseException("unreadable-file", "không đọc được tệp dưới dạng " + describe(metadata) + ": " + firstLine(e), e);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type != null && type.startsWith("application/octet-stream")) {
            throw new ParseException("unknown-format", "không nhận ra định dạng tệp", null);
        }
        // a .doc, .docx or .rtf typed in a TCVN3 or VNI font gives the Windows-1252 characters of its bytes
        return new ParsedFile(requireText(LegacyText.toUnicode(handler.toString())), type);
    }

    /**
     * A fresh context per file: embedded documents left unparsed, and no OCR for a PDF page without text (no OCR
     * engine is installed: Tika would fail on the attempt; a scanned PDF is "a file without text").
     */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, SkipEmbedded.INSTANCE);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    /**
     * Whether the failure names a known guard: the JDK's XML depth limit (jdk.xml.maxElementDepth, which POI
     * keeps at 100), or Tika's SecureContentHandler ("Suspected zip bomb": deep nesting or runaway output).
     */
    private static boolean causeSays(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(words)) {
                return true;
            }
        }
        return false;
    }

    private String capped(String text) throws ParseException {
        if (text.length() > limits.maxCharacters()) {
            throw tooManyCharacters();
        }
        return text;
    }

    private ParseException tooManyCharacters() {
        return new ParseException("too-many-characters", "tệp chứa quá nhiều chữ: tối đa " + limits.maxCharacters()
                + " ký tự cho một văn bản", null);
    }

    private static org.jsoup.nodes.Document decodeHtml(byte[] bytes) throws ParseException {
        // jsoup's own charset sniffing reads <meta charset>; UTF-8 is the portals' norm otherwise.
        try {
            return org.jsoup.Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new ParseException("unreadable-file", "không đọc được trang web: " + firstLine(e), e);
        }
    }

    /**
     * A page nested deeper than any real one (portals stay within a few dozen levels) is refused after the one
     * parse, before the cleaning passes whose work grows with the depth.
     */
    private static void checkNesting(org.jsoup.nodes.Document page) throws ParseException {
        int[] deepest = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        if (deepest[0] > MAX_HTML_DEPTH) {
            throw new ParseException("nesting-too-deep", "trang web có các phần tử lồng nhau quá sâu (" + deepest[0]
                    + " tầng, tối đa " + MAX_HTML_DEPTH + "): không phải một văn bản bình thường", null);
        }
    }

    private static String requireText(String text) throws ParseException {
        if (text == null || text.isBlank()) {
            throw new ParseException("no-text", "tệp không có chữ nào", null);
        }
        return text;
    }

    private static String describe(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "văn bản" : type.replaceAll(";.*", "");
    }

    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Documents inside a document (an attachment, an embedded sheet) are not parsed. */
    private enum SkipEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded says no
        }
    }

    /** Plain-text decoding with a check that the bytes are text at all. */
    static final class PlainText {
        private PlainText() {
        }

        /**
         * The characters of UTF-8 bytes (each byte that does not continue a character starts one), without
         * decoding; for a legacy one-byte encoding it counts low, and the decoded text is measured again.
         */
        static long characters(byte[] bytes) {
            long n = 0;
            for (byte b : bytes) {
                if ((b & 0xC0) != 0x80) {
                    n++;
                }
            }
            return n;
        }

        static String decode(byte[] bytes) throws ParseException {
            int controls = 0;
            for (byte b : bytes) {
                int c = b & 0xFF;
                if (c == 0) {
                    throw binary();
                }
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    controls++;
                }
            }
            if (controls > bytes.length / 100 + 2) {
                throw binary();
            }
            // UTF-8; else Windows-1258, TCVN3 or VNI, whichever reads as Vietnamese (LegacyText)
            String text = LegacyText.decode(bytes);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text;
        }

        private static ParseException binary() {
            return new ParseException("binary-as-text", "tệp .txt chứa dữ liệu nhị phân, không phải chữ", null);
        }
    }
}
