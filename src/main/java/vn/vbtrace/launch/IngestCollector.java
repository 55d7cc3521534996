package vn.vbtrace.launch;

import java.util.List;

/**
 * The garbage collector {@code ingest} adds to the user's JVM options when it relaunches itself ({@link Relaunch}):
 * the parallel one, unless the options choose a collector themselves.
 * <p>
 * Why: an ingest is a batch job, whose pauses no one waits on, and most of what it keeps alive for a while is Lucene's
 * indexing buffers of the batch under way, which G1 copied at every young collection and then marked concurrently
 * once they had moved to the old generation (at 100,000 documents, {@code -Xmx1g}: 1,331 pauses of 36 ms at the
 * median, and G1's concurrent and refinement threads on top). The parallel collector does the same work without the
 * concurrent part or G1's write barriers: 20,000 documents in turn, 102 and 119 documents/s against 109 and 103 with
 * G1 (README, "what was measured"). {@code serve} keeps G1, whose short pauses the questions need.
 */
final class IngestCollector {

    private IngestCollector() {
    }

    /** The options to add to the user's JVM {@code options}. */
    static List<String> options(List<String> options) {
        return JvmOptions.chooseCollector(options) ? List.of() : List.of("-XX:+UseParallelGC");
    }
}
