package vn.vbtrace.graph;

import java.nio.file.Path;

/**
 * Where the graph lives. With no {@code uri} the graph is a Neo4j server embedded in this process,
 * storing in {@code storeDir} and reached over Bolt on 127.0.0.1; with a {@code uri} (bolt:// or
 * neo4j://) the same code talks to that server or cluster with {@code user}/{@code password}.
 */
public record GraphSettings(Path storeDir, String uri, String user, String password) {

    /** The embedded server in {@code storeDir}, e.g. {@code <data>/graph}. */
    public static GraphSettings embedded(Path storeDir) {
        return new GraphSettings(storeDir, null, null, null);
    }

    /** A Neo4j server or cluster elsewhere; nothing is started. */
    public static GraphSettings remote(String uri, String user, String password) {
        return new GraphSettings(null, uri, user, password);
    }

    public boolean isEmbedded() {
        return uri == null || uri.isBlank();
    }

    @Override
    public String toString() {
        // Never print the password.
        return "GraphSettings[storeDir=" + storeDir + ", uri=" + uri + ", user=" + user + "]";
    }
}
