package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentNumbers;

/** A store outlives its process: killed mid-run, closed and reopened. */
class GraphStoreLifecycleIT {

    @TempDir
    Path data;

    @Test
    void aStoreLeftByAKilledProcessOpensAndKeepsItsDataAcrossRestarts() throws Exception {
        Path storeDir = data.resolve("graph");

        Process child = startKilledWriter(storeDir);
        try {
            assertThat(awaitWritten(child)).as("the child wrote 1852/QĐ-UBND").isTrue();
        } finally {
            // SIGKILL: no shutdown hook, no checkpoint, the lock file stays.
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }

        String qd1852 = DocumentNumbers.idForNumber(SeedDocuments.QD_1852);
        String appliedAt;
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            System.out.printf("GraphStoreLifecycleIT: reopen after kill (recovery) %d ms%n",
                    store.embeddedStartup().toMillis());
            assertThat(store.documentIds()).containsExactly(qd1852);
            assertThat(store.findByNumber(SeedDocuments.QD_1322)).map(GraphDocument::citedByCount).contains(1);
            store.write(SeedDocuments.cv4258());
            appliedAt = schemaVersionsAppliedAt(store);
            store.close();
            // Closing twice (here, then by try-with-resources) is harmless.
            store.close();
        }

        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            System.out.printf("GraphStoreLifecycleIT: reopen after close %d ms%n", store.embeddedStartup().toMillis());
            assertThat(store.documentCount()).isEqualTo(2);
            assertThat(store.findByNumber(SeedDocuments.QD_1322)).map(GraphDocument::citedByCount).contains(2);
            assertThat(store.chain(SeedDocuments.QD_1322, Direction.DOWN, 1).orElseThrow().edges()).hasSize(2);
            // Each schema file was applied once, by the first process.
            assertThat(schemaVersionsAppliedAt(store)).isEqualTo(appliedAt);
        }
        assertThat(storeDir.resolve("logs/debug.log")).as("Neo4j logs into the store folder").exists();
        assertThat(Files.list(storeDir).map(p -> p.getFileName().toString()).toList()).contains("data", "logs");
    }

    private static String schemaVersionsAppliedAt(GraphStore store) {
        return store.driver().executableQuery("""
                MATCH (v:SchemaVersion)
                RETURN collect(toString(v.version) + '@' + toString(v.appliedAt)) AS applied
                """).execute().records().getFirst().get("applied").asList().toString();
    }

    /** The same JVM flags and class path as this test JVM (failsafe's argLine: the Neo4j opens). */
    private static Process startKilledWriter(Path storeDir) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--add-exports")
                    || arg.startsWith("--enable-native-access") || arg.startsWith("-Xmx")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KilledWriter.class.getName());
        command.add(storeDir.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Reads the child's output until it has written (true) or ended (false); the rest is drained. */
    private static boolean awaitWritten(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            if (line.startsWith("KILLED-WRITER: cold JVM")) {
                System.out.println("GraphStoreLifecycleIT: child " + line);
            }
            if (line.contains(KilledWriter.WRITTEN)) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return true;
            }
        }
        return false;
    }
}
