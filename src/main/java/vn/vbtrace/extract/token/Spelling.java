package vn.vbtrace.extract.token;

/**
 * Matches a known name in running text the way documents write it: any case, and any run of
 * whitespace (a leftover line break too) where the name has one space.
 */
public final class Spelling {

    private Spelling() {
    }

    /** Where {@code name} ends if the text spells it at {@code from} as a whole word, else -1. */
    public static int matchEnd(String text, int from, String name) {
        int t = from;
        int n = 0;
        while (n < name.length()) {
            if (t >= text.length()) {
                return -1;
            }
            char expected = name.charAt(n);
            if (expected == ' ') {
                if (!Character.isWhitespace(text.charAt(t))) {
                    return -1;
                }
                while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
                    t++;
                }
                n++;
                continue;
            }
            char actual = text.charAt(t);
            if (actual != expected && Character.toLowerCase(actual) != Character.toLowerCase(expected)
                    && Character.toUpperCase(actual) != Character.toUpperCase(expected)) {
                return -1;
            }
            t++;
            n++;
        }
        return t < text.length() && Character.isLetterOrDigit(text.charAt(t)) ? -1 : t;
    }
}
