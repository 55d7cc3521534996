package vn.vbtrace.extract.token;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A lookahead that lets a pattern fail at once where no alternative can start: "(?=[QNTC...])". A pattern
 * that opens with a lookbehind and a long alternation of names is tried at every character of a text;
 * the one character class test spares the alternation almost everywhere (extraction stays fast on long texts).
 */
public final class FirstLetters {

    private FirstLetters() {
    }

    /** The lookahead for these alternatives, each written as it starts in the text; both cases when {@code anyCase}. */
    public static String of(Collection<String> alternatives, boolean anyCase) {
        return anyCase ? of(alternatives, List.of()) : of(List.of(), alternatives);
    }

    /** The lookahead for alternatives matched in any case ({@code anyCase}) and alternatives matched as written. */
    public static String of(Collection<String> anyCase, Collection<String> asWritten) {
        TreeSet<Character> first = new TreeSet<>();
        for (String alternative : anyCase) {
            char c = alternative.charAt(0);
            first.add(c);
            first.add(Character.toUpperCase(c));
            first.add(Character.toLowerCase(c));
            first.add(String.valueOf(c).toUpperCase(Locale.ROOT).charAt(0));
        }
        for (String alternative : asWritten) {
            first.add(alternative.charAt(0));
        }
        StringBuilder set = new StringBuilder("(?=[");
        for (char c : first) {
            if ("\\[]^-&".indexOf(c) >= 0) {
                set.append('\\');
            }
            set.append(c);
        }
        return set.append("])").toString();
    }
}
