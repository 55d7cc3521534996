package vn.vbtrace.parse;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a line continues the one before it. Documents converted from PDF or
 * from two-column headers break lines mid-phrase ("Căn cứ Quyết định số" / "1322/QĐ-TTg ...");
 * rejoining them lets every later pattern see a phrase as one run of words.
 */
final class LineJoiner {

    private static final Pattern BARE_MARKER =
            Pattern.compile("^(?:[IVXLC]+\\.|\\d{1,2}(?:\\.\\d{1,2})*\\.|[a-zđ]\\)|[-+*])$");
    private static final Pattern DASH_THEN_LOWER = Pattern.compile("^[-–]\\s+\\p{Ll}");
    private static final Pattern DIGIT_THEN_LOWER = Pattern.compile("^\\d[\\d/.,-]*\\s+\\p{Ll}");
    /** One to three capitalized words alone on a line: the start of a place name. */
    private static final Pattern PLACE_START = Pattern.compile("\\p{Lu}\\p{Ll}*(?:[ -]\\p{Lu}\\p{Ll}*){0,2}");
    /** The rest of a place-and-date line: "Nội, ngày 19 tháng 5 năm 2011". */
    private static final Pattern PLACE_DATE_REST = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:[ -]\\p{Lu}\\p{Ll}*){0,2},\\s*(?i:ngày)\\s*\\d");
    private static final String TERMINAL = ".;:!?”\"…";
    /** Converted documents wrap at 75-90 characters; a line this long ended only because it was full. */
    private static final int WRAPPED_LINE = 60;

    private final LineRules rules;

    LineJoiner(LineRules rules) {
        this.rules = rules;
    }

    /** Joins lines into text: a joined line gets one space, a kept break its newline. */
    MappedText join(List<Line> lines, int rawLength) {
        MappedText out = new MappedText(rawLength, rawLength);
        StringBuilder paragraph = new StringBuilder();
        Line previous = null;
        boolean lastWasBlank = false;
        boolean inBasis = false; // the legal basis: clauses from "Căn cứ ..." on, each closed by its ";"
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (previous == null) {
                out.appendRange(line.content(), 0, line.content().length());
                inBasis = startsWithAny(line.text(), rules.basisOpenings);
            } else if (!line.isBlank() && !paragraph.isEmpty() && continues(paragraph, previous, line, inBasis)
                    && !isAuthorityLine(line, nextNonBlank(lines, i + 1))) {
                out.append(' ', previous.newlineOffset());
                out.appendRange(line.content(), 0, line.content().length());
            } else {
                if (line.isBlank() && lastWasBlank) {
                    continue; // more than one blank line says nothing more than one
                }
                out.append('\n', previous.newlineOffset());
                out.appendRange(line.content(), 0, line.content().length());
                paragraph.setLength(0);
                if (!line.isBlank()) {
                    inBasis = startsWithAny(line.text(), rules.basisOpenings) || inBasis && previous.text().endsWith(";");
                }
            }
            paragraph.append(line.text()).append(' ');
            lastWasBlank = line.isBlank();
            previous = line;
        }
        return out;
    }

    private static Line nextNonBlank(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    /**
     * The issuing authority above the legal basis ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" / "Căn cứ Luật ..."):
     * an ALL-CAPS line that opens with an authority's name and is followed by the opening of the legal
     * basis stands on its own, however the title above it ends.
     */
    private boolean isAuthorityLine(Line line, Line after) {
        if (after == null || !Headings.isAllCaps(line.text()) || !startsWithAny(after.text(), rules.basisOpenings)) {
            return false;
        }
        return startsWithAny(line.text(), rules.authorityStarts);
    }

    private static boolean startsWithAny(String line, Iterable<String> starts) {
        for (String start : starts) {
            if (line.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    boolean continues(CharSequence paragraph, Line previousLine, Line nextLine, boolean inBasis) {
        String prev = previousLine.text();
        String next = nextLine.text();
        if (prev.isEmpty() || next.isEmpty() || nextLine.afterDroppedLine() || nextLine.tableCell()) {
            return false;
        }
        if (PLACE_START.matcher(prev).matches() && PLACE_DATE_REST.matcher(next).find()) {
            return true; // "Hà" / "Nội, ngày 19 tháng 5 năm 2011": a place name broken before the date
        }
        if (BARE_MARKER.matcher(prev).matches()) {
            return true; // "II." / "NHIỆM VỤ ..." : a marker alone on its line
        }
        if (rules.standaloneHeadings.contains(prev)) {
            return false; // "KẾ HOẠCH" / "Triển khai thực hiện ...": the type heading, then its title ("kế hoạch" is also an unfinished word)
        }
        if (Character.isDigit(next.charAt(0)) && endsWithAny(prev, rules.numberWords)) {
            return true; // "Điều" / "1. Ban hành ...", "số" / "1322/QĐ-TTg"
        }
        if (DASH_THEN_LOWER.matcher(next).find() && TERMINAL.indexOf(prev.charAt(prev.length() - 1)) < 0) {
            return true; // "phát triển kinh tế" / "- xã hội khác": a hyphenated word, not an item
        }
        if (startsNewItem(next)) {
            return false;
        }
        if (Headings.isAllCaps(prev) && Headings.isAllCaps(next)) {
            return !rules.standaloneHeadings.contains(prev) && !startsSignature(next) && !startsSignature(prev);
        }
        char last = prev.charAt(prev.length() - 1);
        if (last == ';' && Character.isLowerCase(next.charAt(0))) {
            return true; // "...cho các địa phương;" / "thực hiện các hoạt động ...": one item goes on
        }
        if (TERMINAL.indexOf(last) >= 0) {
            return false;
        }
        if (prev.length() >= WRAPPED_LINE) {
            return true; // a full-width line without a sentence end was wrapped, whatever comes next
        }
        if (endsWithAny(prev, rules.unfinishedWords) || unclosed(paragraph)) {
            return true;
        }
        if (last == ',' || last == '-' || last == '–' || last == '/' || last == '(' || last == '“') {
            return true;
        }
        char first = next.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (inBasis && !Headings.isAllCaps(next)) {
            return true; // "Căn cứ Luật Tổ chức" / "Chính phủ ngày ...": a basis clause ends with its ";", not before
        }
        return Character.isDigit(first) && DIGIT_THEN_LOWER.matcher(next).find();
    }

    private boolean startsNewItem(String line) {
        for (Pattern item : rules.itemStarts) {
            if (item.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    private boolean startsSignature(String line) {
        for (String start : rules.signatureStarts) {
            if (line.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String line, Iterable<String> words) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (lower.endsWith(word)) {
                int before = lower.length() - word.length() - 1;
                if (before < 0 || !Character.isLetterOrDigit(lower.charAt(before))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An opening parenthesis or quote not yet closed in the paragraph so far. */
    private static boolean unclosed(CharSequence paragraph) {
        int parens = 0;
        int quotes = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens = Math.max(0, parens - 1);
            } else if (c == '“') {
                quotes++;
            } else if (c == '”') {
                quotes = Math.max(0, quotes - 1);
            }
        }
        return parens > 0 || quotes > 0;
    }

}
