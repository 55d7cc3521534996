package vn.vbtrace.extract.token;

/**
 * Matches a known name in running text the way documents write it: any case, any run of whitespace (a leftover
 * line break too) where the name has one space, and a dash with or without spaces around it ("Bộ Lao động-Thương binh
 * và Xã hội", "Ban Kinh tế – Ngân sách").
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
            boolean spacedDash = expected == ' ' && n + 2 < name.length() && name.charAt(n + 1) == '-'
                    && name.charAt(n + 2) == ' ';
            if (spacedDash || expected == '-') { // startsWith on every character would slow the hottest loop
                int dash = skipSpaces(text, t); // "Lao động - Thương binh" written "Lao động-Thương binh", or with a dash
                if (dash >= text.length() || text.charAt(dash) != '-' && text.charAt(dash) != '\u2013') {
                    return -1;
                }
                t = skipSpaces(text, dash + 1);
                n += spacedDash ? 3 : 1;
                continue;
            }
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

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
