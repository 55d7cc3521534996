package vn.vbtrace.document;

/**
 * The search server (OpenSearch) cannot be reached, refused the credentials or refused a request. The message is
 * one line in Vietnamese, for the log and the user alike.
 */
public final class SearchServerException extends RuntimeException {

    public SearchServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
