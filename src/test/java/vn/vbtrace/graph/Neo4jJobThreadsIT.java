package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded graph's index sampling runs on platform threads: on virtual threads, sampling jobs spinning on both
 * carriers of a 2-core machine starved the job a commit was waiting for, and an ingest stood still (Neo4jJobThreads).
 * A virtual thread is not among {@link Thread#getAllStackTraces()}'s threads; a platform one is.
 */
class Neo4jJobThreadsIT {

    private static final String SAMPLING = "neo4j.IndexSampling";

    @TempDir
    Path data;

    @Test
    void anIndexIsSampledOnAPlatformThread() throws InterruptedException {
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(data.resolve("graph")))) {
            List<Map<String, Object>> rows = IntStream.range(0, 500)
                    .mapToObj(i -> Map.<String, Object>of("id", "doc-" + i, "key", "key-" + i % 50)).toList();
            GraphTestAccess.run(store, "UNWIND $rows AS row CREATE (:Document {id: row.id, numberKey: row.key})",
                    Map.of("rows", rows));
            GraphTestAccess.run(store, "CALL db.resampleIndex('document_number_key')", Map.of());

            assertThat(samplingThreadSeenWithin(10_000))
                    .as("a platform thread named %s* while the index is sampled", SAMPLING).isTrue();
        }
    }

    private static boolean samplingThreadSeenWithin(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith(SAMPLING))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
