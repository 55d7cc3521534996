package vn.vbtrace.web;

import org.springframework.http.ResponseEntity;
import vn.vbtrace.job.JobStatus;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer to work taken on as a job: 202, the job to follow at its Location, and where it stands. */
final class JobAccepted {

    private JobAccepted() {
    }

    static ResponseEntity<Map<String, Object>> of(JobStatus job) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", job.job());
        body.put("status", job.status());
        body.put("progress", job.progress());
        body.put("file", job.file());
        return ResponseEntity.accepted().location(URI.create("/api/jobs/" + job.job())).body(body);
    }
}
