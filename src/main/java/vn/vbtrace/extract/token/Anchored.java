package vn.vbtrace.extract.token;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a pattern exactly at a position. {@code find(from)} with \G would scan on to the end
 * of the text after failing at {@code from}; a region plus lookingAt stops at once.
 */
public final class Anchored {

    private Anchored() {
    }

    /** A matcher that matched at {@code from}, or null. */
    public static Matcher at(Pattern pattern, String text, int from) {
        return at(pattern, text, from, text.length());
    }

    /** A matcher that matched at {@code from} and ended by {@code limit} (what follows it still seen), or null. */
    public static Matcher at(Pattern pattern, String text, int from, int limit) {
        if (from < 0 || from > limit) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        m.region(from, limit);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }
}
