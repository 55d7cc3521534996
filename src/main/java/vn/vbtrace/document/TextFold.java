package vn.vbtrace.document;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text compared as staff type it, with or without diacritics: "Sở Tài chính", "so tai chinh" and "SỞ TÀI CHÍNH"
 * fold alike. Numbers' keys ({@link DocumentNumbers#key}), names of bodies, provinces, programs and vocabulary
 * words are all compared this way. (The search index folds char by char instead, keeping offsets: index.Fold.)
 */
public final class TextFold {

    private TextFold() {
    }

    /** Lower case without diacritics (đ becomes d); spaces and everything else kept. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd').replace('Đ', 'd');
        if (isAscii(lower)) {
            return lower; // most numbers: nothing to decompose (asked for every number of every document)
        }
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

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

}
