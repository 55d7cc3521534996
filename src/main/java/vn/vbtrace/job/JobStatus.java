package vn.vbtrace.job;

import java.time.Instant;

/**
 * A job as GET /api/jobs/{id} shows it: {@code status} queued, running, done or failed; {@code progress} from 0
 * to 1; {@code result} once done, {@code error} once failed.
 */
public record JobStatus(String job, String status, double progress, String phase, String file, String submittedBy,
                        Instant submittedAt, Instant finishedAt, Object result, String error) {

    public boolean finished() {
        return status.equals(Jobs.DONE) || status.equals(Jobs.FAILED);
    }
}
