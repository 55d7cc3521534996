package vn.vbtrace.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.ingest.IngestOutcome;
import vn.vbtrace.ingest.Ingester;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Uploads as jobs that survive the server: each is kept on disk ({@link UploadSpool}) before it is queued and
 * until its job has an answer (ingested, unchanged, or refused for what the file is), and those a stop or a crash
 * left are queued again, under their job ids, when the server starts. An ingest that failed for another reason (a
 * store that could not be written) keeps its upload too, to be tried again at the next start.
 */
public final class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);

    private final Jobs jobs;
    private final Ingester ingester;
    private final UploadSpool spool;

    public Uploads(Jobs jobs, Ingester ingester, UploadSpool spool) {
        this.jobs = jobs;
        this.ingester = ingester;
        this.spool = spool;
    }

    /**
     * Accepts one upload: on disk when this returns, then queued. {@code source}: the name it is recorded under.
     *
     * @throws JobRejectedException when the queue is full (nothing is kept then)
     */
    public JobStatus accept(String file, byte[] bytes, String source, String submittedBy) {
        UploadSpool.Entry entry = new UploadSpool.Entry(Jobs.newId(), file, source, submittedBy, jobs.now());
        spool.put(entry, bytes);
        try {
            return jobs.submit(entry.job(), file, submittedBy, entry.submittedAt(), bytes.length, progress -> ingest(entry, bytes));
        } catch (RuntimeException e) {
            spool.remove(entry.job());
            throw e;
        }
    }

    /**
     * Answers again the jobs that ended before the last stop, and queues again what that run accepted and did not
     * finish (a job of both kinds, one that failed for want of a store, is queued); returns how many were queued.
     */
    public int resume() {
        List<UploadSpool.Entry> pending = spool.pending();
        Set<String> queued = pending.stream().map(UploadSpool.Entry::job).collect(Collectors.toSet());
        spool.finishedBefore().stream().filter(answer -> !queued.contains(answer.job())).forEach(jobs::restore);
        for (UploadSpool.Entry entry : pending) {
            jobs.resume(entry.job(), entry.file(), entry.submittedBy(), entry.submittedAt(),
                    progress -> ingest(entry, spool.bytes(entry.job())));
        }
        if (!pending.isEmpty()) {
            log.info("{} uploads accepted before the last stop and not yet ingested are queued again", pending.size());
        }
        return pending.size();
    }

    /** The work of an upload's job: the file into both stores, or a failure of the file as the job's error. */
    private Map<String, Object> ingest(UploadSpool.Entry entry, byte[] bytes) {
        IngestOutcome outcome = ingester.ingestBytes(entry.file(), bytes, entry.source());
        spool.remove(entry.job()); // the job has its answer, whichever it is
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            throw new JobFailedException(outcome.error());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        result.put("id", outcome.id());
        return result;
    }
}
