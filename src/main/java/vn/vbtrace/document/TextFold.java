package vn.vbtrace.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text compared as staff type it, with or without diacritics: "Sở Tài chính", "so tai chinh" and "SỞ TÀI CHÍNH"
 * fold alike. Numbers' keys ({@link DocumentNumbers#key}), names of bodies, provinces, programs and vocabulary
 * words are all compared this way. (The search index folds as it tokenizes, keeping offsets: index.Fold.)
 */
public final class TextFold {

    private TextFold() {
    }

    /** The ranges of {@link #ALONE}, first and last char of each. */
    static final char[][] ALONE_RANGES = {{0x0000, 0x036F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF}};

    /**
     * Each char's fold, for the scripts Vietnamese text is written in (ASCII, Latin-1 and the Latin extensions, the
     * combining diacritics, Latin Extended Additional's precomposed vowels, general punctuation, currency signs): where
     * a char folds alone to one char or to none, a text of such chars folds char by char to the same string as
     * {@link #foldDecomposing} gives. Lower case is context-free there (only Greek's final sigma is not), decomposing is
     * char by char, and the marks that decomposition may reorder are dropped. Most of the texts folded (every duty clause
     * a question is scored against, every name compared) are in these ranges; a text with any other char is folded by
     * decomposition.
     */
    private static final char[] ALONE = aloneTable();
    private static final char NOT_ALONE = '\uFFFF';
    private static final char DROPPED = '\uFFFE';

    /** Lower case without diacritics (đ becomes d); spaces and everything else kept. */
    public static String fold(String text) {
        char[] out = null;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c < ALONE.length ? ALONE[c] : NOT_ALONE;
            if (folded == NOT_ALONE) {
                return foldDecomposing(text);
            }
            if (out == null && folded != c) {
                out = new char[text.length()];
                text.getChars(0, i, out, 0);
                length = i;
            }
            if (out != null && folded != DROPPED) {
                out[length++] = folded;
            }
        }
        return out == null ? text : new String(out, 0, length);
    }

    /** {@link #fold} of any text: lower case, decomposed, without its marks. */
    static String foldDecomposing(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('Đ', 'd');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            if (!isMark(c)) {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    private static char[] aloneTable() {
        char[] table = new char[0x20D0];
        java.util.Arrays.fill(table, NOT_ALONE);
        for (char[] range : ALONE_RANGES) {
            for (char c = range[0]; c <= range[1]; c++) {
                String folded = foldDecomposing(String.valueOf(c));
                if (folded.isEmpty()) {
                    table[c] = isMark(c) ? DROPPED : NOT_ALONE;
                } else if (folded.length() == 1 && folded.charAt(0) < DROPPED) {
                    table[c] = folded.charAt(0);
                }
            }
        }
        return table;
    }

    /**
     * Folded, each word in its one spelling of i and y ({@link Spelling}: "quản lí" and "quản lý" are "quan ly"): for
     * words matched as a search matches them (a question's words and the duty clauses'), not for names and keys,
     * which keep {@link #fold}.
     */
    public static String words(String text) {
        return wordsOfFolded(fold(text));
    }

    /** {@link #words} of a text already {@link #fold folded}: a name folded for comparing, then read as words. */
    public static String wordsOfFolded(String folded) {
        char[] chars = folded.toCharArray();
        Spelling.foldedWordsToY(chars);
        return new String(chars);
    }

    /** \p{M}: the combining marks NFD splits a letter's diacritics into. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

}
