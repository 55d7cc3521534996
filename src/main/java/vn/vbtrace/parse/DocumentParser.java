package vn.vbtrace.parse;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text: Tika's standard parsers for pdf, doc, docx, odt and rtf
 * (no character cap), jsoup for web pages, and a strict check that a .txt really is text. Text typed in
 * a legacy Vietnamese code (TCVN3, VNI; Windows-1258 for .txt) is turned into Unicode here, before normalization.
 */
public final class DocumentParser {

    private final AutoDetectParser tika = new AutoDetectParser();
    private final HtmlCleaner htmlCleaner = new HtmlCleaner();

    public ParsedFile parse(String fileName, byte[] bytes) throws ParseException {
        if (bytes.length == 0) {
            throw new ParseException("empty file");
        }
        String lowerName = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm")) {
            return new ParsedFile(requireText(LegacyText.toUnicode(htmlCleaner.textOf(decodeHtml(bytes)))), "text/html");
        }
        if (lowerName.endsWith(".txt")) {
            return new ParsedFile(requireText(PlainText.decode(bytes)), "text/plain");
        }
        if (lowerName.endsWith(".pdf") && !hasPdfEnd(bytes)) {
            // PDFBox recovers what it can from a cut file; a partial document must not pass as whole.
            throw new ParseException("the PDF is truncated (no %%EOF marker at its end)");
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
        BodyContentHandler handler = new BodyContentHandler(-1); // no 100k-character cap
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            tika.parse(in, handler, metadata, new ParseContext());
        } catch (ZeroByteFileException e) {
            throw new ParseException("empty file", e);
        } catch (EncryptedDocumentException e) {
            throw new ParseException("the file is encrypted", e);
        } catch (TikaException | SAXException | IOException e) {
            throw new ParseException("cannot read the file as " + describe(metadata) + ": " + firstLine(e), e);
        } catch (RuntimeException e) {
            // Parsers of damaged files throw unchecked exceptions too; they are the file's fault.
            throw new ParseException("cannot read the file as " + describe(metadata) + ": " + firstLine(e), e);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type != null && type.startsWith("application/octet-stream")) {
            throw new ParseException("unrecognized file format");
        }
        // a .doc, .docx or .rtf typed in a TCVN3 or VNI font gives the Windows-1252 characters of its bytes
        return new ParsedFile(requireText(LegacyText.toUnicode(handler.toString())), type);
    }

    private static String decodeHtml(byte[] bytes) throws ParseException {
        // jsoup's own charset sniffing reads <meta charset>; UTF-8 is the portals' norm otherwise.
        try {
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            return doc.outerHtml();
        } catch (IOException e) {
            throw new ParseException("cannot read the web page: " + firstLine(e), e);
        }
    }

    private static String requireText(String text) throws ParseException {
        if (text == null || text.isBlank()) {
            throw new ParseException("the file contains no text");
        }
        return text;
    }

    private static String describe(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "a document" : type.replaceAll(";.*", "");
    }

    static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Plain-text decoding with a check that the bytes are text at all. */
    static final class PlainText {
        private PlainText() {
        }

        static String decode(byte[] bytes) throws ParseException {
            int controls = 0;
            for (byte b : bytes) {
                int c = b & 0xFF;
                if (c == 0) {
                    throw new ParseException("binary content in a text file");
                }
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    controls++;
                }
            }
            if (controls > bytes.length / 100 + 2) {
                throw new ParseException("binary content in a text file");
            }
            // UTF-8; else Windows-1258, TCVN3 or VNI, whichever reads as Vietnamese (LegacyText)
            String text = LegacyText.decode(bytes);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text;
        }
    }
}
