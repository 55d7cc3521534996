package vn.vbtrace.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.job.JobSpool.Kind.FOLDER_INGEST;
import static vn.vbtrace.job.JobSpool.Kind.UPLOAD;

class JobSpoolTests {

    @TempDir
    Path data;

    private static JobSpool.Entry entry(String name, Instant at) {
        return new JobSpool.Entry(Jobs.newId(), name, "upload/" + name, "biên tập viên", at);
    }

    @Test
    void anUploadIsKeptWholeWithItsDescriptionUntilRemoved() {
        JobSpool spool = new JobSpool(data.resolve("uploads"));
        // Bytes with line breaks and a Vietnamese name: the description is the first line, the bytes all the rest.
        byte[] text = "ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\n\nSở Tài chính bố trí kinh phí.\n".getBytes(StandardCharsets.UTF_8);
        JobSpool.Entry plan = entry("Kế hoạch 12.txt", Instant.parse("2026-12-05T08:00:00Z"));
        spool.put(UPLOAD, plan, text);

        assertThat(spool.pending(UPLOAD)).containsExactly(plan);
        assertThat(spool.bytes(UPLOAD, plan.job())).isEqualTo(text);

        spool.remove(UPLOAD, plan.job());
        assertThat(spool.pending(UPLOAD)).isEmpty();
    }

    /** An upload's bytes are never read as a folder's paths, nor the other way round: each kind has its own files. */
    @Test
    void uploadsAndFolderIngestsAreKeptApart() {
        JobSpool spool = new JobSpool(data);
        JobSpool.Entry upload = entry("ke-hoach.txt", Instant.parse("2026-12-05T08:00:00Z"));
        JobSpool.Entry folder = new JobSpool.Entry(Jobs.newId(), "/srv/van-ban", null, "local", Instant.parse("2026-12-05T08:00:01Z"));
        byte[] paths = "[\"/srv/van-ban\"]".getBytes(StandardCharsets.UTF_8);
        spool.put(UPLOAD, upload, new byte[] {1});
        spool.put(FOLDER_INGEST, folder, paths);

        assertThat(new JobSpool(data).pending(UPLOAD)).containsExactly(upload);
        assertThat(new JobSpool(data).pending(FOLDER_INGEST)).containsExactly(folder);
        assertThat(spool.bytes(FOLDER_INGEST, folder.job())).isEqualTo(paths);

        spool.remove(UPLOAD, folder.job()); // not an upload: nothing removed
        assertThat(spool.pending(FOLDER_INGEST)).containsExactly(folder);
        spool.remove(FOLDER_INGEST, folder.job());
        assertThat(spool.pending(FOLDER_INGEST)).isEmpty();
        assertThat(spool.pending(UPLOAD)).containsExactly(upload);
    }

    @Test
    void keptUploadsComeBackInTheOrderTheyWereAccepted() {
        JobSpool spool = new JobSpool(data);
        JobSpool.Entry second = entry("b.txt", Instant.parse("2026-12-05T08:00:02Z"));
        JobSpool.Entry first = entry("a.txt", Instant.parse("2026-12-05T08:00:01Z"));
        JobSpool.Entry third = entry("c.txt", Instant.parse("2026-12-05T08:00:03Z"));
        spool.put(UPLOAD, second, new byte[] {2});
        spool.put(UPLOAD, first, new byte[] {1});
        spool.put(UPLOAD, third, new byte[0]);

        assertThat(new JobSpool(data).pending(UPLOAD)).containsExactly(first, second, third);
        assertThat(spool.bytes(UPLOAD, third.job())).isEmpty();
    }

    @Test
    void anUploadCutShortWhileBeingWrittenIsDroppedAndAnUnreadableOneLeftAlone() throws Exception {
        JobSpool spool = new JobSpool(data);
        JobSpool.Entry kept = entry("kept.txt", Instant.parse("2026-12-05T08:00:00Z"));
        spool.put(UPLOAD, kept, "x".getBytes(StandardCharsets.UTF_8));
        // The server died before the rename: its client never heard the upload was accepted.
        Path halfWritten = data.resolve("." + Jobs.newId() + ".tmp");
        Files.writeString(halfWritten, "{\"job\":");
        // Not ours to judge: a file under an upload's name whose first line is not a description.
        Path garbled = data.resolve(Jobs.newId() + ".upload");
        Files.writeString(garbled, "not json\nbytes");

        assertThat(spool.pending(UPLOAD)).containsExactly(kept);
        assertThat(halfWritten).doesNotExist();
        assertThat(garbled).exists();
    }

    @Test
    void keptUploadsAreReadableByTheOwnerOnly() throws Exception {
        JobSpool spool = new JobSpool(data);
        JobSpool.Entry plan = entry("plan.txt", Instant.now());
        spool.put(UPLOAD, plan, new byte[] {1, 2, 3});

        List<Path> files;
        try (var listing = Files.list(data)) {
            files = listing.toList();
        }
        assertThat(files).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.getFirst()))).isEqualTo("rw-------");
    }

    @Test
    void theAnswersOfEndedJobsAreReadBackAfterARestartTheLastThousandOnly() {
        JobSpool spool = new JobSpool(data);
        Instant at = Instant.parse("2026-12-05T08:00:00Z");
        JobStatus refused = refusedAt(at);
        spool.finished(refused);
        for (int i = 0; i < Jobs.KEPT; i++) {
            spool.finished(new JobStatus(Jobs.newId(), Jobs.DONE, 1.0, "xong", "kh-" + i + ".txt", "bientap", at,
                    at.plusSeconds(2 + i), java.util.Map.of("status", "ingested", "id", "n" + i), null));
        }

        List<JobStatus> answers = new JobSpool(data).finishedBefore();

        assertThat(answers).hasSize(Jobs.KEPT);
        assertThat(answers).extracting(JobStatus::job).doesNotContain(refused.job()); // the oldest, one too many
        JobStatus last = answers.getLast();
        assertThat(last.file()).isEqualTo("kh-999.txt");
        assertThat(last.finishedAt()).isEqualTo(at.plusSeconds(1001));
        assertThat(last.result()).isEqualTo(java.util.Map.of("status", "ingested", "id", "n999"));
    }

    @Test
    void aRefusedUploadsAnswerKeepsItsReason() {
        JobSpool spool = new JobSpool(data);
        Instant at = Instant.parse("2026-12-05T08:00:00Z");
        JobStatus refused = refusedAt(at);
        spool.finished(refused);

        assertThat(new JobSpool(data).finishedBefore()).containsExactly(refused);
    }

    /** The answer of an upload refused for what it is, a second after it was accepted at {@code at}. */
    private static JobStatus refusedAt(Instant at) {
        return new JobStatus(Jobs.newId(), Jobs.FAILED, 1.0, "không thành công", "ảnh.png", "bientap", at,
                at.plusSeconds(1), null, "không đọc được tệp: không phải văn bản");
    }
}
