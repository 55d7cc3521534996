package vn.vbtrace.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the log says while a new release derives a data folder's documents again before the server answers. */
class DerivationProgressTests {

    @Test
    void theLineSaysHowManyOfHowManyAndHowFast() {
        long[] now = {0};
        DerivationProgress progress = fed(new DerivationProgress(100_000, 0, () -> now[0]), 12_000, 5_000_000, now); // 200 a second
        assertThat(progress.done()).isEqualTo(12_000);
        assertThat(progress.line(now[0])).isEqualTo("Re-derived 12,000 of 100,000 stored documents (12 %), 200 a second");
    }

    @Test
    void aRunGoingOnAfterAnEarlierStartCountsWhatThatOneDerivedButNotInItsRate() {
        long[] now = {0};
        DerivationProgress progress = fed(new DerivationProgress(100_000, 40_000, () -> now[0]), 1_000, 10_000_000, now); // 100 a second
        assertThat(progress.line(now[0])).isEqualTo("Re-derived 41,000 of 100,000 stored documents (41 %), 100 a second");
    }

    @Test
    void originalsTheIndexLostCountInTheTotal() {
        DerivationProgress progress = new DerivationProgress(0, 0, () -> 0L);
        progress.accept("docs/a.txt");
        assertThat(progress.line(2_000_000_000L)).isEqualTo("Re-derived 1 of 1 stored documents (100 %), 1 a second");
    }

    @Test
    void anEmptyFolderIsDoneAtOnce() {
        assertThat(new DerivationProgress(0, 0, () -> 0L).line(1_000_000_000L))
                .isEqualTo("Re-derived 0 of 0 stored documents (100 %), 0 a second");
    }

    /** {@code documents} derived again, one every {@code nanosEach} on the clock {@code now}. */
    private static DerivationProgress fed(DerivationProgress progress, int documents, long nanosEach, long[] now) {
        for (int i = 0; i < documents; i++) {
            now[0] += nanosEach;
            progress.accept("docs/" + i + ".txt");
        }
        return progress;
    }
}
