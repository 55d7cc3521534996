package vn.vbtrace.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 11, point 2: the rescorings of the first hits read from their titles and texts, and the order they make. */
class HeadRescoringTests {

    private static final SearchTuning OFF = SearchTuning.PLAIN;

    @Test
    void aQuestionNamesASubjectLineWholeWithOrWithoutDiacriticsAndNotANeighboursThatSharesItsWords() {
        String rights = "Quyền của bên cầm cố\n\n1. Yêu cầu bên nhận cầm cố chấm dứt việc sử dụng tài sản cầm cố.";
        String duties = "Nghĩa vụ của bên cầm cố\n\n1. Giao tài sản cầm cố cho bên nhận cầm cố theo đúng thoả thuận.";
        for (String question : List.of("Điều nào sau đây KHÔNG đúng về quyền của bên cầm cố?",
                "dieu nao sau day khong dung ve quyen cua ben cam co")) {
            NamedSubject named = NamedSubject.of(Terms.folded(question), 0.2f).orElseThrow();
            assertThat(named.named(null, rights)).as(question).isTrue();
            assertThat(named.named(null, duties)).as(question).isFalse();
            assertThat(named.factor(null, rights)).as(question).isCloseTo(1.2, within(1e-6));
            assertThat(named.factor(null, duties)).as(question).isEqualTo(1.0);
        }
        // A short title is the subject line, before the opening line.
        NamedSubject plan = NamedSubject.of(Terms.folded("kế hoạch chuyển đổi số của tỉnh năm 2025"), 0.2f).orElseThrow();
        assertThat(plan.named("Kế hoạch chuyển đổi số", "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN")).isTrue();
        // In order and in a row: the same syllables apart or swapped do not name it.
        assertThat(NamedSubject.of(Terms.folded("quyền cầm cố của bên"), 1f).orElseThrow().named(null, rights)).isFalse();
    }

    @Test
    void aSubjectLineOfOneOrTwoSyllablesIsNotNamedByUsingTheWord() {
        NamedSubject named = NamedSubject.of(Terms.folded("Công dân trong độ tuổi nào được gọi là thanh niên?"), 1f).orElseThrow();
        assertThat(named.named(null, "Thanh niên\n\nThanh niên là công dân Việt Nam từ đủ 16 tuổi đến 30 tuổi.")).isFalse();
        assertThat(NamedSubject.of(Terms.folded("thanh niên"), 1f)).isEmpty();
    }

    @Test
    void theTuningsWeightsSayWhichRescoringsRun() {
        assertThat(HeadRescoring.of(Terms.folded("quyền của bên cầm cố"), OFF)).isEmpty();
        String rights = "Quyền của bên cầm cố\n\n1. Yêu cầu bên nhận cầm cố chấm dứt việc sử dụng tài sản cầm cố.";
        // named whole: × 1.2; the best passage, the heading line holding all 5 syllables: × (1 + 1 × 1)
        assertThat(HeadRescoring.of(Terms.folded("quyền của bên cầm cố"), OFF.withNamed(0.2f)).orElseThrow().factor(null, rights))
                .isCloseTo(1.2, within(1e-6));
        assertThat(HeadRescoring.of(Terms.folded("quyền của bên cầm cố"), OFF.withPassage(1f)).orElseThrow().factor(null, rights))
                .isCloseTo(2.0, within(1e-6));
        assertThat(HeadRescoring.of(Terms.folded("quyền của bên cầm cố"), OFF.withPassage(1f).withNamed(0.2f)).orElseThrow()
                .factor(null, rights)).isCloseTo(2.4, within(1e-6));
    }

    @Test
    void onlyTheFirstTenAreReorderedAndTheRestKeepTheirPlaces() {
        // Twelve hits, scores 12 down to 1; hit 2 (score 11) and hit 11 (score 2) hold the whole question in one line.
        HeadRescoring head = HeadRescoring.of(Terms.folded("kết hôn nghỉ 03 ngày"), OFF.withPassage(1f)).orElseThrow();
        List<Integer> ranked = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ranked.add(i);
        }
        List<HeadRescoring.Rescored<Integer>> reordered = head.reorder(ranked, i -> 13 - i, i -> null,
                i -> i == 2 || i == 11 ? "Kết hôn: nghỉ 03 ngày" : "Nghỉ hằng năm");
        // hit 2: 11 × (1 + 1) = 22 goes first; hit 1: 12 × (1 + 1/5) = 14.4 ("nghỉ" only) after it
        assertThat(reordered.get(0).hit()).isEqualTo(2);
        assertThat(reordered.get(0).score()).isEqualTo(22f);
        assertThat(reordered.get(1).hit()).isEqualTo(1);
        assertThat(reordered.get(1).score()).isCloseTo(14.4f, within(1e-4f));
        // hit 11 is outside the window: it keeps its place and its score, after every one of the first ten
        assertThat(reordered.stream().map(HeadRescoring.Rescored::hit).toList().subList(10, 12)).containsExactly(11, 12);
        assertThat(reordered.get(10).score()).isEqualTo(2f);
        // a tie keeps the first pass's order (hits 3 to 10 all hold "nghỉ" only)
        assertThat(reordered.stream().map(HeadRescoring.Rescored::hit).toList().subList(2, 10)).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
    }
}
