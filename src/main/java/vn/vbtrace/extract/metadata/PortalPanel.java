package vn.vbtrace.extract.metadata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;

/**
 * The attribute panel of a page saved from a legal-document portal (vbpl.vn, thuvienphapluat,
 * the provinces' databases): "Số hiệu: …", "Loại văn bản: …", "Nơi ban hành: …", "Người ký: …",
 * "Ngày ban hành: …", "Ngày hiệu lực: …", "Tình trạng: …". Tika renders the panel's HTML table as
 * label and value on one line, on two lines (label line, then value line), or several pairs on
 * one line; all three are read. A label counts only at the start of a line or cell and followed by
 * its colon or by the end of the line, so running text ("tình trạng doanh nghiệp ...") is not a panel.
 */
final class PortalPanel {

    /** OTHER: a label the panel writes whose value is not read ("Số công báo"); it ends the value before it. */
    enum Field { NUMBER, TYPE, ISSUER, SIGNER, ISSUED, EFFECTIVE, STATUS, OTHER }

    private static final Map<Field, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(Field.NUMBER, "Số hiệu|Số ký hiệu|Số, ký hiệu");
        LABELS.put(Field.TYPE, "Loại văn bản");
        LABELS.put(Field.ISSUER, "Nơi ban hành|Cơ quan ban hành|Cơ quan ban hành/ Chức danh");
        LABELS.put(Field.SIGNER, "Người ký|Người ký duyệt");
        LABELS.put(Field.ISSUED, "Ngày ban hành");
        LABELS.put(Field.EFFECTIVE, "Ngày hiệu lực|Ngày có hiệu lực");
        LABELS.put(Field.STATUS, "Tình trạng hiệu lực|Tình trạng");
        LABELS.put(Field.OTHER, "Số công báo|Ngày đăng công báo|Ngày hết hiệu lực|Hết hiệu lực|Áp dụng|Lĩnh vực|Ngày đăng");
    }

    private static final String LABEL_WORDS = "(" + String.join("|", LABELS.values()).replace(" ", "\\s+") + ")\\s*(:|$)";
    /** A label at the start of a line or cell. */
    private static final Pattern LABEL = Pattern.compile("(?<![\\p{L}])" + LABEL_WORDS,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The same, or a label glued to the value before it where a page lost the cell's break ("Số hiệu:01/2009/TTLT-BTP-
     * BNVNgày đăng công báo:18/05/2009"): then only capitalized, as a cell opens, and with its colon. Read only in a
     * line of two colons or more (a panel's pairs), since trying it at every letter of prose costs.
     */
    private static final Pattern LABEL_OR_GLUED = Pattern.compile("(?:(?<![\\p{L}])|(?<=[\\p{L}\\d)])(?-i:(?=\\p{Lu}))"
            + "(?=[^:\\n]{1,40}:))" + LABEL_WORDS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A label alone on its line (its value on the next) is at most this long, with room for spacing. */
    private static final int LONGEST_BARE_LABEL = 60;

    private final Map<Field, String> values = new LinkedHashMap<>();
    /** Where "Ngày hiệu lực: …" is written, label to value; -1 when the panel has none. */
    private int effectiveStart = -1;
    private int effectiveEnd = -1;

    private PortalPanel() {
    }

    static PortalPanel read(TextLines lines) {
        PortalPanel panel = new PortalPanel();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > LONGEST_BARE_LABEL && line.indexOf(':') < 0) {
                continue; // a long line without a colon is prose: no label in it (most lines; the regex is costly)
            }
            int colon = line.indexOf(':');
            Matcher m = (colon >= 0 && line.indexOf(':', colon + 1) >= 0 ? LABEL_OR_GLUED : LABEL).matcher(line);
            // a label further in counts only before its colon: without a colon the line's own find() is spared
            boolean found = m.lookingAt() || (line.indexOf(':') >= 0 && m.find() && m.group(2).equals(":"));
            while (found) {
                Field field = field(m.group(1));
                int labelStart = m.start(1);
                int valueStart = m.end();
                boolean more = m.find();
                int valueEnd = more ? m.start() : line.length();
                String value = line.substring(valueStart, valueEnd).strip();
                int spanEnd = lines.starts().get(i) + valueStart + line.substring(valueStart, valueEnd).stripTrailing().length();
                if (value.isEmpty() && !more) {
                    value = valueLine(lines, i + 1);
                    int next = lines.nextNonBlank(i + 1);
                    spanEnd = value.isEmpty() ? spanEnd : lines.starts().get(next) + value.length();
                }
                if (field == Field.EFFECTIVE && !value.isEmpty() && !panel.values.containsKey(field)) {
                    panel.effectiveStart = lines.starts().get(i) + labelStart;
                    panel.effectiveEnd = spanEnd;
                }
                if (field != Field.OTHER) {
                    panel.values.putIfAbsent(field, value.isEmpty() ? null : value);
                }
                found = more;
            }
        }
        panel.values.values().removeIf(v -> v == null);
        return panel;
    }

    /**
     * The value of a two-line pair: the next non-blank line up to the next label (line joining may
     * have put the next label behind it: "Quyết định Nơi ban hành:"), unless it starts with a label.
     */
    private static String valueLine(TextLines lines, int from) {
        int next = lines.nextNonBlank(from);
        if (next >= lines.size()) {
            return "";
        }
        Matcher m = LABEL.matcher(lines.get(next));
        if (m.lookingAt()) {
            return "";
        }
        return m.find() && m.group(2).equals(":") ? lines.get(next).substring(0, m.start()).strip() : lines.get(next);
    }

    private static Field field(String label) {
        String written = label.replaceAll("\\s+", " ").toLowerCase();
        for (Map.Entry<Field, String> entry : LABELS.entrySet()) {
            for (String name : entry.getValue().split("\\|")) {
                if (name.toLowerCase().equals(written)) {
                    return entry.getKey();
                }
            }
        }
        throw new IllegalStateException("label without a field: " + label);
    }

    String get(Field field) {
        return values.get(field);
    }

    /** "Ngày ban hành": "14/10/2020" or "14 tháng 10 năm 2020", or null. */
    LocalDate issuedDate() {
        return date(Field.ISSUED);
    }

    /**
     * "Ngày hiệu lực": the date the portal gives, or null (none, or a value that is no date: "Đã biết",
     * "Không xác định").
     */
    LocalDate effectiveDate() {
        return date(Field.EFFECTIVE);
    }

    /** Where the panel writes its effective date, label to value: {start, end}; null when it does not. */
    int[] effectiveSpan() {
        return effectiveStart < 0 ? null : new int[] {effectiveStart, effectiveEnd};
    }

    private LocalDate date(Field field) {
        String written = values.get(field);
        if (written == null) {
            return null;
        }
        DateToken date = DateFinder.firstNumeric(written, 0, written.length());
        if (date == null) {
            String spelled = written.startsWith("ngày") ? written : "ngày " + written;
            date = DateFinder.first(spelled, 0, spelled.length());
        }
        return date == null ? null : date.date();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }
}
