package vn.vbtrace.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One spelling for the syllables Vietnamese writes with either "i" or "y": after k, l, m, t, h, s and qu, an "i" that
 * is the whole rhyme may be written "y" and is pronounced the same ("kĩ thuật" / "kỹ thuật", "quản lí" / "quản lý",
 * "qui định" / "quy định", "tỉ lệ" / "tỷ lệ", "hi sinh" / "hy sinh", "bác sĩ" / "bác sỹ"). Both are in use: legal texts
 * mostly write "y", schoolbooks and many writers "i", so a search must not depend on which one was typed. The
 * syllables are matched in their "y" form; the texts shown keep the spelling they were written in.
 *
 * <p>Only a syllable that is exactly one of those onsets and the vowel: "thi", "khi", "chi", "nhi", "phi" (other
 * onsets), "kim", "lịch", "quyết" (a longer rhyme) and "y" alone are other words or never vary. Every change is one
 * character for one character, so offsets in a text stay where they were.
 */
public final class Spelling {

    /** The onsets after which i and y vary. */
    private static final List<String> ONSETS = List.of("k", "l", "m", "t", "h", "s", "qu");
    /** The vowel i with each tone, and y with the same tone at the same place. */
    private static final String I_FORMS = "iìíỉĩị";
    private static final String Y_FORMS = "yỳýỷỹỵ";

    private Spelling() {
    }

    /**
     * Writes the "y" spelling over the lower-case syllable {@code chars[from, from + length)} when it has the other one;
     * whether it did.
     */
    public static boolean toY(char[] chars, int from, int length) {
        int vowel = from + length - 1;
        if (!hasVaryingOnset(chars, from, length)) {
            return false;
        }
        int form = I_FORMS.indexOf(chars[vowel]);
        if (form < 0) {
            return false;
        }
        chars[vowel] = Y_FORMS.charAt(form);
        return true;
    }

    private static boolean hasVaryingOnset(char[] chars, int from, int length) {
        if (length < 2 || length > 3) {
            return false; // every syllable but these returns here
        }
        for (String onset : ONSETS) {
            if (onset.length() == length - 1 && onset.contentEquals(java.nio.CharBuffer.wrap(chars, from, length - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same rule as regular expressions over a lower-case token, each with its replacement, one per tone: what an
     * engine with Lucene's standard filters runs (index.OpenSearchMapping, pattern_replace).
     */
    public static List<Map.Entry<String, String>> replacements() {
        String onsets = String.join("|", ONSETS);
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int form = 0; form < I_FORMS.length(); form++) {
            out.add(Map.entry("^(" + onsets + ")" + I_FORMS.charAt(form) + "$", "$1" + Y_FORMS.charAt(form)));
        }
        return out;
    }

    /**
     * The "y" spelling over every word of a folded text (lower case, no diacritics; a word: a run of letters and
     * digits), in place: what the search's analyzers make of each syllable, for the code that reads texts without
     * them (snippets, the word list, the duty clauses' words: {@link TextFold#words}). Only an "i" that ends a word
     * of two or three letters can change, so the scan looks for an "i" and cuts no other word: cutting every word of
     * ten 13 KB texts cost a search 0.4 ms.
     */
    public static void foldedWordsToY(char[] folded) {
        for (int i = 1; i < folded.length; i++) {
            if (folded[i] != 'i' || i + 1 < folded.length && Character.isLetterOrDigit(folded[i + 1])) {
                continue;
            }
            int start = i - 1;
            if (start > 0 && Character.isLetterOrDigit(folded[start - 1])) {
                start--;
            }
            if (start > 0 && Character.isLetterOrDigit(folded[start - 1])) {
                continue; // four letters or more
            }
            toY(folded, start, i + 1 - start);
        }
    }
}
