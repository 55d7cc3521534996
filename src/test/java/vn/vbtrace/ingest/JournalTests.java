package vn.vbtrace.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.DocumentNumbers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal of batches: one line a batch, its end one more; what a crash leaves is read back as pending. */
class JournalTests {

    @TempDir
    Path dir;

    private static Journal.Entry entry(int i) {
        return new Journal.Entry("n" + i, "hash" + i, "ha/hash" + i + ".txt", "docs/00000" + i + ".txt");
    }

    /** A new data folder: the server starts on it and asks the journal before any ingest wrote the file. */
    @Test
    void aJournalWithNoFileYetRegistersNothingAndWritesNothing() {
        Path file = dir.resolve("journal.log");
        FileJournal journal = new FileJournal(file);
        assertThat(journal.committed()).isEmpty();
        assertThat(journal.committedOf("n1")).isEmpty();
        assertThat(journal.isCommitted("hash1")).isFalse();
        assertThat(journal.pendingBatches()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aCommittedBatchRegistersEachFileAndABegunOneIsPendingAfterARestart() {
        Path file = dir.resolve("journal.log");
        FileJournal journal = new FileJournal(file);
        Journal.Batch first = journal.beginBatch(List.of(entry(1), entry(2)));
        journal.commitBatch(first);
        Journal.Batch second = journal.beginBatch(List.of(entry(3), entry(4), entry(5)));

        FileJournal reopened = new FileJournal(file);
        assertThat(reopened.isCommitted("hash1")).isTrue();
        assertThat(reopened.isCommitted("hash2")).isTrue();
        assertThat(reopened.isCommitted("hash3")).isFalse();
        assertThat(reopened.committed()).containsExactly(entry(1), entry(2));
        assertThat(reopened.pendingBatches()).singleElement().satisfies(batch -> {
            assertThat(batch.number()).isEqualTo(second.number());
            assertThat(batch.entries()).containsExactly(entry(3), entry(4), entry(5));
        });
        // Numbers go on from the last one written.
        assertThat(reopened.beginBatch(List.of(entry(6))).number()).isGreaterThan(second.number());
    }

    @Test
    void aBatchLineTornByACrashWasNeverActedOnAndTheNextLineStartsOnItsOwn() throws Exception {
        Path file = dir.resolve("journal.log");
        FileJournal journal = new FileJournal(file);
        journal.commitBatch(journal.beginBatch(List.of(entry(1))));
        // A crash while writing the next batch's line: cut short, no END, no newline.
        String whole = "BATCH\t9\t2\tn2\thash2\tha/hash2.txt\tdocs/2.txt\tn3\thash3\tha/hash3.txt\tdocs/3.txt\tEND\n";
        Files.writeString(file, whole.substring(0, whole.length() - 12), StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        FileJournal reopened = new FileJournal(file);
        assertThat(reopened.pendingBatches()).isEmpty();
        assertThat(reopened.isCommitted("hash1")).isTrue();
        Journal.Batch next = reopened.beginBatch(List.of(entry(4)));
        assertThat(new FileJournal(file).pendingBatches()).singleElement()
                .satisfies(batch -> assertThat(batch.number()).isEqualTo(next.number()));
    }

    @Test
    void anAbortedBatchAndARemovalEndAsTheySay() {
        Path file = dir.resolve("journal.log");
        FileJournal journal = new FileJournal(file);
        journal.abortBatch(journal.beginBatch(List.of(entry(1))));
        Journal.Batch removal = journal.beginRemoval(List.of("n7", "n8"));

        FileJournal reopened = new FileJournal(file);
        assertThat(reopened.isCommitted("hash1")).isFalse();
        assertThat(reopened.pendingBatches()).singleElement()
                .satisfies(batch -> assertThat(batch.removals()).containsExactly("n7", "n8"));
        reopened.commitBatch(reopened.pendingBatches().getFirst());
        assertThat(new FileJournal(file).pendingBatches()).isEmpty();
        assertThat(removal.entries()).isEmpty();
    }

    @Test
    void aFolderFromBeforeBatchesIsReadTheSameWay() throws Exception {
        Path file = dir.resolve("journal.log");
        Files.writeString(file, """
                BEGIN\tn1\thash1\tha/hash1.txt\tcorpus/a.txt
                COMMIT\tn1\thash1
                BEGIN\tn2\thash2\tha/hash2.txt\tcorpus/b.txt
                """, StandardCharsets.UTF_8);
        FileJournal journal = new FileJournal(file);
        assertThat(journal.isCommitted("hash1")).isTrue();
        assertThat(journal.pendingBatches()).singleElement().satisfies(batch ->
                assertThat(batch.entries()).containsExactly(new Journal.Entry("n2", "hash2", "ha/hash2.txt", "corpus/b.txt")));
        journal.commitBatch(journal.pendingBatches().getFirst());
        assertThat(new FileJournal(file).isCommitted("hash2")).isTrue();
    }

    @Test
    void aDocumentsOriginalsAreFoundByItsIdAndAFileReingestedUnderAnotherIdMovesWithIt() {
        Path file = dir.resolve("journal.log");
        FileJournal journal = new FileJournal(file);
        Journal.Entry pdf = new Journal.Entry("1852-qd-ubnd", "h-pdf", "hp/h-pdf.pdf", "1852.pdf");
        Journal.Entry txt = new Journal.Entry("1852-qd-ubnd", "h-txt", "ht/h-txt.txt.gz", "1852.txt");
        Journal.Entry other = new Journal.Entry("712-qd-ttg", "h-712", "h7/h-712.txt.gz", "712.txt");
        journal.commitBatch(journal.beginBatch(List.of(pdf, txt, other)));
        // A re-extraction read the text file as another document: it now belongs to that one only.
        Journal.Entry moved = new Journal.Entry("1852-qd-ttg", "h-txt", "ht/h-txt.txt.gz", "1852.txt");
        journal.commitBatch(journal.beginBatch(List.of(moved)));

        for (FileJournal j : List.of(journal, new FileJournal(file))) {
            assertThat(j.committedOf("1852-qd-ubnd")).containsExactly(pdf);
            assertThat(j.committedOf("1852-qd-ttg")).containsExactly(moved);
            assertThat(j.committedOf("712-qd-ttg")).containsExactly(other);
            assertThat(j.committedOf("9999-qd-ttg")).isEmpty();
        }
    }

    /**
     * The register kept as numbers (CommittedFiles) answers as the maps of strings it replaced would: thousands of
     * files over hundreds of batches, SHA-256 hashes and others, files committed again (in the same batch, under
     * another document), aborted batches, sources in Vietnamese (so that byte offsets and characters differ), then
     * read again after a restart.
     */
    @Test
    void theRegisterAnswersAsAMapOfEveryCommittedFileWouldAfterThousandsOfIngestsAndARestart() {
        Path file = dir.resolve("journal.log");
        FileJournal journal = new FileJournal(file);
        Random random = new Random(20_261_203L);
        Map<String, Journal.Entry> lastByHash = new LinkedHashMap<>();
        for (int b = 0; b < 300; b++) {
            List<Journal.Entry> entries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = random.nextInt(2_000);
                String hash = n % 5 == 0 ? "h" + n : DocumentNumbers.sha256Hex(Integer.toString(n).getBytes(StandardCharsets.UTF_8));
                String id = "n" + random.nextInt(400);
                entries.add(new Journal.Entry(id, hash, hash + ".txt.gz", "văn bản/Quyết định số " + n + " của Ủy ban.txt"));
            }
            Journal.Batch batch = journal.beginBatch(entries);
            if (random.nextInt(8) == 0) {
                journal.abortBatch(batch);
                continue;
            }
            journal.commitBatch(batch);
            for (Journal.Entry entry : entries) {
                lastByHash.remove(entry.hash());
                lastByHash.put(entry.hash(), entry);
            }
        }

        for (FileJournal j : List.of(journal, new FileJournal(file))) {
            assertThat(j.committed()).containsExactlyElementsOf(lastByHash.values());
            for (int id = 0; id < 400; id++) {
                String documentId = "n" + id;
                assertThat(j.committedOf(documentId)).as(documentId)
                        .containsExactlyElementsOf(lastByHash.values().stream().filter(e -> e.id().equals(documentId)).toList());
            }
            for (int n = 0; n < 2_000; n++) {
                String hash = DocumentNumbers.sha256Hex(Integer.toString(n).getBytes(StandardCharsets.UTF_8));
                assertThat(j.isCommitted(hash)).as(hash).isEqualTo(lastByHash.containsKey(hash));
                assertThat(j.isCommitted("h" + n)).isEqualTo(lastByHash.containsKey("h" + n));
            }
            assertThat(j.pendingBatches()).isEmpty();
        }
    }
}
