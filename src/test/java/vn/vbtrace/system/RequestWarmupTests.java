package vn.vbtrace.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.vbtrace.document.TextFold;

/** The warm-up's questions; what it asks of a real server is {@code web.RequestWarmupIT}'s. */
class RequestWarmupTests {

    @Test
    void aQuestionIsTwoToSixConsecutiveWordsOfTheTextInLowerCaseSomeWithoutDiacritics() {
        String text = "Sở Tài chính chủ trì, bố trí kinh phí thực hiện Kế hoạch trước ngày 30/6/2025.";
        String words = "sở tài chính chủ trì bố trí kinh phí thực hiện kế hoạch trước ngày";
        Random random = new Random(7);
        int folded = 0;
        for (int i = 0; i < 300; i++) {
            String question = RequestWarmup.question(text, random);
            int count = question.split(" ").length;
            assertThat(count).as(question).isBetween(2, 6);
            if (!words.contains(question)) {
                assertThat(TextFold.fold(words)).as(question).contains(question);
                folded++;
            }
        }
        assertThat(folded).as("about a third typed without diacritics").isBetween(60, 140);
    }

    @Test
    void theServersOwnRequestsAreKnownByTheirMarkAndNoOtherIs() {
        ServerActivity activity = new ServerActivity();
        assertThat(activity.isOwn(activity.mark())).isTrue();
        assertThat(activity.isOwn(new ServerActivity().mark())).as("another process's mark").isFalse();
        assertThat(activity.isOwn(null)).isFalse();
        assertThat(activity.isOwn("")).isFalse();
    }
}
