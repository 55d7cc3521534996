package vn.vbtrace.graph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a graph test class runs its graph: the graph suite is parameterized over these (JUnit's
 * {@code @ParameterizedClass @MethodSource("vn.vbtrace.graph.GraphTarget#selected")}), so the same tests hold
 * for the embedded graph and for a Neo4j server in its own process, with authentication on, reached over
 * bolt:// and over a neo4j:// routing URI. A further backend is one constant here.
 *
 * <p>{@code -Dvbtrace.test.graph-targets=EMBEDDED} (a comma-separated list) runs fewer targets while developing;
 * the build runs all of them.
 */
public enum GraphTarget {

    /** Neo4j in the test JVM, as a default installation runs it. */
    EMBEDDED(null),
    /** The Neo4j server process over a direct Bolt connection. */
    SERVER_BOLT("bolt"),
    /** The same server through a routing URI, as a cluster would be named. */
    SERVER_NEO4J("neo4j");

    public static final String SELECTION_PROPERTY = "vbtrace.test.graph-targets";

    private final String scheme;

    GraphTarget(String scheme) {
        this.scheme = scheme;
    }

    /** The targets this run tests (all unless {@value #SELECTION_PROPERTY} names fewer). */
    public static Stream<GraphTarget> selected() {
        String names = System.getProperty(SELECTION_PROPERTY, "");
        if (names.isBlank()) {
            return Arrays.stream(values());
        }
        List<GraphTarget> chosen = Arrays.stream(names.split(","))
                .map(n -> valueOf(n.strip().toUpperCase(Locale.ROOT).replace('-', '_'))).toList();
        return chosen.stream();
    }

    public boolean embedded() {
        return scheme == null;
    }

    /**
     * The settings of an empty graph for one test class: embedded in {@code storeDir} (a new folder), or the shared
     * server's database wiped of the previous class's nodes, constraints and indexes.
     */
    public GraphSettings freshGraph(Path storeDir) {
        if (!embedded()) {
            Neo4jServerProcess.shared().wipe();
        }
        return settings(storeDir);
    }

    /** The settings of the graph as it is (a test class opening its stores a second time). */
    public GraphSettings settings(Path storeDir) {
        if (embedded()) {
            return GraphSettings.embedded(storeDir);
        }
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        return GraphSettings.remote(server.uri(scheme), Neo4jServerProcess.USER, server.password());
    }

    /**
     * Runs {@code work} (a command run in this JVM) with the graph named as a user names it, by the vbtrace.graph.*
     * properties (what VBTRACE_GRAPH_URI, _USER and _PASSWORD set); the embedded graph needs none.
     */
    public <T> T withGraphProperties(Supplier<T> work) {
        if (embedded()) {
            return work.get();
        }
        Neo4jServerProcess server = Neo4jServerProcess.shared();
        Map<String, String> properties = Map.of("vbtrace.graph.uri", server.uri(scheme),
                "vbtrace.graph.user", Neo4jServerProcess.USER, "vbtrace.graph.password", server.password());
        properties.forEach(System::setProperty);
        try {
            return work.get();
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /** The port on which the target's Bolt listens, for the loopback checks. */
    public int boltPort(GraphStore store) {
        return embedded() ? store.boltPort() : Neo4jServerProcess.shared().boltPort();
    }

    @Override
    public String toString() {
        return embedded() ? "embedded" : "server " + scheme + "://";
    }
}
