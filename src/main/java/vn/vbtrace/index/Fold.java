package vn.vbtrace.index;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Spelling;
import vn.vbtrace.document.TextFold;

/**
 * Lower case without diacritics, one char for one char, so an offset in the folded text is the
 * same offset in the original (snippets and highlights rely on it). A table lookup per char:
 * TextFold.fold (NFD and a regex over the whole text) cost a search more than its query.
 */
final class Fold {

    /** Latin and Latin Extended Additional, where every Vietnamese letter lives. */
    private static final char[] TABLE = new char[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            String folded = TextFold.fold(String.valueOf(c));
            TABLE[c] = folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
        }
    }

    private Fold() {
    }

    /** The text folded, its syllables in their one spelling of i and y as the analyzers write them ({@link Spelling}). */
    static String chars(String text) {
        return new String(folded(text));
    }

    /** {@link #chars} as an array, for a scan that reads the words where they stand (the best passage). */
    static char[] folded(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(text.charAt(i));
        }
        Spelling.foldedWordsToY(out);
        return out;
    }

    /** One char folded. */
    static char of(char c) {
        return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
    }
}
