package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.List;

/** The lines of a normalized text with their start offsets. */
record TextLines(List<String> lines, List<Integer> starts) {

    static TextLines of(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(text.substring(start, i).strip());
                starts.add(start);
                start = i + 1;
            }
        }
        return new TextLines(lines, starts);
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
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
