package vn.vbtrace.job;

/** The queue is full: the work was not taken; the message says so in Vietnamese. */
public class JobRejectedException extends RuntimeException {
    public JobRejectedException(String message) {
        super(message);
    }
}
