package vn.vbtrace.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An OpenSearch server for the contract suite (issue 13, point 5), as a separate process: the integ-test zip that
 * the build unpacks into target/opensearch (maven-dependency-plugin, from Maven Central), single node, on
 * 127.0.0.1 at a free port, 512 MB of heap, its data under target/, run on the JDK running the tests. OpenSearch
 * refuses to run as root, and the tests run as root here and in CI: then it runs as nobody (setpriv), in a folder
 * that user owns. Started once per test JVM, at the first use; stopped by its PID when the JVM ends.
 * {@code -Dvbtrace.test.search.uri=http://...} uses a server already running instead. The scale benchmark
 * (vn.vbtrace.bench) starts servers of its own through {@link #start(Path)}.
 */
public final class OpenSearchServer {

    /** One server process: its address, its data folder (owned by nobody when run as root) and its PID. */
    public record Running(URI uri, Process process, Path data) {

        public long pid() {
            return process.pid();
        }

        /** Ends the server by its PID (and those of its children), politely first. */
        public void stop() {
            OpenSearchServer.stop(process);
        }
    }

    static final Path HOME = Path.of("target", "opensearch", "opensearch-3.8.0");
    private static final Duration START_WAIT = Duration.ofMinutes(4);
    private static URI running;

    private OpenSearchServer() {
    }

    public static synchronized URI uri() {
        if (running == null) {
            String given = System.getProperty("vbtrace.test.search.uri");
            running = given != null && !given.isBlank() ? URI.create(given) : startForThisJvm();
        }
        return running;
    }

    private static URI startForThisJvm() {
        Running server = start(Path.of("target", "opensearch-run"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.printf("OpenSearch 3.8.0 up at %s (pid %d, data in %s)%n", server.uri(), server.pid(), server.data());
        return server.uri();
    }

    /**
     * Starts a server whose run folder (data, logs) is a new folder under {@code runRoot}, named after its HTTP port,
     * and waits until it answers; the caller stops it ({@link Running#stop()}).
     */
    public static Running start(Path runRoot) {
        try {
            if (!Files.isExecutable(HOME.resolve("bin/opensearch"))) {
                throw new IllegalStateException(HOME.toAbsolutePath() + " is missing: ./mvnw verify unpacks it "
                        + "(maven-dependency-plugin, org.opensearch.distribution.integ-test-zip:opensearch:3.8.0:zip)");
            }
            int http = freePort();
            int transport = freePort();
            Path run = Files.createDirectories(runRoot.resolve(Integer.toString(http))).toAbsolutePath();
            Files.createDirectories(run.resolve("logs"));
            Files.createDirectories(run.resolve("data"));
            boolean root = "root".equals(System.getProperty("user.name"));
            List<String> command = new ArrayList<>();
            if (root) {
                // The unpacked server and its run folder belong to nobody, who runs it.
                exec("chown", "-R", "nobody:nogroup", HOME.toAbsolutePath().toString(), run.toString());
                command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
            }
            command.addAll(List.of(HOME.toAbsolutePath().resolve("bin/opensearch").toString(),
                    "-Ediscovery.type=single-node", "-Enetwork.host=127.0.0.1", "-Ehttp.port=" + http,
                    "-Etransport.port=" + transport, "-Epath.data=" + run.resolve("data"),
                    "-Epath.logs=" + run.resolve("logs"), "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(run.toFile())
                    .redirectErrorStream(true).redirectOutput(run.resolve("console.log").toFile());
            builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
            builder.environment().remove("JAVA_HOME");
            Process process = builder.start();
            URI uri = URI.create("http://127.0.0.1:" + http);
            try {
                waitUntilUp(process, uri, run.resolve("console.log"));
            } catch (RuntimeException | IOException e) {
                stop(process); // never left behind by a start that failed
                throw e;
            }
            return new Running(uri, process, run.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitUntilUp(Process process, URI uri, Path log) throws IOException {
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch ended at start-up (exit " + process.exitValue() + "): " + tail(log));
            }
            try {
                HttpURLConnection health = (HttpURLConnection) uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s")
                        .toURL().openConnection();
                health.setConnectTimeout(1000);
                health.setReadTimeout(5000);
                if (health.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            sleep(1000);
        }
        stop(process);
        throw new IllegalStateException("OpenSearch did not answer at " + uri + " within " + START_WAIT.toSeconds() + " s: " + tail(log));
    }

    /** Ends the server by its PID and those of its children, politely first. */
    private static void stop(Process process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void exec(String... command) throws IOException {
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " ended with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
