package vn.vbtrace.parse;

/**
 * Reads one line in a legacy code as Unicode. TCVN3 has no capitals for letters with a tone mark (the
 * capitals font .VnTimeH shows the lower-case codes as capitals), so they come back from the word they
 * stand in: a word whose other letters are capitals ("TØNH" → "TỈNH"; "TÙ" among words in capitals), a word
 * made only of such letters between two words in capitals, or a word that opens a line or a sentence
 * ("ñy ban" → "Ủy ban", "... 2030. ñy ban" → "... 2030. Ủy ban"). Inside a
 * sentence such a capital cannot be told from a small letter and stays small ("của ủy ban").
 */
final class LegacyDecoder {

    /** How a decoded character speaks of its word's case. */
    private enum Case { UPPER, LOWER, UNKNOWN, NONE }

    private LegacyDecoder() {
    }

    /** One line alone, taken as the start of a sentence (a paragraph of a .doc or .docx). */
    static String decode(String line, LegacyCharset charset) {
        return decode(line, charset, true);
    }

    /**
     * {@code opensSentence}: the line before it closed a sentence or there was none; a line that carries on a
     * wrapped sentence ("... các hệ thống" / "áp dụng ...") keeps its first letter small.
     */
    static String decode(String line, LegacyCharset charset, boolean opensSentence) {
        StringBuilder out = new StringBuilder(line.length());
        Case[] cases = new Case[line.length() + 1];
        int n = 0;
        int i = 0;
        while (i < line.length()) {
            Character letter = charset.letterAt(line, i, 2);
            int length = 2;
            if (letter == null) {
                letter = charset.letterAt(line, i, 1);
                length = 1;
            }
            if (letter == null) {
                char c = line.charAt(i);
                out.append(c);
                cases[n++] = !Character.isLetter(c) ? Case.NONE : Character.isUpperCase(c) ? Case.UPPER : Case.LOWER;
                i++;
                continue;
            }
            out.append(letter.charValue());
            cases[n++] = caseOf(letter, charset);
            i += length;
        }
        if (charset == LegacyCharset.TCVN3) {
            restoreCapitals(out, cases, n, opensSentence);
        }
        return out.toString();
    }

    /** A TCVN3 code of a letter whose capital has no code of its own says nothing of its case. */
    private static Case caseOf(char letter, LegacyCharset charset) {
        if (Character.isUpperCase(letter)) {
            return Case.UPPER;
        }
        if (charset == LegacyCharset.TCVN3 && charset.encode(Character.toUpperCase(letter)).equals(charset.encode(letter))) {
            return Case.UNKNOWN;
        }
        return Case.LOWER;
    }

    private static void restoreCapitals(StringBuilder out, Case[] cases, int n, boolean opensSentence) {
        java.util.List<int[]> words = words(cases, n);
        for (int w = 0; w < words.size(); w++) {
            int start = words.get(w)[0];
            int end = words.get(w)[1];
            int upper = 0;
            boolean lower = false;
            for (int i = start; i < end; i++) {
                upper += cases[i] == Case.UPPER ? 1 : 0;
                lower |= cases[i] == Case.LOWER;
            }
            // "TØNH": capitals around the letter; "Tù" (one capital, the rest unknown) is "TỰ" only among words in
            // capitals, not beside a number's codes ("Sè: 1852/Q§-UBND" is "Số:")
            int[] previous = neighbour(words, w, -1, out);
            int[] next = neighbour(words, w, 1, out);
            boolean before = previous != null && allCaps(previous, cases);
            boolean after = next != null && allCaps(next, cases);
            boolean capitals = !lower && (upper >= 2 || upper == 1 && (before || after) || upper == 0 && before && after);
            for (int i = start; i < end; i++) {
                boolean first = i == start && (w == 0 && startsLine(out, start) && (opensSentence || start > 0)
                        || afterSentenceEnd(out, start));
                if (cases[i] == Case.UNKNOWN && (capitals || first)) {
                    out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
                }
            }
        }
    }

    private static java.util.List<int[]> words(Case[] cases, int n) {
        java.util.List<int[]> words = new java.util.ArrayList<>();
        int i = 0;
        while (i < n) {
            if (cases[i] == Case.NONE) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && cases[i] != Case.NONE) {
                i++;
            }
            words.add(new int[] {start, i});
        }
        return words;
    }

    /** The nearest word before (step -1) or after (step 1) that is no part of a number ("1852/QĐ-UBND"), or null. */
    private static int[] neighbour(java.util.List<int[]> words, int w, int step, CharSequence out) {
        for (int k = w + step; k >= 0 && k < words.size(); k += step) {
            if (!inNumber(words.get(k), out)) {
                return words.get(k);
            }
        }
        return null;
    }

    private static boolean inNumber(int[] word, CharSequence out) {
        int from = word[0];
        while (from > 0 && !Character.isWhitespace(out.charAt(from - 1))) {
            from--;
        }
        int to = word[1];
        while (to < out.length() && !Character.isWhitespace(out.charAt(to))) {
            to++;
        }
        for (int i = from; i < to; i++) {
            if (Character.isDigit(out.charAt(i)) || out.charAt(i) == '/') {
                return true;
            }
        }
        return false;
    }

    /** In capitals for sure: no small letter, and two capitals, or one capital and no letter of unknown case ("Kế" may be "KẾ"). */
    private static boolean allCaps(int[] word, Case[] cases) {
        int upper = 0;
        int unknown = 0;
        for (int i = word[0]; i < word[1]; i++) {
            if (cases[i] == Case.LOWER) {
                return false;
            }
            upper += cases[i] == Case.UPPER ? 1 : 0;
            unknown += cases[i] == Case.UNKNOWN ? 1 : 0;
        }
        return upper >= 2 || upper == 1 && unknown == 0;
    }

    /** A full stop, "!" or "?" and white space before it: a sentence starts there ("... thùc hiÖn. ñy ban ..."). */
    private static boolean afterSentenceEnd(CharSequence out, int position) {
        int i = position - 1;
        if (i < 0 || !Character.isWhitespace(out.charAt(i))) {
            return false;
        }
        while (i >= 0 && Character.isWhitespace(out.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(out.charAt(i)) >= 0;
    }

    /** Only list marks and white space before it: "- ñy ban", "2. ñy ban" (a list mark opens a sentence too). */
    private static boolean startsLine(CharSequence out, int position) {
        for (int i = 0; i < position; i++) {
            char c = out.charAt(i);
            if (!Character.isWhitespace(c) && "-+•*.)0123456789".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
