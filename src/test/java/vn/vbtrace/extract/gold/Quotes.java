package vn.vbtrace.extract.gold;

import vn.vbtrace.parse.TextNormalizer;

/**
 * Finds a gold quote in the normalized text, ignoring differences of white space (the
 * normalizer rejoins broken lines, and sets apart syllables a page glued together: a quote copied
 * from the page as "theochỉ đạo" is "theo chỉ đạo" there), and returns its span in the normalized text.
 */
final class Quotes {

    private Quotes() {
    }

    /** {start, end} of the quote in text, searched after the end of {@code after} when given. */
    static int[] locate(String text, String quote, String after) {
        int from = 0;
        if (after != null) {
            int[] anchor = find(text, after, 0);
            if (anchor == null) {
                throw new AssertionError("gold anchor not in the text: " + after);
            }
            from = anchor[1];
        }
        int[] span = find(text, quote, from);
        if (span == null) {
            throw new AssertionError("gold quote not in the text: " + quote + (after == null ? "" : " (after " + after + ")"));
        }
        return span;
    }

    private static int[] find(String text, String quote, int from) {
        String needle = quote.strip().replaceAll("\\s+", " ");
        int[] span = find(text, needle, from, false);
        if (span == null) {
            span = find(text, needle.replace(" ", ""), from, true);
        }
        if (span == null) { // "Uỷ ban" copied from the page, "Ủy ban" after the normalizer's one spelling of the tone marks
            String normalized = TextNormalizer.normalize(needle).text().strip();
            span = normalized.equals(needle) ? null : find(text, normalized.replace(" ", ""), from, true);
        }
        return span;
    }

    private static int[] find(String text, String needle, int from, boolean anySpace) {
        for (int start = text.indexOf(needle.charAt(0), from); start >= 0; start = text.indexOf(needle.charAt(0), start + 1)) {
            int end = anySpace ? matchIgnoringSpace(text, needle, start) : matchAt(text, needle, start);
            if (end >= 0) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    /** The needle's characters in order, any white space of the text between them skipped. */
    private static int matchIgnoringSpace(String text, String needle, int start) {
        int t = start;
        for (int n = 0; n < needle.length(); n++) {
            while (n > 0 && t < text.length() && Character.isWhitespace(text.charAt(t))) {
                t++;
            }
            if (t >= text.length() || text.charAt(t) != needle.charAt(n)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private static int matchAt(String text, String needle, int start) {
        int t = start;
        for (int n = 0; n < needle.length(); n++) {
            char c = needle.charAt(n);
            if (c == ' ') {
                if (t >= text.length() || !Character.isWhitespace(text.charAt(t))) {
                    return -1;
                }
                while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
            } else {
                if (t >= text.length() || text.charAt(t) != c) {
                    return -1;
                }
                t++;
            }
        }
        return t;
    }
}
