package vn.vbtrace.extract.gold;

/**
 * Finds a gold quote in the normalized text, ignoring differences of white space (the
 * normalizer rejoins broken lines), and returns its span in the normalized text.
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
        for (int start = text.indexOf(needle.charAt(0), from); start >= 0; start = text.indexOf(needle.charAt(0), start + 1)) {
            int end = matchAt(text, needle, start);
            if (end >= 0) {
                return new int[] {start, end};
            }
        }
        return null;
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
