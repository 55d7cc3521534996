package vn.vbtrace.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a zip container (docx, odt, any file that starts as a zip) that would unpack to more than the limits,
 * before Tika opens it: first by the sizes its central directory declares (no unpacking at all), then by
 * unpacking it once into nothing, counting, and stopping at a limit (a directory can lie). Memory stays at a
 * buffer's size; time at unpacking at most the limit. Two limits: all parts together (pictures included), and
 * the XML parts, which Tika's docx reader builds in memory whole (several times their size).
 */
final class ZipBombGuard {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_DIRECTORY = 0x06054b50;

    private final ParseLimits limits;

    ZipBombGuard(ParseLimits limits) {
        this.limits = limits;
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && le32(bytes, 0) == LOCAL_HEADER;
    }

    void check(byte[] bytes) throws ParseException {
        checkDeclaredSizes(bytes);
        checkActualSizes(bytes);
    }

    /** The central directory: entry count and the sum of declared sizes (Zip64's "see elsewhere" counts as too large). */
    private void checkDeclaredSizes(byte[] bytes) throws ParseException {
        int end = findEndOfDirectory(bytes);
        if (end < 0) {
            return; // no directory to read: the unpacking pass below still bounds it
        }
        int entries = le16(bytes, end + 10);
        long offset = le32(bytes, end + 16) & 0xFFFFFFFFL;
        if (entries > limits.maxZipEntries()) {
            throw tooManyEntries(entries);
        }
        long declared = 0;
        long declaredXml = 0;
        int at = (int) Math.min(offset, bytes.length);
        for (int i = 0; i < entries && at + 46 <= bytes.length && le32(bytes, at) == CENTRAL_HEADER; i++) {
            long size = le32(bytes, at + 24) & 0xFFFFFFFFL;
            size = size == 0xFFFFFFFFL ? Long.MAX_VALUE / 4 : size;
            int nameLength = le16(bytes, at + 28);
            String name = new String(bytes, at + 46, Math.min(nameLength, Math.max(0, bytes.length - at - 46)),
                    java.nio.charset.StandardCharsets.UTF_8);
            declared += size;
            declaredXml += isXml(name) ? size : 0;
            if (declared > limits.maxInflatedBytes()) {
                throw bomb("khai báo " + megabytes(declared), limits.maxInflatedBytes());
            }
            if (declaredXml > limits.maxInflatedXmlBytes()) {
                throw bomb("phần XML khai báo " + megabytes(declaredXml), limits.maxInflatedXmlBytes());
            }
            at += 46 + nameLength + le16(bytes, at + 30) + le16(bytes, at + 32);
        }
    }

    private void checkActualSizes(byte[] bytes) throws ParseException {
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        long inflatedXml = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw tooManyEntries(entries);
                }
                boolean xml = isXml(entry.getName());
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    inflated += n;
                    inflatedXml += xml ? n : 0;
                    if (inflated > limits.maxInflatedBytes()) {
                        throw bomb("giải nén thực tế vượt quá mức đó", limits.maxInflatedBytes());
                    }
                    if (inflatedXml > limits.maxInflatedXmlBytes()) {
                        throw bomb("phần XML giải nén thực tế vượt quá mức đó", limits.maxInflatedXmlBytes());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged container: Tika will say what it can of it.
        }
    }

    private static ParseException bomb(String how, long limit) {
        return new ParseException("zip-bomb", "tệp nén bên trong (docx, odt…) giải nén ra quá lớn: tối đa "
                + megabytes(limit) + " (" + how + "); có thể là một \"bom nén\"", null);
    }

    /** The parts a docx or odt reader parses as XML (pictures and other media are not read). */
    private static boolean isXml(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private ParseException tooManyEntries(int entries) {
        return new ParseException("zip-bomb", "tệp nén bên trong (docx, odt…) có quá nhiều phần: hơn "
                + limits.maxZipEntries() + " (" + entries + ")", null);
    }

    private static String megabytes(long bytes) {
        return bytes >= Long.MAX_VALUE / 4 ? "không xác định (Zip64)" : (bytes / (1024 * 1024)) + " MB";
    }

    private static int findEndOfDirectory(byte[] bytes) {
        int lowest = Math.max(0, bytes.length - 22 - 65_535);
        for (int at = bytes.length - 22; at >= lowest; at--) {
            if (le32(bytes, at) == END_OF_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    private static int le16(byte[] b, int at) {
        return at + 2 > b.length ? 0 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int at) {
        return at + 4 > b.length ? 0 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
