package vn.vbtrace.cli;

/**
 * The server a command was going through stopped answering (stopped, killed): exit status 1 and one line saying so,
 * not an internal error.
 */
class ServerGoneException extends RuntimeException {
    ServerGoneException(String message, Throwable cause) {
        super(message, cause);
    }
}
