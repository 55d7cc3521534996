package vn.vbtrace.security;

/** A user that cannot be added, changed or removed as asked; the message is one Vietnamese line. */
public class UserException extends RuntimeException {

    /** Why, as a stable code for scripts and the API. */
    public enum Reason { NAME_INVALID, NAME_TAKEN, PASSWORD_WEAK, UNKNOWN_USER, LAST_ADMIN }

    private final Reason reason;

    public UserException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
