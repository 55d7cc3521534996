package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * QuickMatcher finds exactly what {@link Matcher#find()} finds, looking only where a match can begin: the
 * lookbehinds still see the text before the place tried, matches do not overlap, and a word that occurs
 * inside a longer word is a candidate the pattern itself rejects.
 */
class QuickMatcherTests {

    static List<Arguments> forms() {
        String duties = "Sở Tài chính có trách nhiệm bố trí kinh phí; các sở có trách nhiệm phối hợp. "
                + "Sở Y tế là cơ quan thường trực của Chương trình. Giao cho Sở Nội vụ; giao Sở Tư pháp.";
        return List.of(
                // a lookbehind before the word: "có trách nhiệm" not inside another word
                Arguments.of("(?<!\\p{L})có trách nhiệm[ \\t]+(?=\\p{Ll})", QuickMatcher.Starts.words("có trách nhiệm"), duties),
                // case-insensitive "giao", started from both cases of its first letter
                Arguments.of("(?<!\\p{L})(?iu:giao)\\s+(?:cho\\s+)?", QuickMatcher.Starts.chars("gG"), duties),
                // several words: a law's type, "Luật" also inside "Bộ luật"'s neighbour "Luật sư" (rejected by the pattern)
                Arguments.of("(?<![\\p{L}])(?<type>Bộ luật|Luật|Pháp lệnh)\\s+(?=\\p{Lu})", QuickMatcher.Starts.words("Bộ luật", "Luật", "Pháp lệnh"),
                        "Căn cứ Bộ luật Lao động, Luật Đầu tư, Pháp lệnh Thư viện và Luậtsư X; Bộ luật Dân sự."),
                // a number from its first digit, not inside another number or after a slash
                Arguments.of("\\d(?<![\\p{L}\\d/.,-]\\d)\\d{0,5}/[A-Z]+", QuickMatcher.Starts.chars("0123456789"),
                        "Số 12/QĐ, 3.456/UBND, 1322/QĐ và 20/2010/TT"),
                // no candidate at all
                Arguments.of("cơ quan thường trực", QuickMatcher.Starts.words("cơ quan thường trực"), "không có gì"));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void findsWhatFindFinds(String regex, QuickMatcher.Starts starts, String text) {
        Pattern pattern = Pattern.compile(regex);
        List<String> expected = new ArrayList<>();
        Matcher plain = pattern.matcher(text);
        while (plain.find()) {
            expected.add(plain.start() + "-" + plain.end() + ":" + plain.group());
        }
        List<String> found = new ArrayList<>();
        QuickMatcher quick = QuickMatcher.of(pattern, starts, text);
        while (quick.find()) {
            found.add(quick.start() + "-" + quick.end() + ":" + quick.group());
        }
        assertThat(found).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void skipToLeavesOutWhatStartsBefore(String regex, QuickMatcher.Starts starts, String text) {
        Pattern pattern = Pattern.compile(regex);
        int half = text.length() / 2;
        List<Integer> expected = new ArrayList<>();
        Matcher plain = pattern.matcher(text);
        while (plain.find()) {
            if (plain.start() >= half) {
                expected.add(plain.start());
            }
        }
        List<Integer> found = new ArrayList<>();
        QuickMatcher quick = QuickMatcher.of(pattern, starts, text);
        quick.skipTo(half);
        while (quick.find()) {
            found.add(quick.start());
        }
        assertThat(found).isEqualTo(expected);
    }
}
