package vn.vbtrace.system;

import vn.vbtrace.graph.GraphSettings;

/**
 * Where the graph lives: embedded in this process unless vbtrace.graph.uri (or the
 * VBTRACE_GRAPH_URI environment variable) names a Neo4j server or cluster.
 */
public final class GraphConnection {

    private GraphConnection() {
    }

    public static GraphSettings settings(DataFolder data) {
        String uri = Setting.of("vbtrace.graph.uri", "VBTRACE_GRAPH_URI");
        String user = Setting.of("vbtrace.graph.user", "VBTRACE_GRAPH_USER");
        String password = Setting.of("vbtrace.graph.password", "VBTRACE_GRAPH_PASSWORD");
        return new GraphSettings(data.graph(), uri == null || uri.isBlank() ? null : uri, user, password);
    }
}
