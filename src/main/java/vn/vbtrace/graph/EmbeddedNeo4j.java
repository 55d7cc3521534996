package vn.vbtrace.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

/**
 * The lifecycle of a Neo4j server embedded in this process. It only starts and stops the server
 * and tells on which port Bolt listens: every read and write goes through the Java driver, exactly
 * as against a remote server, so that the same code runs against both.
 */
final class EmbeddedNeo4j implements AutoCloseable {

    /** Bolt only ever listens on the loopback interface: the embedded server runs without auth. */
    static final String LOOPBACK = "127.0.0.1";

    private final DatabaseManagementService service;
    private final int boltPort;
    private final Duration startup;
    private boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort, Duration startup) {
        this.service = service;
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
        } catch (java.io.IOException e) {
            throw new GraphException("Cannot create the graph store folder " + storeDir, e);
        }
        DatabaseManagementService service;
        try {
            service = builder(storeDir).build();
        } catch (RuntimeException e) {
            throw new GraphException("Cannot start the embedded graph in " + storeDir
                    + " (is another vbtrace process using the same data folder?)", e);
        }
        try {
            int port = boltPort(service);
            return new EmbeddedNeo4j(service, port, Duration.ofNanos(System.nanoTime() - began));
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
    }

    private static DatabaseManagementServiceBuilder builder(Path storeDir) {
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
                // Loopback-only server used by this process alone.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Small footprint: the repository's graph is small and shares the heap with Lucene.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 16L * 1024 * 1024)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                // Faster start: no page cache warm-up profile, no usage data sent anywhere.
                .setConfig(GraphDatabaseSettings.pagecache_warmup_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits for a quiet period before its event loops stop (seconds, twice, per close):
                // nothing is in flight once the driver is closed, so stop at once.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                // Neo4j's own logs stay in the store folder, not on our stdout.
                .setConfig(GraphDatabaseSettings.logs_directory, storeDir.resolve("logs").toAbsolutePath());
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
