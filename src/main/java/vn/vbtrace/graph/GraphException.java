package vn.vbtrace.graph;

/** The graph store could not be started, migrated or used. */
public class GraphException extends RuntimeException {

    public GraphException(String message) {
        super(message);
    }

    public GraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
