package vn.vbtrace.document;

/**
 * A request that cannot be answered as asked (a parameter out of range, a missing note): the message is one
 * Vietnamese line a user can act on, the code a stable name for scripts (the API's problem "code").
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String code;

    public InvalidInputException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
