package vn.vbtrace.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 11, point 2: the share of a question that one passage of an article holds (HeadRescoringTests: the order it makes). */
class BestPassageTests {

    /** Two articles of one law: the words of the question spread over a whole article, or standing in one clause. */
    private static final String SPREAD = """
            Nghỉ hằng năm

            1. Người lao động làm việc đủ 12 tháng cho một người sử dụng lao động thì được nghỉ hằng năm.
            2. Người lao động có dưới 12 tháng làm việc thì thời gian nghỉ hằng năm theo tỷ lệ tương ứng.
            3. Trường hợp kết hôn trong thời gian nghỉ hằng năm thì được tính theo quy định.""";
    private static final String TOGETHER = """
            Nghỉ việc riêng, nghỉ không hưởng lương

            1. Người lao động được nghỉ việc riêng mà vẫn hưởng nguyên lương trong trường hợp sau đây:
            a) Người lao động kết hôn: nghỉ 03 ngày;
            b) Con đẻ, con nuôi kết hôn: nghỉ 01 ngày.""";

    private static BestPassage asked(String question, float weight) {
        return BestPassage.of(Terms.folded(question), weight).orElseThrow();
    }

    @Test
    void theShareIsOfTheQuestionsSyllablesThatOneLineOrSentenceHoldsWithOrWithoutDiacritics() {
        for (String question : List.of("Người lao động kết hôn được nghỉ mấy ngày?", "nguoi lao dong ket hon duoc nghi may ngay")) {
            BestPassage passage = asked(question, 1);
            // 9 distinct syllables: người lao động kết hôn được nghỉ mấy ngày
            assertThat(passage.syllables()).as(question).isEqualTo(9);
            // TOGETHER's "a) Người lao động kết hôn: nghỉ 03 ngày;" holds 7 of them (not được, mấy); SPREAD's best
            // sentence 5 (người lao động được nghỉ), though the article holds 7 too, over three sentences
            assertThat(passage.share(TOGETHER)).as(question).isCloseTo(7.0 / 9, within(1e-9));
            assertThat(passage.share(SPREAD)).as(question).isCloseTo(5.0 / 9, within(1e-9));
            // one sentence with every word of the question
            assertThat(passage.share("Người lao động kết hôn được nghỉ 03 ngày, mấy ngày khác không.")).as(question)
                    .isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void aPassageEndsAtALineBreakASemicolonOrAFullStopBeforeASpaceNotInsideANumber() {
        BestPassage passage = asked("kết hôn nghỉ 03 ngày", 1);
        assertThat(passage.share("kết hôn: nghỉ 03 ngày")).isEqualTo(1.0);
        assertThat(passage.share("kết hôn. nghỉ 03 ngày")).isEqualTo(0.6);
        assertThat(passage.share("kết hôn; nghỉ 03 ngày")).isEqualTo(0.6);
        assertThat(passage.share("kết hôn\nnghỉ 03 ngày")).isEqualTo(0.6);
        // "Điều 1.2" and "1.000" are one passage; whole words only: "kết hôn" in "kếthôn" is not
        assertThat(asked("điều 1 2 kết hôn", 1).share("Điều 1.2 kết hôn")).isEqualTo(1.0);
        assertThat(passage.share("kếthôn nghỉ")).isEqualTo(0.2);
        assertThat(passage.share("")).isZero();
        assertThat(passage.share(null)).isZero();
    }

    @Test
    void noRescoringWithoutAWeightOrASyllable() {
        assertThat(BestPassage.of(Terms.folded("kết hôn"), 0)).isEmpty();
        assertThat(BestPassage.of(List.of(), 1)).isEmpty();
    }
}
