package vn.vbtrace.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.config.Setting;

import vn.vbtrace.document.OwnerOnlyFile;

/**
 * A Neo4j server in its own JVM, as a deployment would run it, for the graph suite's server targets
 * ({@link GraphTarget}): the community server from the org.neo4j:neo4j jar on the test classpath, with
 * authentication on, Bolt on 127.0.0.1 only, no HTTP, a 512 MB heap and a 64 MB page cache, its home under
 * target/neo4j-server/. The initial password is set by Neo4j's admin tool ({@code dbms set-initial-password})
 * before the first start, as an operator would. One server serves the whole test JVM: it starts on first use
 * and is stopped by its PID when the JVM exits (and stops by itself should the JVM die first, see
 * {@link Neo4jServerMain}). The scale benchmark (vn.vbtrace.bench) starts servers of its own, sized for its sets,
 * through {@link #start(Path, String, String)}.
 */
public final class Neo4jServerProcess {

    /** The built-in administrator of a Neo4j server. */
    public static final String USER = "neo4j";
    static final String LOOPBACK = "127.0.0.1";
    /**
     * A cold start takes about 10 s on an idle machine and was seen at 3 minutes on a two-core machine shared with
     * other builds; a hung start must still not hang the build.
     */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(6);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);
    private static final int PORT_ATTEMPTS = 3;
    private static final String HEAP = "512m";
    private static final String PAGE_CACHE = "64m";

    private static Neo4jServerProcess shared;

    private final Path home;
    private final Process process;
    private final int boltPort;
    private final String password;
    private final Duration startup;
    private final Driver admin;

    private Neo4jServerProcess(Path home, Process process, int boltPort, String password, Duration startup) {
        this.home = home;
        this.process = process;
        this.boltPort = boltPort;
        this.password = password;
        this.startup = startup;
        this.admin = driver("bolt://" + LOOPBACK + ":" + boltPort, password);
    }

    /** The server of this JVM, started on first use. */
    public static synchronized Neo4jServerProcess shared() {
        if (shared == null) {
            Path root = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("neo4j-server");
            shared = start(root);
            Neo4jServerProcess started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "neo4j-server-stop"));
            System.out.printf("Neo4j server (pid %d) on bolt://%s:%d started in %d ms, home %s%n", started.pid(),
                    LOOPBACK, started.boltPort, started.startup.toMillis(), started.home);
        }
        return shared;
    }

    /** Starts a server with a new home folder under {@code root} (one per test JVM: a fresh database each run). */
    static Neo4jServerProcess start(Path root) {
        return start(root, HEAP, PAGE_CACHE);
    }

    /**
     * Starts a server with a new home folder under {@code root}, the given heap and page cache (Neo4j's sizes, e.g.
     * "1g", "512m"); the caller stops it ({@link #stop()}).
     */
    public static Neo4jServerProcess start(Path root, String heap, String pageCache) {
        long began = System.nanoTime();
        removeHomesOfDeadRuns(root);
        Path home = root.resolve("run-" + ProcessHandle.current().pid());
        // A letter first: a secret starting with "-" would read as an option to the admin tool.
        String password = "t" + OwnerOnlyFile.randomSecret(18);
        try {
            deleteTree(home);
            Files.createDirectories(home.resolve("conf"));
            setInitialPassword(home, password);
            for (int attempt = 1; ; attempt++) {
                // The OS picks a free port; Neo4j must be told it (a routing table names it), so a rare race with
                // another process binding it in between is met by trying again on a new one.
                int port = freePort();
                writeConfig(home, port, pageCache);
                Process process = launch(home, heap);
                Files.writeString(home.resolve("server.pid"), process.pid() + "\n");
                try {
                    awaitBolt(process, port, password, home);
                    return new Neo4jServerProcess(home, process, port, password, Duration.ofNanos(System.nanoTime() - began));
                } catch (RuntimeException e) {
                    stopProcess(process);
                    if (attempt >= PORT_ATTEMPTS || !tail(home).contains("Address already in use")) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Neo4j server home " + home, e);
        }
    }

    public int boltPort() {
        return boltPort;
    }

    /** The server's URI in the given scheme: bolt (a direct connection) or neo4j (routing, served by a single server too). */
    public String uri(String scheme) {
        return scheme + "://" + LOOPBACK + ":" + boltPort;
    }

    /** The password the admin tool set; kept in memory only. */
    public String password() {
        return password;
    }

    public long pid() {
        return process.pid();
    }

    /** The server's home folder; its databases and transaction logs are under data/. */
    public Path home() {
        return home;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Empties the server's database for the next test class: every node and relationship (deleted in batches, so a
     * large leftover never needs one huge transaction), every constraint and index. The schema migrator then builds
     * the schema again from graph-schema/ as on a new server.
     */
    public void wipe() {
        try (Session session = admin.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
            for (String name : names(session, "SHOW CONSTRAINTS YIELD name RETURN name")) {
                session.run("DROP CONSTRAINT " + quoted(name) + " IF EXISTS").consume();
            }
            for (String name : names(session, "SHOW INDEXES YIELD name, type, owningConstraint"
                    + " WHERE type <> 'LOOKUP' AND owningConstraint IS NULL RETURN name")) {
                session.run("DROP INDEX " + quoted(name) + " IF EXISTS").consume();
            }
        }
    }

    /**
     * Logs in with the right password on a new connection, waiting out Neo4j's lock after repeated wrong ones (5 s by
     * default): a test that tries wrong passwords ends with this, so that the failed-login count is reset and the next
     * test class is not locked out.
     */
    public void awaitLogin() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try (Driver driver = driver(uri("bolt"), password)) {
                driver.verifyConnectivity();
                return;
            } catch (Neo4jException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The Neo4j server still refuses the right password after 60 s", e);
                }
            }
            sleep(500);
        }
    }

    /** Counts what the server's database holds, through the administrator's own connection. */
    public long count(String cypher) {
        return admin.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }

    /** Reads what the server's database holds, through the administrator's own connection. */
    public List<org.neo4j.driver.Record> records(String cypher) {
        return admin.executableQuery(cypher).execute().records();
    }

    /** Stops the server by its PID (SIGTERM, Neo4j closes the store), forcibly after a bounded wait. */
    public synchronized void stop() {
        admin.close();
        stopProcess(process);
    }

    private static List<String> names(Session session, String cypher) {
        return session.run(cypher).list(r -> r.get("name").asString());
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static void setInitialPassword(Path home, String password) throws IOException {
        // Neo4j's admin tool, as `neo4j-admin dbms set-initial-password` runs it, in its own JVM.
        List<String> command = javaCommand("-Xmx256m");
        command.addAll(List.of("org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("set-initial-password.log").toFile());
        builder.environment().put("NEO4J_HOME", home.toAbsolutePath().toString());
        builder.environment().put("NEO4J_CONF", home.resolve("conf").toAbsolutePath().toString());
        Process admin = builder.start();
        try {
            if (!admin.waitFor(2, TimeUnit.MINUTES)) {
                admin.destroyForcibly();
                throw new IllegalStateException("neo4j-admin dbms set-initial-password did not finish in 2 minutes");
            }
        } catch (InterruptedException e) {
            admin.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the initial password", e);
        }
        String log = Files.readString(home.resolve("set-initial-password.log"), StandardCharsets.UTF_8);
        if (admin.exitValue() != 0 || !Files.exists(home.resolve("data/dbms/auth.ini"))) {
            throw new IllegalStateException("neo4j-admin dbms set-initial-password failed (exit " + admin.exitValue() + "): " + log);
        }
    }

    private static Process launch(Path home, String heap) throws IOException {
        List<String> command = javaCommand("-Xmx" + heap);
        command.add(Neo4jServerMain.class.getName());
        command.add("--home-dir=" + home.toAbsolutePath());
        command.add("--config-dir=" + home.resolve("conf").toAbsolutePath());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("server.out").toFile()).start();
    }

    /** A java command line with the test classpath and the opens Neo4j needs, for a child JVM. */
    public static List<String> javaCommand(String heap) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.add("-XX:+UseSerialGC");
        // Neo4j's jobs on platform threads, as the embedded graph runs them (Neo4jJobThreads).
        command.add("-D" + Neo4jJobThreads.SWITCH + "=false");
        // The same opens the test JVM runs Neo4j with (pom.xml, neo4j.jvm.opens).
        command.addAll(List.of("--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    /** neo4j.conf, each setting named by Neo4j's own constant so that a renamed setting fails to compile, not to apply. */
    private static void writeConfig(Path home, int port, String pageCache) throws IOException {
        Map<Setting<?>, String> config = new LinkedHashMap<>();
        config.put(GraphDatabaseSettings.auth_enabled, "true");
        config.put(GraphDatabaseSettings.default_listen_address, LOOPBACK);
        config.put(GraphDatabaseSettings.default_advertised_address, LOOPBACK);
        config.put(BoltConnector.enabled, "true");
        config.put(BoltConnector.listen_address, LOOPBACK + ":" + port);
        config.put(BoltConnector.advertised_address, LOOPBACK + ":" + port);
        config.put(BoltConnector.encryption_level, "DISABLED");
        // Bolt only: no HTTP listener, no server-side routing listener (a neo4j:// driver still gets its routing table).
        config.put(HttpConnector.enabled, "false");
        config.put(HttpsConnector.enabled, "false");
        config.put(GraphDatabaseSettings.routing_enabled, "false");
        config.put(GraphDatabaseSettings.pagecache_memory, pageCache);
        config.put(GraphDatabaseSettings.pagecache_warmup_enabled, "false");
        config.put(GraphDatabaseSettings.udc_enabled, "false");
        config.put(GraphDatabaseSettings.preallocate_logical_logs, "false");
        config.put(GraphDatabaseSettings.preallocate_store_files, "false");
        config.put(GraphDatabaseInternalSettings.vm_pause_monitor_enabled, "false");
        // Netty's quiet period (seconds) only delays the stop at the end of the run.
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, "0s");
        StringBuilder text = new StringBuilder("# Written by the test suite (Neo4jServerProcess) for this run only.\n");
        config.forEach((setting, value) -> text.append(setting.name()).append('=').append(value).append('\n'));
        Files.writeString(home.resolve("conf").resolve("neo4j.conf"), text, StandardCharsets.UTF_8);
    }

    /** Polls Bolt, with the password, until the default database answers a query; bounded by {@link #STARTUP_LIMIT}. */
    private static void awaitBolt(Process process, int port, String password, Path home) {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Neo4j server exited during start-up (exit " + process.exitValue()
                        + "); its log:\n" + tail(home));
            }
            try (Driver driver = driver("bolt://" + LOOPBACK + ":" + port, password)) {
                driver.executableQuery("RETURN 1").execute();
                return;
            } catch (Neo4jException | IllegalStateException e) {
                last = e;
            }
            sleep(250);
        }
        throw new IllegalStateException("The Neo4j server did not answer on Bolt port " + port + " within "
                + STARTUP_LIMIT.toSeconds() + " s; its log:\n" + tail(home), last);
    }

    private static Driver driver(String uri, String password) {
        return GraphDatabase.driver(uri, AuthTokens.basic(USER, password), Config.builder()
                .withLogging(Logging.none()).withConnectionTimeout(5, TimeUnit.SECONDS).build());
    }

    private static void stopProcess(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    /** The server's console output and the end of its neo4j.log, for a failure message. */
    private static String tail(Path home) {
        StringBuilder text = new StringBuilder();
        for (Path log : List.of(home.resolve("server.out"), home.resolve("logs/neo4j.log"))) {
            try {
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    text.append("== ").append(log.getFileName()).append('\n');
                    lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> text.append(l).append('\n'));
                }
            } catch (IOException e) {
                text.append("(cannot read ").append(log).append(": ").append(e.getMessage()).append(")\n");
            }
        }
        return text.toString();
    }

    /** Homes of earlier runs whose server is gone (its recorded PID is not alive) are removed; a live one is left alone. */
    private static void removeHomesOfDeadRuns(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> homes = Files.list(root)) {
            for (Path home : homes.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
                Path pidFile = home.resolve("server.pid");
                boolean alive = Files.exists(pidFile) && ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                        .map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    deleteTree(home);
                }
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("Neo4jServerProcess: could not clean " + root + ": " + e.getMessage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Neo4j server", e);
        }
    }
}
