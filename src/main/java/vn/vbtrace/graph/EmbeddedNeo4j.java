package vn.vbtrace.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import vn.vbtrace.document.OwnerOnlyFile;

/**
 * The lifecycle of a Neo4j server embedded in this process. It only starts and stops the server
 * and tells on which port Bolt listens and with which password: every read and write goes through
 * the Java driver, exactly as against a remote server, so that the same code runs against both.
 *
 * <p>Bolt listens on the loopback interface only, and with authentication on: any local process could
 * otherwise read and change the graph behind the journal and the index. The password is made at random
 * the first time a store is opened and kept beside it, readable by its owner only ({@value #PASSWORD_FILE}).
 */
final class EmbeddedNeo4j implements AutoCloseable {

    static final String LOOPBACK = "127.0.0.1";
    /** The built-in user of a Neo4j server; the only one the embedded graph has. */
    static final String USER = "neo4j";
    /** In the store folder: the Bolt password, POSIX 600. */
    static final String PASSWORD_FILE = "bolt-password";
    /** In the store folder: Neo4j's own logging, warnings only and size-bounded (see the resource). */
    static final String LOG_CONFIG_FILE = "neo4j-logs.xml";

    static final long CHECKPOINT_LOG_SIZE = 1024;
    static final int CHECKPOINT_LOGS_KEPT = 2;

