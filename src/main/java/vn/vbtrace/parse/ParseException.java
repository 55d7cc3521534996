package vn.vbtrace.parse;

/**
 * A file that cannot be turned into document text; the message is one line a user can act on, the code a
 * stable name of the reason for scripts (e.g. "file-encrypted", "zip-bomb").
 */
public class ParseException extends Exception {

    private final String code;

    public ParseException(String message) {
        this("unreadable-file", message, null);
    }

    public ParseException(String message, Throwable cause) {
        this("unreadable-file", message, cause);
    }

    public ParseException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
