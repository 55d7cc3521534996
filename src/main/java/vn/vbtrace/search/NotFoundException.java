package vn.vbtrace.search;

/** A document, number or resource the repository does not hold; the message says which (in Vietnamese). */
public class NotFoundException extends RuntimeException {

    private final String code;

    public NotFoundException(String message) {
        this("not-found", message);
    }

    /** {@code code}: a stable name of what was not found, e.g. "document-not-found", for scripts. */
    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
