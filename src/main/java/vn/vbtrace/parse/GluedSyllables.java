package vn.vbtrace.parse;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.vbtrace.document.VocabularyFile;

/**
 * Gives back the spaces a page lost between syllables: "Ủy bannhân dân", "Luật ... pháp luậtcủa Hội đồng", "Sở Tư
 * pháptại Tờ trình", "VỀVIỆC", "ViệtNam" (portals that drop the space at each line's end, or at a tag's edge, glue
 * the last word of a line to the first of the next). Vietnamese writes every syllable apart and a syllable has one
 * run of vowels, so a word with two runs of vowels and a Vietnamese letter is two syllables or more glued. It is cut
 * where each part is a syllable of the list the law texts write ({@code vocab/syllables.tsv}): the fewest parts, and
 * of cuts into as many, the one whose parts the texts write most ("cá nhân" rather than "cán hân"). A word the list
 * holds, or one no cut makes into syllables of the list ("Pleiku", a name, a foreign word), stays as it is.
 */
final class GluedSyllables {

    /** The longest syllable a cut may make: "nghiêng", "nghiệp" and codes like "ubnd" are shorter. */
    private static final int MAX_SYLLABLE = 8;
    private static final BitSet VOWELS = chars("aăâeêioôơuưy" + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ");
    /** Letters only Vietnamese writes: a word holding none is left alone ("online", "Pleiku"). */
    private static final BitSet VIETNAMESE = chars("ăâêôơưđ" + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ");
    private static final Map<String, Double> WEIGHT = load();

    private GluedSyllables() {
    }

    /** The text with a space put back between glued syllables; the same text when none is glued. */
    static MappedText split(MappedText text) {
        MappedText out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            int[] cuts = glued(text, i, end) ? cuts(text, i, end) : null;
            if (cuts != null) {
                if (out == null) {
                    out = new MappedText(text.rawLength(), text.length() + 64);
                }
                out.appendRange(text, copied, i);
                int from = i;
                for (int cut : cuts) {
                    out.appendRange(text, from, cut);
                    out.append(' ', text.offsetAt(cut));
                    from = cut;
                }
                out.appendRange(text, from, end);
                copied = end;
            }
            i = end;
        }
        if (out == null) {
            return text;
        }
        out.appendRange(text, copied, text.length());
        return out;
    }

    /** Two runs of vowels or more and a Vietnamese letter: not one syllable. */
    private static boolean glued(MappedText text, int from, int to) {
        if (to - from < 4) {
            return false;
        }
        int vowelRuns = 0;
        boolean inVowels = false;
        boolean vietnamese = false;
        for (int k = from; k < to; k++) {
            char c = Character.toLowerCase(text.charAt(k));
            boolean vowel = VOWELS.get(c);
            if (vowel && !inVowels) {
                vowelRuns++;
            }
            inVowels = vowel;
            vietnamese |= VIETNAMESE.get(c);
        }
        return vowelRuns >= 2 && vietnamese;
    }

    /**
     * Where to cut [from, to) so that every part is a listed syllable: the fewest parts, then the most written; null
     * when the word is listed itself or no such cut exists. The cuts are text indices, each the start of a part.
     */
    private static int[] cuts(MappedText text, int from, int to) {
        StringBuilder lower = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            lower.append(Character.toLowerCase(text.charAt(k)));
        }
        String word = lower.toString();
        if (WEIGHT.containsKey(word)) {
            return null;
        }
        int n = word.length();
        int[] parts = new int[n + 1];
        double[] weight = new double[n + 1];
        int[] previous = new int[n + 1];
        Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int start = 0; start < n; start++) {
            if (parts[start] == Integer.MAX_VALUE) {
                continue;
            }
            for (int end = start + 1; end <= Math.min(n, start + MAX_SYLLABLE); end++) {
                Double w = WEIGHT.get(word.substring(start, end));
                if (w == null) {
                    continue;
                }
                int p = parts[start] + 1;
                double total = weight[start] + w;
                if (p < parts[end] || p == parts[end] && total > weight[end]) {
                    parts[end] = p;
                    weight[end] = total;
                    previous[end] = start;
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) {
            return null;
        }
        int[] cuts = new int[parts[n] - 1];
        int at = n;
        for (int k = cuts.length - 1; k >= 0; k--) {
            at = previous[at];
            cuts[k] = from + at;
        }
        return cuts;
    }

    private static Map<String, Double> load() {
        Map<String, Double> weights = new HashMap<>();
        for (String[] row : VocabularyFile.SYLLABLES.read()) {
            weights.put(row[0].toLowerCase(Locale.ROOT), Math.log(Double.parseDouble(row[1])));
        }
        return weights;
    }

    private static BitSet chars(String lower) {
        BitSet set = new BitSet();
        lower.chars().forEach(set::set);
        return set;
    }
}
