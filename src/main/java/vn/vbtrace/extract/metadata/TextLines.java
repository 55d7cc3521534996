package vn.vbtrace.extract.metadata;

import vn.vbtrace.parse.Headings;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a normalized text with their start offsets. A table pipe between spaces is a
 * line break too: a two-column header flattened onto one line ("ỦY BAN NHÂN DÂN TỈNH X | CỘNG
 * HÒA ...", "Số: 87/KH-UBND | X, ngày ...") reads as its cells.
 */
record TextLines(List<String> lines, List<Integer> starts) {

    /** Lines made of cells found elsewhere: each with its text and where it starts in the whole text. */
    static TextLines ofCells(List<String> texts, List<Integer> starts) {
        return new TextLines(List.copyOf(texts), List.copyOf(starts));
    }

    static TextLines of(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || isCellBreak(text, i)) {
                String line = text.substring(start, i);
                int lead = line.length() - line.stripLeading().length();
                lines.add(line.strip());
                starts.add(start + lead);
                start = i + 1;
            }
        }
        return new TextLines(lines, starts);
    }

    /** A table pipe with white space or a line's end on each side ("| Số: 3557/QĐ-BYT |"). */
    private static boolean isCellBreak(String text, int i) {
        if (text.charAt(i) != '|') {
            return false;
        }
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && spaceAfter;
    }

    int size() {
        return lines.size();
    }

    String get(int i) {
        return lines.get(i);
    }

    /** Index of the first non-blank line at or after {@code from}, or size(). */
    int nextNonBlank(int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        return i;
    }

    static boolean isAllCaps(String line) {
        return Headings.isAllCaps(line);
    }
}
