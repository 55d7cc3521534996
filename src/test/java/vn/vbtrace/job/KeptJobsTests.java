package vn.vbtrace.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vbtrace.job.JobSpool.Kind.FOLDER_INGEST;
import static vn.vbtrace.job.JobSpool.Kind.UPLOAD;

/** What a start takes up of the last run's jobs, over a real spool folder and real job workers. */
class KeptJobsTests {

    private static final Instant AT = Instant.parse("2026-12-05T08:00:00Z");

    @TempDir
    Path data;

    @Test
    void aStartQueuesTheKeptJobsOfEveryKindAndAnswersTheEndedOnesAsTheyWere() throws Exception {
        JobSpool before = new JobSpool(data);
        JobSpool.Entry upload = new JobSpool.Entry(Jobs.newId(), "ke-hoach-12.txt", "upload/ke-hoach-12.txt", "bientap", AT);
        JobSpool.Entry folder = new JobSpool.Entry(Jobs.newId(), "/srv/van-ban", null, "local", AT.plusSeconds(1));
        before.put(UPLOAD, upload, "Số: 12/KH-UBND".getBytes(StandardCharsets.UTF_8));
        before.put(FOLDER_INGEST, folder, "[\"/srv/van-ban\"]".getBytes(StandardCharsets.UTF_8));
        // An upload refused before the stop, answered then; and the folder's job, which failed for want of a store
        // (its answer written, the job still kept): it is run again, not answered as failed.
        JobStatus refused = new JobStatus(Jobs.newId(), Jobs.FAILED, 1.0, "không thành công", "anh.png", "bientap", AT,
                AT.plusSeconds(2), null, "không đọc được tệp: không phải văn bản");
        before.finished(refused);
        before.finished(new JobStatus(folder.job(), Jobs.FAILED, 1.0, "không thành công", folder.file(), "local", folder.submittedAt(),
                AT.plusSeconds(3), null, "lỗi máy chủ khi xử lý tệp"));

        JobSpool spool = new JobSpool(data);
        try (Jobs jobs = new Jobs(1, 10, 1 << 20, Clock.systemUTC(), spool::finished)) {
            KeptJobs kept = new KeptJobs(jobs, spool);
            int queued = kept.resume(Map.of(
                    UPLOAD, entry -> progress -> "upload " + new String(spool.bytes(UPLOAD, entry.job()), StandardCharsets.UTF_8),
                    FOLDER_INGEST, entry -> progress -> "folder " + new String(spool.bytes(FOLDER_INGEST, entry.job()), StandardCharsets.UTF_8)));

            assertThat(queued).isEqualTo(2);
            JobStatus uploaded = jobs.await(upload.job(), Duration.ofSeconds(30));
            assertThat(uploaded.status()).isEqualTo(Jobs.DONE);
            assertThat(uploaded.result()).isEqualTo("upload Số: 12/KH-UBND");
            assertThat(uploaded.submittedBy()).isEqualTo("bientap");
            JobStatus ingested = jobs.await(folder.job(), Duration.ofSeconds(30));
            assertThat(ingested.status()).isEqualTo(Jobs.DONE);
            assertThat(ingested.result()).isEqualTo("folder [\"/srv/van-ban\"]");
            assertThat(ingested.file()).isEqualTo("/srv/van-ban");
            assertThat(jobs.status(refused.job())).contains(refused);
        }
    }

    @Test
    void aJobTheQueueRefusesIsNotKept() {
        JobSpool spool = new JobSpool(data);
        try (Jobs jobs = new Jobs(1, 0, 1 << 20, Clock.systemUTC())) {
            KeptJobs kept = new KeptJobs(jobs, spool);
            JobSpool.Entry folder = kept.newEntry("/srv/van-ban", null, "local");
            assertThatThrownBy(() -> kept.submit(FOLDER_INGEST, folder, new byte[] {'[', ']'}, 0, progress -> "never"))
                    .isInstanceOf(JobRejectedException.class);
            assertThat(spool.pending(FOLDER_INGEST)).isEmpty();
        }
    }
}
