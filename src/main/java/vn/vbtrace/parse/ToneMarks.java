package vn.vbtrace.parse;

import java.text.Normalizer;

/**
 * One tone-mark placement: the traditional style on the open syllables "oa", "oe", "uy"
 * (hoá → hóa, khoẻ → khỏe, thuỷ → thủy, Uỷ → Ủy). Closed syllables (hoàn, toán, ngoài, khuỷu)
 * and "qu" + y (quý, quỹ) are already right in both styles and stay as they are.
 * Every replacement is one character for one character, so offsets do not move.
 */
final class ToneMarks {

    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private ToneMarks() {
    }

    static void toTraditional(MappedText text) {
        for (int i = 1; i < text.length(); i++) {
            char first = text.charAt(i - 1);
            char second = text.charAt(i);
            if (!startsPair(first) || !isOpenPair(text, i - 1, i)) {
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(second), Normalizer.Form.NFD);
            if (decomposed.length() != 2 || TONES.indexOf(decomposed.charAt(1)) < 0) {
                continue;
            }
            char base = decomposed.charAt(0);
            if (!matchesPair(first, base)) {
                continue;
            }
            String marked = Normalizer.normalize(first + decomposed.substring(1), Normalizer.Form.NFC);
            if (marked.length() == 1) {
                text.setChar(i - 1, marked.charAt(0));
                text.setChar(i, base);
            }
        }
    }

    /** The pair ends the syllable (no final consonant or vowel after it) and is not "qu" + y. */
    private static boolean isOpenPair(MappedText text, int first, int second) {
        if (second + 1 < text.length() && Character.isLetter(text.charAt(second + 1))) {
            return false;
        }
        char lead = text.charAt(first);
        if ((lead == 'u' || lead == 'U') && first > 0) {
            char before = text.charAt(first - 1);
            if (before == 'q' || before == 'Q') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code first} can open a pair at all ({@link #matchesPair} needs an "o" or "u" in either case): asked
     * before the second letter is decomposed, which every word's end would otherwise cost.
     */
    private static boolean startsPair(char first) {
        char a = Character.toLowerCase(first);
        return a == 'o' || a == 'u';
    }

    private static boolean matchesPair(char first, char secondBase) {
        char a = Character.toLowerCase(first);
        char b = Character.toLowerCase(secondBase);
        return (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
    }
}
