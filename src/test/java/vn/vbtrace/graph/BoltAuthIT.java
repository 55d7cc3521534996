package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * Issue 12, point 3: the embedded graph is locked. Another process on the machine, with the real driver,
 * cannot read or write it over Bolt without the password kept (owner-only) in the data folder; and opening an
 * unchanged store again and again does not make the data folder grow (Neo4j's logs are bounded).
 */
class BoltAuthIT {

    @TempDir
    Path data;

    @Test
    void boltRefusesAConnectionWithoutThePasswordOrWithAWrongOneAndAcceptsTheKeptOne() throws Exception {
        Path storeDir = data.resolve("graph");
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            store.write(SeedDocuments.qd1852());
            String uri = "bolt://127.0.0.1:" + store.boltPort();
            Path passwordFile = store.boltPasswordFile();
            assertThat(passwordFile).isEqualTo(storeDir.resolve(EmbeddedNeo4j.PASSWORD_FILE).toAbsolutePath());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .as("the password file is readable by its owner only").isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(storeDir)))
                    .as("the store folder is its owner's alone").isEqualTo("rwx------");
            String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);

            // What the issue did: a separate client with no credentials reads and writes the graph. Now refused.
            assertThatThrownBy(() -> countDocuments(uri, AuthTokens.none()))
                    .as("no credentials").isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> createNode(uri, AuthTokens.basic("neo4j", "neo4j")))
                    .as("Neo4j's default password").isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> createNode(uri, AuthTokens.basic("neo4j", password + "x")))
                    .as("a wrong password").isInstanceOf(AuthenticationException.class);
            assertThat(store.documentCount()).as("nothing was written by the refused clients").isOne();

            // The owner of the data folder can still use the graph with the kept password.
            assertThat(countDocuments(uri, AuthTokens.basic(EmbeddedNeo4j.USER, password))).isOne();
        }

        // The password outlives the process: reopening uses the same one, and so does a remote client.
        String password = Files.readString(storeDir.resolve(EmbeddedNeo4j.PASSWORD_FILE), StandardCharsets.UTF_8).strip();
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            assertThat(Files.readString(store.boltPasswordFile(), StandardCharsets.UTF_8).strip()).isEqualTo(password);
            try (GraphStore remote = GraphStore.open(GraphSettings.remote("bolt://127.0.0.1:" + store.boltPort(),
                    EmbeddedNeo4j.USER, password))) {
                assertThat(remote.documentCount()).isOne();
            }
            assertThatThrownBy(() -> GraphStore.open(GraphSettings.remote("bolt://127.0.0.1:" + store.boltPort(), null, null)))
                    .as("the product's own remote mode names the refused credentials")
                    .isInstanceOf(GraphException.class).hasMessageContaining("refused the credentials");
        }
    }

    @Test
    void aStoreFromBeforeBoltHadAPasswordGetsOneAndALostPasswordFileIsReplaced() throws Exception {
        Path storeDir = data.resolve("graph");
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            store.write(SeedDocuments.qd1852());
        }
        Path passwordFile = storeDir.resolve(EmbeddedNeo4j.PASSWORD_FILE);
        String first = Files.readString(passwordFile).strip();
        Files.delete(passwordFile);
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            assertThat(store.documentCount()).as("the data survives a new password").isOne();
            String second = Files.readString(passwordFile).strip();
            assertThat(second).isNotEqualTo(first);
            String uri = "bolt://127.0.0.1:" + store.boltPort();
            assertThatThrownBy(() -> countDocuments(uri, AuthTokens.basic(EmbeddedNeo4j.USER, first)))
                    .as("the old password no longer opens the graph").isInstanceOf(AuthenticationException.class);
            assertThat(countDocuments(uri, AuthTokens.basic(EmbeddedNeo4j.USER, second))).isOne();
        }
    }

    @Test
    void openingAnUnchangedStoreAgainAndAgainDoesNotGrowTheDataFolder() throws Exception {
        Path storeDir = data.resolve("graph");
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            store.write(SeedDocuments.qd1852());
        }
        // The first reopen may still settle (counts stores rebuilt, the log files' first lines).
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            assertThat(store.documentCount()).isOne();
        }
        Map<String, Long> settled = sizes(storeDir);
        // Each close appends a checkpoint record even when nothing changed: those logs roll and are pruned, so
        // per database they never hold more than the kept files plus the current one, each at most a record past
        // the threshold. Everything else (debug.log included) must not grow at all.
        long checkpointBound = 2L * (EmbeddedNeo4j.CHECKPOINT_LOGS_KEPT + 1) * (EmbeddedNeo4j.CHECKPOINT_LOG_SIZE + 1024);
        long largestCheckpoints = 0;
        int opens = 6;
        for (int open = 1; open <= opens; open++) {
            try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
                assertThat(store.documentCount()).isOne();
            }
            Map<String, Long> now = sizes(storeDir);
            Map<String, Long> grown = new TreeMap<>();
            now.forEach((file, size) -> {
                if (!isCheckpointLog(file) && size > settled.getOrDefault(file, 0L)) {
                    grown.put(file, size - settled.getOrDefault(file, 0L));
                }
            });
            assertThat(grown).as("files other than checkpoint logs that grew after open %d of an unchanged store (bytes added);"
                    + " debug.log's new lines: %s", open, added(storeDir.resolve("logs/debug.log"), settled.getOrDefault("logs/debug.log", 0L)))
                    .isEmpty();
            long checkpoints = now.entrySet().stream().filter(e -> isCheckpointLog(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            largestCheckpoints = Math.max(largestCheckpoints, checkpoints);
            assertThat(checkpoints).as("checkpoint logs of both databases after open %d", open).isLessThanOrEqualTo(checkpointBound);
        }
        System.out.printf("BoltAuthIT: store folder %d bytes after the first reopen, %d bytes after %d more opens"
                        + " (checkpoint logs at most %d bytes, bound %d)%n",
                total(settled), total(sizes(storeDir)), opens, largestCheckpoints, checkpointBound);
    }

    private static String added(Path file, long from) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        byte[] bytes = Files.readAllBytes(file);
        return from >= bytes.length ? "" : new String(bytes, (int) from, bytes.length - (int) from, StandardCharsets.UTF_8);
    }

    private static boolean isCheckpointLog(String file) {
        return file.matches(".*/checkpoint\\.\\d+");
    }

    private static long countDocuments(String uri, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver(uri, auth)) {
            return driver.executableQuery("MATCH (d:Document {stub: false}) RETURN count(d) AS n").execute()
                    .records().getFirst().get("n").asLong();
        }
    }

    private static void createNode(String uri, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver(uri, auth)) {
            driver.executableQuery("CREATE (:Intruder) WITH 1 AS x MATCH (i:Intruder) DELETE i").execute();
        }
    }

    private static Map<String, Long> sizes(Path root) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sizes.put(root.relativize(file).toString(), Files.size(file));
            }
        }
        return sizes;
    }

    private static long total(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(Long::longValue).sum();
    }
}