    private final DatabaseManagementService service;
    private final OwnerOnlyFile passwordFile;
    private final String password;
    private final int boltPort;
    private final Duration startup;
    private boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService service, OwnerOnlyFile passwordFile, String password, int boltPort,
                          Duration startup) {
        this.service = service;
        this.passwordFile = passwordFile;
        this.password = password;
        this.boltPort = boltPort;
        this.startup = startup;
    }

    /**
     * Starts the server on {@code storeDir}. Neo4j recovers a store left by a killed process by
     * itself; its store lock is an OS file lock, released when the process that held it dies, so a
     * stale lock file does not stop a new start (a live second process does, as it should).
     */
    static EmbeddedNeo4j start(Path storeDir) {
        long began = System.nanoTime();
        try {
            Files.createDirectories(storeDir);
            ownerOnly(storeDir);
        } catch (java.io.IOException e) {
            throw new GraphException("Cannot create the graph store folder " + storeDir, e);
        }
        Path logConfig = writeLogConfig(storeDir);
        OwnerOnlyFile passwordFile = new OwnerOnlyFile(storeDir.resolve(PASSWORD_FILE));
        passwordFile.restrict();
        String kept = passwordFile.read().map(String::strip).filter(p -> !p.isEmpty()).orElse(null);
        DatabaseManagementService service;
        Neo4jJobThreads.platformUnlessSet();
        try {
            service = builder(storeDir, logConfig).build();
        } catch (RuntimeException e) {
            throw new GraphException("Cannot start the embedded graph in " + storeDir
                    + " (is another vbtrace process using the same data folder?)", e);
        }
        try {
            String password = kept;
            if (password == null) {
                // First start (or a store from before Bolt had a password): set a new one, and only then keep it,
                // so a crash in between leaves no file naming a password the server does not have.
                password = OwnerOnlyFile.randomSecret(24);
                setPassword(service, password);
                passwordFile.write(password + "\n");
            }
            int port = boltPort(service);
            return new EmbeddedNeo4j(service, passwordFile, password, port, Duration.ofNanos(System.nanoTime() - began));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    /**
     * The store folder is its owner's alone (rwx------): Bolt's password guards the server, and the store files
     * themselves must not be readable by any other account on the machine either.
     */
    private static void ownerOnly(Path storeDir) throws IOException {
        if (storeDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            java.nio.file.attribute.PosixFileAttributeView view = Files.getFileAttributeView(storeDir,
                    java.nio.file.attribute.PosixFileAttributeView.class);
            if (view != null && Files.getOwner(storeDir).equals(storeDir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name")))) {
                view.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    /**
     * Sets the password of the built-in user through the system database, in process: no login is needed
     * for that, and the user is not asked to change it at its first login.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    /**
     * Gives the built-in user the kept password again, when the server refused it (the system database was
     * replaced or restored from elsewhere). Neo4j refuses to "change" a password to the one it already has.
     */
    void restorePassword() {
        try {
            setPassword(service, password);
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** Neo4j's logging configuration, copied beside the store when it differs from the one this version ships. */
    private static Path writeLogConfig(Path storeDir) {
        Path target = storeDir.resolve(LOG_CONFIG_FILE);
        try (InputStream in = EmbeddedNeo4j.class.getResourceAsStream(LOG_CONFIG_FILE)) {
            if (in == null) {
                throw new GraphException("The Neo4j log configuration is missing from the jar");
            }
            byte[] shipped = in.readAllBytes();
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), shipped)) {
                Files.write(target, shipped);
            }
            return target.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The most memory Neo4j keeps store pages in, outside the heap. It is taken a page at a time as pages are
     * read, so a small repository's graph costs only its size. At 100,000 documents the store is some 870 MB and a
     * document page reads its citers' quotes from the string store across all of it: with 64 MB every page and
     * chain faulted store pages in and out (a read call each: some 1.5 ms of system time a page against 0.5), and
     * the page's statement took 3.5-4.5 ms against 1.7 ms with 256 MB (mean over 99 documents over Bolt). 256 MB
     * adds some 100-200 MB to the peak RSS of a server or an ingest at that size, under 2 GB with a 1 GB heap.
     * More buys nothing there: 512 MB against 256 MB, three servers each on the same 100,000-document folder, 2,000
     * pages and depth-1 chains of each kind after their warm-up, gave page p95 11.6 against 9.9 ms (mean of six blocks;
     * the most cited depth-1 chain 17.0 against 15.3) for 130 MB more RSS.
     */
    static final long PAGE_CACHE_BYTES = 256L * 1024 * 1024;

    private static DatabaseManagementServiceBuilder builder(Path storeDir, Path logConfig) {
        return new DatabaseManagementServiceBuilder(storeDir)
                // Bolt on loopback only, on a port the OS picks (0): no race between choosing and binding.
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, 0))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(LOOPBACK))
                // No HTTP, no server-side routing listener: nothing else opens a port.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // A login for every Bolt connection: loopback is shared by every process on the machine.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE_BYTES)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                // Every close appends a checkpoint record (about 250 bytes) even when nothing changed: the
                // checkpoint log rolls at 1 KiB and keeps 2 files, so an unchanged store stops growing at once.
                .setConfig(GraphDatabaseInternalSettings.checkpoint_logical_log_rotation_threshold, CHECKPOINT_LOG_SIZE)
                .setConfig(GraphDatabaseInternalSettings.checkpoint_logical_log_keep_threshold, CHECKPOINT_LOGS_KEPT)
                // Faster start: no page cache warm-up profile, no usage data sent anywhere.
                .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // One cached plan per statement, whatever the size of its lists and strings. By default the plan
                // cache is keyed by each parameter's size rounded up to a power of ten (1, 10, 100, ...), so a
                // statement is planned again (10 to 300 ms each; a dozen statements at a server's first upload) for a
                // batch of 1 rather than 8 documents, a number of 9 rather than 12 characters, a chain level of 40
                // rather than 400 ids: the start's rehearsal warmed the plans of other sizes. Every statement here
                // starts from an index seek per row, so the size does not change the plan worth having.
                .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
                // It only writes "VM stop-the-world pause" warnings into debug.log, on a busy machine at any open.
                .setConfig(GraphDatabaseInternalSettings.vm_pause_monitor_enabled, false)
                // Netty waits for a quiet period before its event loops stop (seconds, twice, per close):
                // nothing is in flight once the driver is closed, so stop at once.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                // Neo4j's own logs stay in the store folder, not on our stdout, warnings only and size-bounded.
                .setConfig(GraphDatabaseSettings.logs_directory, storeDir.resolve("logs").toAbsolutePath())
                .setConfig(GraphDatabaseSettings.server_logging_config_path, logConfig);
    }

    /** The port the OS gave Bolt, as Neo4j registered it once the connector was bound. */
    private static int boltPort(DatabaseManagementService service) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        HostnamePort address = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (address == null || address.getPort() <= 0) {
            throw new GraphException("Embedded Neo4j started without a Bolt port");
        }
        return address.getPort();
    }

    int boltPort() {
        return boltPort;
    }

    String boltUri() {
        return "bolt://" + LOOPBACK + ":" + boltPort;
    }

    /** The Bolt password of {@link #USER}; never logged. */
    String password() {
        return password;
    }

    /** Where the password is kept (POSIX 600). */
    Path passwordFile() {
        return passwordFile.path();
    }

    /** How long {@link #start} took, for the log line and the start-up test. */
    Duration startup() {
        return startup;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            service.shutdown();
        }
    }
}
