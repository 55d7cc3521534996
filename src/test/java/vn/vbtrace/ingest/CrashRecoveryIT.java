package vn.vbtrace.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed mid-ingest leaves no document in one store only: the restart finishes
 * what the journal shows in flight. The ingest runs as a real child JVM that is killed.
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    @Test
    void killedBetweenIndexAndGraphThenRestartedLeavesBothStoresAgreeing() throws Exception {
        Path data = dir.resolve("data");
        Process child = ingestInChild(data, List.of("-D" + Ingester.HALT_AFTER_INDEX + "=2"));
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child halted at the fault point").isEqualTo(99);
        assertThat(new Journal(data.resolve("journal.log")).pending()).hasSize(1);

        try (Stores stores = Stores.open(new DataFolder(data), new Pipeline())) {
            assertThat(new Journal(data.resolve("journal.log")).pending()).isEmpty();
            assertThat(stores.index().count()).isPositive();
            assertThat(stores.graph().documentIds()).containsExactlyInAnyOrderElementsOf(stores.index().ids());
            // Ingesting again completes the corpus and finds the two finished files unchanged.
            IngestReport rest = stores.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
            assertThat(rest.failed()).isEmpty();
            assertThat(rest.unchanged()).isEqualTo(2);
            assertThat(stores.graph().documentIds()).containsExactlyInAnyOrderElementsOf(stores.index().ids());
        }
    }

    @Test
    void killedWithSigkillWhileIngestingThenRestartedLeavesBothStoresAgreeing() throws Exception {
        Path data = dir.resolve("data");
        Process child = ingestInChild(data, List.of());
        Path journal = data.resolve("journal.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline && child.isAlive() && begins(journal) < 2) {
            Thread.sleep(20);
        }
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of either store
        child.waitFor(60, TimeUnit.SECONDS);

        try (Stores stores = Stores.open(new DataFolder(data), new Pipeline())) {
            assertThat(new Journal(journal).pending()).isEmpty();
            assertThat(stores.graph().documentIds()).containsExactlyInAnyOrderElementsOf(stores.index().ids());
        }
    }

    private static long begins(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readAllLines(journal).stream().filter(line -> line.startsWith("BEGIN")).count();
    }

    private static Process ingestInChild(Path data, List<String> extraJvmArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--enable-native-access")) {
                command.add(arg);
            }
        }
        command.add("-Xmx1g");
        command.addAll(extraJvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.vbtrace.VbtraceApplication");
        command.addAll(List.of("ingest", TestCorpus.ROOT.toString(), "--data", data.toString(), "--json"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.getParent().resolve("child.log").toFile()).start();
    }
}
