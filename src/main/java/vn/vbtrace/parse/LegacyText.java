package vn.vbtrace.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds text typed in a legacy Vietnamese code (TCVN3 or VNI) and turns it into Unicode, before
 * normalization. A text's lines are looked at one by one, so a Unicode document with a header left
 * in .VnTime converts that header only. A line is a candidate when it holds characters of the
 * Latin-1 range and no letter that only Unicode Vietnamese has (ạ, ơ, đ, ế ...): each code's reading
 * of the candidates is scored by how many of its words are Vietnamese syllables, against the
 * reading as it stands; a code is used only when it turns clearly more words into syllables, and
 * only on the lines it improves. Plain ASCII, English and Unicode Vietnamese are left as they are.
 * A .txt file's bytes that are no UTF-8 are read the same way, Windows-1258 being one more reading.
 */
public final class LegacyText {

    /** A code is used when it makes this many more words syllables than the text as it stands... */
    private static final int MIN_GAIN = 3;
    /** ... and when that is at least this share of the candidate lines' words with non-ASCII letters. */
    private static final double MIN_GAIN_SHARE = 0.2;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private LegacyText() {
    }

    /** The text with its legacy-coded lines in Unicode; the same string when it has none. */
    public static String toUnicode(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isCandidate(lines.get(i))) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return text;
        }
        LegacyCharset best = null;
        int bestGain = 0;
        int words = 0;
        for (int i : candidates) {
            words += Score.of(lines.get(i)).words();
        }
        for (LegacyCharset charset : LegacyCharset.values()) {
            int gain = 0;
            Score decodedTotal = Score.NONE;
            for (int i : candidates) {
                Score decoded = Score.of(LegacyDecoder.decode(lines.get(i), charset, opensSentence(lines, i)));
                gain += Math.max(0, decoded.value() - Score.of(lines.get(i)).value());
                decodedTotal = decodedTotal.plus(decoded);
            }
            if (gain > bestGain && decodedTotal.readsAsVietnamese()) {
                best = charset;
                bestGain = gain;
            }
        }
        if (best == null || bestGain < MIN_GAIN || bestGain < MIN_GAIN_SHARE * words) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (candidates.contains(i)) {
                String decoded = LegacyDecoder.decode(line, best, opensSentence(lines, i));
                int gain = Score.of(decoded).value() - Score.of(line).value();
                if (gain > 0 || gain == 0 && !decoded.equals(line) && hasNonVietnameseLatin1(line)) {
                    line = decoded; // "Sè: 1852/Q§-UBND" scores alike both ways, but § and Ñ write no Vietnamese letter
                }
            }
            out.append(line);
            if (i + 1 < lines.size()) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Whether line {@code i} opens a sentence: the first line, or the one before it is blank, a heading or closes one. */
    static boolean opensSentence(List<String> lines, int i) {
        if (i == 0) {
            return true;
        }
        String before = lines.get(i - 1).strip();
        return before.isEmpty() || ".;:!?".indexOf(before.charAt(before.length() - 1)) >= 0 || isHeading(before);
    }

    /** A heading in capitals, judged by its ASCII letters (its legacy letters carry no case). */
    private static boolean isHeading(String line) {
        int upper = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            upper += c >= 'A' && c <= 'Z' ? 1 : 0;
        }
        return upper >= 2;
    }

    /** The text of a .txt file's bytes: UTF-8, else the reading (Windows-1258, TCVN3, VNI) with the most syllables. */
    static String decode(byte[] bytes) {
        String utf8 = utf8(bytes);
        if (utf8 != null) {
            return toUnicode(utf8);
        }
        String windows1258 = Normalizer.normalize(new String(bytes, WINDOWS_1258), Normalizer.Form.NFC);
        String legacy = toUnicode(new String(bytes, WINDOWS_1252));
        return Score.of(legacy).value() > Score.of(windows1258).value() ? legacy : windows1258;
    }

    /** The bytes as UTF-8, or null when they are not UTF-8. */
    private static String utf8(byte[] bytes) {
        // The String constructor's UTF-8 decoding is the JDK's fastest (a charset decoder took 4 % of an ingest's parse
        // and extract time); it writes U+FFFD for a malformed byte, so only a text holding one is decoded again
        // strictly to tell a malformed byte from a U+FFFD the file really holds.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The Latin-1 letters that Vietnamese writes in Unicode; the others (§, ®, Ñ, Õ, ...) are no Vietnamese. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";

    private static boolean hasNonVietnameseLatin1(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c > 0xA0 && c <= 0xFF && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Latin-1 letters or symbols, no letter only Unicode Vietnamese has. */
    private static boolean isCandidate(String line) {
        boolean latin1 = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x0100 && Character.isLetter(c)) {
                return false; // ạ, ơ, đ, ế: the line is Unicode Vietnamese already
            }
            if (c >= 0xA0 && c <= 0xFF) {
                latin1 = true;
            }
        }
        return latin1;
    }

    /**
     * Of the words that hold a letter outside ASCII: how many ({@code words}) and how many are syllables
     * ({@code syllables}); {@code value} is syllables minus the others. Of all words with a letter: how many
     * ({@code allWords}) and how many are syllables ({@code allSyllables}).
     */
    private record Score(int value, int words, int syllables, int allWords, int allSyllables) {

        static final Score NONE = new Score(0, 0, 0, 0, 0);

        static Score of(String text) {
            int words = 0;
            int syllables = 0;
            int allWords = 0;
            int allSyllables = 0;
            int i = 0;
            while (i < text.length()) {
                if (!isWordChar(text.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                boolean nonAscii = false;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    nonAscii |= text.charAt(i) > 0x7F;
                    i++;
                }
                boolean syllable = VietnameseSyllables.isSyllable(text.substring(start, i));
                allWords++;
                allSyllables += syllable ? 1 : 0;
                if (nonAscii) {
                    words++;
                    syllables += syllable ? 1 : 0;
                }
            }
            return new Score(2 * syllables - words, words, syllables, allWords, allSyllables);
        }

        Score plus(Score other) {
            return new Score(value + other.value, words + other.words, syllables + other.syllables,
                    allWords + other.allWords, allSyllables + other.allSyllables);
        }

        /**
         * Vietnamese read right: nearly every word with a diacritic is a syllable, and most words are. An English
         * text read as TCVN3 turns "×" or "µm" into syllables, never "café" or "résumé", nor "committee".
         */
        boolean readsAsVietnamese() {
            return syllables >= 0.7 * words && allSyllables >= 0.5 * allWords;
        }

        /** Letters, and the symbols that legacy codes use for letters ("®" is đ in TCVN3): they make up a word. */
        private static boolean isWordChar(char c) {
            return Character.isLetter(c) || c > 0xA0 && c <= 0xFF; // × and ÷ too: ì and ữ in TCVN3
        }
    }
}
