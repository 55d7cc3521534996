package vn.vbtrace.extract.token;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
        BitSet first = chars(anyCase, asWritten);
        StringBuilder set = new StringBuilder("(?=[");
        for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
            if ("\\[]^-&".indexOf(c) >= 0) {
                set.append('\\');
            }
            set.append((char) c);
        }
        return set.append("])").toString();
    }

    private static BitSet chars(Collection<String> anyCase, Collection<String> asWritten) {
        BitSet first = new BitSet();
        for (String alternative : anyCase) {
            char c = alternative.charAt(0);
            first.set(c);
            first.set(Character.toUpperCase(c));
            first.set(Character.toLowerCase(c));
            first.set(String.valueOf(c).toUpperCase(Locale.ROOT).charAt(0));
        }
        for (String alternative : asWritten) {
            first.set(alternative.charAt(0));
        }
        return first;
    }
}
