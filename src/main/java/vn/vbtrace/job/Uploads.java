package vn.vbtrace.job;

import vn.vbtrace.ingest.IngestOutcome;
import vn.vbtrace.ingest.Ingester;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Uploads as jobs that survive the server ({@link KeptJobs}): each is kept on disk before it is queued and until
 * its job has an answer (ingested, unchanged, or refused for what the file is), and those a stop or a crash left are
 * queued again, under their job ids, when the server starts. An ingest that failed for another reason (a store that
 * could not be written) keeps its upload too, to be tried again at the next start.
 */
public final class Uploads {

    private final KeptJobs kept;
    private final Ingester ingester;
    private final JobSpool spool;

    public Uploads(KeptJobs kept, Ingester ingester, JobSpool spool) {
        this.kept = kept;
        this.ingester = ingester;
        this.spool = spool;
    }

    /**
     * Accepts one upload: on disk when this returns, then queued. {@code source}: the name it is recorded under.
     *
     * @throws JobRejectedException when the queue is full (nothing is kept then)
     */
    public JobStatus accept(String file, byte[] bytes, String source, String submittedBy) {
        JobSpool.Entry entry = kept.newEntry(file, source, submittedBy);
        return kept.submit(JobSpool.Kind.UPLOAD, entry, bytes, bytes.length, progress -> ingest(entry, bytes));
    }

    /** The work of an upload the last run kept ({@link KeptJobs#resume}): its bytes read from the spool when it runs. */
    public Jobs.Work work(JobSpool.Entry entry) {
        return progress -> ingest(entry, spool.bytes(JobSpool.Kind.UPLOAD, entry.job()));
    }

    /** The work of an upload's job: the file into both stores, or a failure of the file as the job's error. */
    private Map<String, Object> ingest(JobSpool.Entry entry, byte[] bytes) {
        IngestOutcome outcome = ingester.ingestBytes(entry.file(), bytes, entry.source());
        spool.remove(JobSpool.Kind.UPLOAD, entry.job()); // the job has its answer, whichever it is
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            throw new JobFailedException(outcome.error());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        result.put("id", outcome.id());
        return result;
    }
}
