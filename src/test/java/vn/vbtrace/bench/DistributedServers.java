package vn.vbtrace.bench;

import vn.vbtrace.graph.Neo4jServerProcess;
import vn.vbtrace.index.OpenSearchServer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The distributed setup of issue 13 for one size of the scale benchmark: an OpenSearch 3.8.0 server (the zip the
 * build unpacks into target/opensearch; 512 MB heap, as nobody when run as root) and a Neo4j server (authentication
 * on, the password set by the admin tool; heap and page cache given, 1 GB and 512 MB by default, enough for 10,000
 * documents), each a process of its own on 127.0.0.1 at a free port, started one after the other with a bounded
 * wait. New servers for each size, so each size starts from an empty index and database and each server's peak RSS
 * and data folder are its own; stopped by their PIDs by {@link #close()}, and by a shutdown hook should the
 * benchmark end another way.
 */
final class DistributedServers implements AutoCloseable {

    private final OpenSearchServer.Running search;
    private final Neo4jServerProcess graph;
    private final Duration startup;
    private final Thread hook;

    private DistributedServers(OpenSearchServer.Running search, Neo4jServerProcess graph, Duration startup) {
        this.search = search;
        this.graph = graph;
        this.startup = startup;
        this.hook = new Thread(this::stopBoth, "scale-servers-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts both servers, their folders under {@code root}; the first is stopped again if the second fails. */
    static DistributedServers start(Path root, String neo4jHeap, String neo4jPageCache) {
        long began = System.nanoTime();
        OpenSearchServer.Running search = OpenSearchServer.start(root.resolve("opensearch"));
        try {
            Neo4jServerProcess graph = Neo4jServerProcess.start(root.resolve("neo4j"), neo4jHeap, neo4jPageCache);
            return new DistributedServers(search, graph, Duration.ofNanos(System.nanoTime() - began));
        } catch (RuntimeException e) {
            search.stop();
            throw e;
        }
    }

    /** What a vbtrace process needs in its environment to use both servers, with the search index named {@code index}. */
    Map<String, String> environment(String index) {
        return Map.of("VBTRACE_SEARCH_URI", search.uri().toString(), "VBTRACE_SEARCH_INDEX", index,
                "VBTRACE_GRAPH_URI", graph.uri("bolt"), "VBTRACE_GRAPH_USER", Neo4jServerProcess.USER,
                "VBTRACE_GRAPH_PASSWORD", graph.password());
    }

    /** Time to start both, until each answered. */
    Duration startup() {
        return startup;
    }

    /** CPU time used so far by each server, in nanoseconds. */
    Cpu cpu() {
        return new Cpu(MeasuredProcess.cpuNanos(search.process().toHandle()),
                MeasuredProcess.cpuNanos(ProcessHandle.of(graph.pid()).orElseThrow()));
    }

    /** Peak resident set of each server so far, in bytes. */
    long searchPeakRss() {
        return MeasuredProcess.peakRss(search.process().toHandle());
    }

    long graphPeakRss() {
        return ProcessHandle.of(graph.pid()).map(MeasuredProcess::peakRss).orElse(0L);
    }

    /** Bytes in the OpenSearch server's data folder (indexes, translog, cluster state). */
    long searchBytes() throws IOException {
        return ScaleBenchmark.bytes(search.data());
    }

    /** Bytes in the Neo4j server's data folder (the databases, the system one included, and transaction logs). */
    long graphBytes() throws IOException {
        return ScaleBenchmark.bytes(graph.home().resolve("data"));
    }

    String describe() {
        return "OpenSearch pid %d at %s; Neo4j pid %d at %s".formatted(search.pid(), search.uri(), graph.pid(), graph.uri("bolt"));
    }

    @Override
    public void close() {
        stopBoth();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it finds both stopped
        }
    }

    private void stopBoth() {
        try {
            graph.stop();
        } finally {
            search.stop();
        }
    }

    /** CPU time of each server at one moment, in nanoseconds. */
    record Cpu(long search, long graph) {

        Cpu minus(Cpu before) {
            return new Cpu(search - before.search, graph - before.graph);
        }
    }
}
