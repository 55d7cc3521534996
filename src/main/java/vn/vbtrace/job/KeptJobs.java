package vn.vbtrace.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Jobs that survive the server: each is kept in the data folder ({@link JobSpool}) before it is queued and until
 * its work forgets it, and at a start the jobs the last run accepted and did not finish are queued again under their
 * ids, and the answers of those it ended read back, so that a client following a job reads it from the server
 * started again. A job both ended and still kept (it failed for want of a store) is queued, not answered.
 */
public final class KeptJobs {

    private static final Logger log = LoggerFactory.getLogger(KeptJobs.class);

    private final Jobs jobs;
    private final JobSpool spool;

    public KeptJobs(Jobs jobs, JobSpool spool) {
        this.jobs = jobs;
        this.spool = spool;
    }

    /** A new job's description: a new id, accepted now (by the jobs' clock). */
    JobSpool.Entry newEntry(String file, String source, String submittedBy) {
        return new JobSpool.Entry(Jobs.newId(), file, source, submittedBy, jobs.now());
    }

    /**
     * Keeps the job and its content, then queues it: on disk when this returns. {@code held}: the bytes the work
     * holds in memory until it ends.
     *
     * @throws JobRejectedException when the queue is full (nothing is kept then)
     */
    JobStatus submit(JobSpool.Kind kind, JobSpool.Entry entry, byte[] content, long held, Jobs.Work work) {
        spool.put(kind, entry, content);
        try {
            return jobs.submit(entry.job(), entry.file(), entry.submittedBy(), entry.submittedAt(), held, work);
        } catch (RuntimeException e) {
            spool.remove(kind, entry.job());
            throw e;
        }
    }

    /**
     * Run once at a start, before the web server answers: each kind's kept jobs queued again with the work {@code
     * work} gives each; returns how many were.
     */
    public int resume(Map<JobSpool.Kind, Function<JobSpool.Entry, Jobs.Work>> work) {
        // The answers are listed before anything is queued: a queued job that ends at once writes an answer of this run.
        List<JobStatus> answers = spool.finishedBefore();
        Set<String> queued = new HashSet<>();
        new EnumMap<>(work).forEach((kind, workOf) -> { // in the kinds' order: uploads first
            List<JobSpool.Entry> pending = spool.pending(kind);
            for (JobSpool.Entry entry : pending) {
                jobs.resume(entry.job(), entry.file(), entry.submittedBy(), entry.submittedAt(), workOf.apply(entry));
                queued.add(entry.job());
            }
            if (!pending.isEmpty()) {
                log.info("{} jobs of kind {} accepted before the last stop and not finished are queued again", pending.size(), kind);
            }
        });
        answers.stream().filter(answer -> !queued.contains(answer.job())).forEach(jobs::restore);
        return queued.size();
    }
}
