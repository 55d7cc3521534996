package vn.vbtrace.search;

/** A document, number or resource the repository does not hold; the message says which. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
