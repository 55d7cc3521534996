package vn.vbtrace.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a re-derivation cut short leaves for the next start, and what that start derives from it. */
class ReextractCheckpointTests {

    @TempDir
    Path dir;

    private static List<Journal.Entry> files(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new Journal.Entry("doc-" + i, "hash-" + i, "f/" + i, "docs/" + i + ".txt"))
                .toList();
    }

    @Test
    void aRunCutShortIsTakenUpAtTheFilesTheJournalStillListsFirst() {
        Path file = dir.resolve("derivation-checkpoint");
        List<Journal.Entry> journal = files(0, 1_000);
        ReextractCheckpoint first = ReextractCheckpoint.in(file, 13);
        assertThat(first.derivedSoFar()).isZero();
        assertThat(first.stillToDerive(journal)).hasSize(1_000);
        first.derived(100);
        first.derived(100);
        // Stopped here: the 200 files derived again were committed again, so the journal lists them last, and an
        // upload made meanwhile after them.
        List<Journal.Entry> after = new ArrayList<>(journal.subList(200, 1_000));
        after.addAll(journal.subList(0, 200));
        after.add(new Journal.Entry("new", "hash-new", "f/new", "upload.pdf"));

        ReextractCheckpoint next = ReextractCheckpoint.in(file, 13);
        assertThat(next.derivedSoFar()).isEqualTo(200);
        assertThat(next.stillToDerive(after)).containsExactlyElementsOf(journal.subList(200, 1_000));
        next.derived(800);
        next.finished();
        assertThat(file).doesNotExist();
        assertThat(ReextractCheckpoint.in(file, 13).derivedSoFar()).isZero();
    }

    @Test
    void idsLeftBehindAreKeptAcrossRunsAndAcrossVersions() {
        Path file = dir.resolve("derivation-checkpoint");
        ReextractCheckpoint first = ReextractCheckpoint.in(file, 13);
        first.stillToDerive(files(0, 10));
        first.left("sha256:abc");
        first.derived(5);

        // A release of derivation version 14 before version 13's run ended: every document is derived again, and the
        // id the first run found left behind is still to retire.
        ReextractCheckpoint upgraded = ReextractCheckpoint.in(file, 14);
        assertThat(upgraded.derivedSoFar()).isZero();
        assertThat(upgraded.leftIds()).containsExactly("sha256:abc");
        assertThat(upgraded.stillToDerive(files(0, 10))).hasSize(10);
    }

    @Test
    void anUnreadableFileStartsOver() throws Exception {
        Path file = dir.resolve("derivation-checkpoint");
        Files.writeString(file, "version 13\ntotal many\nderived 500\n");
        ReextractCheckpoint checkpoint = ReextractCheckpoint.in(file, 13);
        assertThat(checkpoint.derivedSoFar()).isZero();
        assertThat(checkpoint.stillToDerive(files(0, 10))).hasSize(10);
    }

    @Test
    void aJournalShorterThanTheCountLeftIsDerivedWhole() {
        Path file = dir.resolve("derivation-checkpoint");
        ReextractCheckpoint first = ReextractCheckpoint.in(file, 13);
        first.stillToDerive(files(0, 100));
        first.derived(10);
        // Documents deleted meanwhile: fewer files than the 90 left. Derive what there is.
        assertThat(ReextractCheckpoint.in(file, 13).stillToDerive(files(10, 50))).hasSize(40);
    }

    @Test
    void onDemandNothingIsWritten() {
        ReextractCheckpoint checkpoint = ReextractCheckpoint.notKept();
        checkpoint.stillToDerive(files(0, 3));
        checkpoint.left("sha256:abc");
        checkpoint.derived(3);
        checkpoint.finished();
        assertThat(checkpoint.leftIds()).containsExactly("sha256:abc");
        assertThat(dir).isEmptyDirectory();
    }
}
