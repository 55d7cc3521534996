package vn.vbtrace.index;

import org.junit.jupiter.api.Test;
import vn.vbtrace.document.Spelling;
import vn.vbtrace.document.TextFold;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 11, points 2 and 3: a syllable spelled with i or y is one syllable to the search (Spelling). SearchContractIT
 * asks both engines for the same documents under both spellings; AlqacCrossValidationTests the same ranking.
 */
class SpellingTests {

    @Test
    void theAnalyzersWriteTheSyllablesThatVaryInTheirYSpellingWithTheirTone() {
        assertThat(Terms.exact("Kĩ thuật, quản lí, QUÍ, qui định, tỉ lệ, hi sinh, Mĩ, bác sĩ"))
                .containsExactly("kỹ", "thuật", "quản", "lý", "quý", "quy", "định", "tỷ", "lệ", "hy", "sinh", "mỹ", "bác", "sỹ");
        assertThat(Terms.folded("Kĩ thuật, quản lí, qui định")).containsExactly("ky", "thuat", "quan", "ly", "quy", "dinh");
        assertThat(Terms.exact("kĩ thuật")).isEqualTo(Terms.exact("kỹ thuật"));
    }

    @Test
    void otherOnsetsAndLongerRhymesAreOtherWordsAndStayAsTheyAre() {
        // thi (exam) is not thy, khi (when) not khy; kim, lịch, quyết have more than the vowel; y alone never varies.
        List<String> unchanged = List.of("thi", "khi", "chi", "nhi", "phi", "ghi", "ngi", "kim", "lịch", "quyết", "y", "ý", "i");
        assertThat(Terms.exact(String.join(" ", unchanged))).isEqualTo(unchanged);
    }

    @Test
    void snippetsAndPassagesReadTheTextInTheSameSpellingWithoutMovingAnOffset() {
        String text = "Hỗ trợ kĩ thuật; quản lí chất lượng.";
        String folded = Fold.chars(text);
        assertThat(folded).isEqualTo("ho tro ky thuat; quan ly chat luong.").hasSameSizeAs(text);
        // At the text's two ends, beside punctuation and digits; not "khi", "nghi", "thi", "ki" inside a word.
        assertThat(Fold.chars("Kí, QUÍ;khi nghi thi kim 2li Lí")).isEqualTo("ky, quy;khi nghi thi kim 2li ly");
        // The question says "kỹ thuật", the text "kĩ thuật": the passage holds both of its syllables.
        BestPassage passage = BestPassage.of(Terms.folded("kỹ thuật"), 1).orElseThrow();
        assertThat(passage.share(text)).isCloseTo(1.0, within(1e-9));
        assertThat(BestPassage.of(Terms.folded("quản lý"), 1).orElseThrow().share("quản lí")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theDutyClausesWordsAndTheQuestionsFoldToTheSameSpellingAndNamesKeepTheirs() {
        assertThat(TextFold.words("Quản lí, KĨ thuật; khi QUI định")).isEqualTo("quan ly, ky thuat; khi quy dinh");
        assertThat(TextFold.fold("Quản lí")).isEqualTo("quan li");
    }

    @Test
    void anEngineWithStandardFiltersGetsTheSameRuleOneReplacementPerTone() {
        assertThat(Spelling.replacements()).hasSize(6);
        for (var rule : Spelling.replacements()) {
            for (String onset : List.of("k", "l", "m", "t", "h", "s", "qu")) {
                String iForm = rule.getKey().substring(rule.getKey().length() - 2, rule.getKey().length() - 1);
                String token = onset + iForm;
                char[] chars = token.toCharArray();
                Spelling.toY(chars, 0, chars.length);
                assertThat(token.replaceAll(rule.getKey(), rule.getValue())).as(token).isEqualTo(new String(chars));
            }
            assertThat("thi".replaceAll(rule.getKey(), rule.getValue())).isEqualTo("thi");
        }
    }
}
