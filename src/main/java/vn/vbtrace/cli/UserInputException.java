package vn.vbtrace.cli;

/** Bad input from the user: exit status 1 and one line on stderr. */
class UserInputException extends RuntimeException {
    UserInputException(String message) {
        super(message);
    }
}
