package vn.vbtrace.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vbtrace.document.TextFold;

/**
 * How a "who is responsible" question's words meet a clause: its frame dropped, a word found only in the clause's
 * document (title, number, province) counting the tuning's share, a word typed with diacritics matching another
 * syllable with the same letters less, a rare word weighing more than a common one.
 */
class QuestionTermsTests {

    private static final Supplier<QuestionTerms.Words> NO_CONTEXT = () -> QuestionTerms.Words.of("", "", false);

    @Test
    void theQuestionsFrameIsNotItsContent() {
        assertThat(new QuestionTerms("Cơ quan nào chịu trách nhiệm bố trí kinh phí?").words).containsExactly("bo", "tri", "kinh", "phi");
    }

    @Test
    void aWordOnlyInTheClausesDocumentCountsTheContextsShare() {
        // "ai thi hành kế hoạch phòng chống lao Bắc Kạn": the clause says only "thi hành Quyết định này".
        QuestionTerms terms = new QuestionTerms("thi hành kế hoạch chống lao Bắc Kạn");
        QuestionTerms.Words clause = terms.wordsOf("Sở Y tế chịu trách nhiệm thi hành Quyết định này");
        QuestionTerms.Words plan = terms.wordsOf("Kế hoạch phòng, chống bệnh lao giai đoạn 2021-2025 Bắc Kạn");
        double alone = terms.score(clause, () -> plan, tuning(0, 1), terms.evenly());
        double withPlan = terms.score(clause, () -> plan, tuning(1, 1), terms.evenly());
        double halfPlan = terms.score(clause, () -> plan, tuning(0.5, 1), terms.evenly());

        // Of its 7 words ("thi" frames questions), 1 in the clause ("hanh") with the pair "thi hanh", 6 in the plan's title
        // and province.
        assertThat(alone).isCloseTo(1.0 / 7 + 0.5 / 7, within(1e-9));
        assertThat(withPlan).isCloseTo(7.0 / 7 + 0.5 / 7, within(1e-9));
        assertThat(halfPlan).isCloseTo(4.0 / 7 + 0.5 / 7, within(1e-9));
        // Nothing of the clause itself: no answer, whatever its document says.
        assertThat(terms.score(terms.wordsOf("Sở Nội vụ tổng hợp"), () -> plan, tuning(1, 1), terms.evenly())).isZero();
    }

    @Test
    void aWordTypedWithDiacriticsMatchesAnotherSyllableOfTheSameLettersLess() {
        QuestionTerms typed = new QuestionTerms("phóng tàu");
        QuestionTerms.Words office = typed.wordsOf("Văn phòng UBND tỉnh tâu trình");
        QuestionTerms.Words launch = typed.wordsOf("Trung tâm phóng tàu");

        assertThat(typed.score(launch, NO_CONTEXT, tuning(0, 0.5), typed.evenly())).isCloseTo(1 + 0.5, within(1e-9));
        assertThat(typed.score(office, NO_CONTEXT, tuning(0, 0.5), typed.evenly())).isCloseTo(0.5, within(1e-9));
        assertThat(typed.score(office, NO_CONTEXT, tuning(0, 1), typed.evenly())).isCloseTo(1, within(1e-9));
        // Typed without them, any syllable of those letters is the word; "quản lí" is "quản lý" either way.
        QuestionTerms bare = new QuestionTerms("phong tau");
        assertThat(bare.score(office, NO_CONTEXT, tuning(0, 0), bare.evenly())).isCloseTo(1, within(1e-9));
        QuestionTerms spelled = new QuestionTerms("quản lí");
        assertThat(spelled.score(spelled.wordsOf("Ban quản lý dự án"), NO_CONTEXT, tuning(0, 0), spelled.evenly()))
                .isCloseTo(1.5, within(1e-9));
    }

    @Test
    void aRareWordWeighsMoreThanACommonOne() {
        QuestionTerms terms = new QuestionTerms("thực hiện H5N1");
        // Of 1,000 clauses, 900 say "thực hiện", 2 "H5N1".
        Map<String, Double> weights = terms.byRarity(Map.of("thuc", 900, "hien", 900, "h5n1", 2), 1000);
        assertThat(weights.get("h5n1")).isGreaterThan(5 * weights.get("thuc"));

        QuestionTerms.Words common = terms.wordsOf("UBND huyện thực hiện phòng chống dịch");
        QuestionTerms.Words rare = terms.wordsOf("Chi cục Thú y giám sát H5N1");
        // Evenly, the clause with two of the three words (and their pair) wins; by rarity, the one with the rare word.
        assertThat(terms.score(common, NO_CONTEXT, tuning(0, 1), terms.evenly()))
                .isGreaterThan(terms.score(rare, NO_CONTEXT, tuning(0, 1), terms.evenly()));
        assertThat(terms.score(rare, NO_CONTEXT, tuning(0, 1), weights))
                .isGreaterThan(terms.score(common, NO_CONTEXT, tuning(0, 1), weights));
    }

    private static ResponsibleTuning tuning(double contextWeight, double foldedOnlyWeight) {
        return new ResponsibleTuning(contextWeight, 0, foldedOnlyWeight, false);
    }

    @Test
    void aTextSplitsIntoTheWordsTheTaskIndexHas() throws IOException {
        // The task index's tokenizer splits at this pattern (TaskClauses.NON_WORD); the scoring splits by hand.
        Pattern notAWord = Pattern.compile("[^\\p{L}\\d]+");
        assertThat(QuestionTerms.split("Sở Tài chính, UBND tỉnh (Bắc Kạn) 1852/QĐ-UBND")).containsExactly("Sở", "Tài", "chính",
                "UBND", "tỉnh", "Bắc", "Kạn", "1852", "QĐ", "UBND");
        long lines = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/seeds"))) {
            for (Path path : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readAllLines(path)) {
                    for (String text : new String[] {line, TextFold.words(line)}) {
                        assertThat(QuestionTerms.split(text)).as(text)
                                .isEqualTo(Arrays.stream(notAWord.split(text)).filter(w -> !w.isEmpty()).toList());
                    }
                    lines++;
                }
            }
        }
        assertThat(lines).isGreaterThan(500);
    }
}
