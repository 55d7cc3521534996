package vn.vbtrace.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a word is a Vietnamese syllable: an optional initial consonant, a vowel nucleus, an optional
 * final consonant, at most one tone mark. Text decoded with the wrong code table yields words that are
 * none ("quyõt", "®Þnh", "chaøo"); the right table yields syllables. That tells the encodings apart.
 */
final class VietnameseSyllables {

    /** The five tone marks as combining characters; the vowel marks (circumflex, breve, horn) stay. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                    + "(?:iêu|yêu|oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe"
                    + "|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
                    + "(?:ch|ng|nh|[cmnpt])?");

    private VietnameseSyllables() {
    }

    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder toneless = new StringBuilder(decomposed.length());
        int tones = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                toneless.append(c);
            }
        }
        return tones <= 1 && SYLLABLE.matcher(Normalizer.normalize(toneless, Normalizer.Form.NFC)).matches();
    }
}
