package vn.vbtrace.graph;

import org.neo4j.server.Neo4jCommunity;

/**
 * The main class of the test Neo4j server's JVM: Neo4j's own community entry point, plus a watch on the JVM that
 * started it. Should the test JVM die without stopping the server (kill -9, a crashed fork), the server stops by
 * itself instead of staying behind with a port and a folder under target/.
 */
public final class Neo4jServerMain {

    private Neo4jServerMain() {
    }

    public static void main(String[] args) {
        ProcessHandle.current().parent().ifPresent(parent ->
                // System.exit runs Neo4j's shutdown hook: the store is closed cleanly.
                parent.onExit().thenRun(() -> System.exit(0)));
        Neo4jCommunity.main(args);
    }
}
