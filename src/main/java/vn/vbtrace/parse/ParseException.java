package vn.vbtrace.parse;

/** A file that cannot be turned into document text; the message is one line a user can act on. */
public class ParseException extends Exception {
    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
