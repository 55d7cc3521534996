package vn.vbtrace.job;

/** Thrown by a job's work when it ends in a failure of the input: the job is "failed" with this message. */
public class JobFailedException extends RuntimeException {
    public JobFailedException(String message) {
        super(message);
    }
}
