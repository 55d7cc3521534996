package vn.vbtrace.launch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The heap options {@code serve} adds to the user's when it relaunches itself ({@link Relaunch}), so that a server
 * given a maximum heap keeps it and collects its young garbage seldom and briefly.
 * <p>
 * Measured at 100,000 documents ({@code -Xmx1g}, G1, the scale benchmark's questions): G1 shrank the heap to about
 * 400 MB, where the 170 MB that stay live (Neo4j's and Lucene's caches, Spring) are above the occupancy at which it
 * starts a concurrent marking, so it marked after nearly every young collection (136 markings in 3,300 questions),
 * each ending in a pause of up to 50 ms; with its young generation small too, one question in ten met a pause, which is
 * the p95. Kept at 1 GB, the markings all but stop (14, most during the start, 3 on a faster machine).
 * <p>
 * The young generation's size is what the server's resident memory grows with (measured, below).
 * With a third of 1 GB (341 MB) young, the server's peak RSS after the benchmark's questions was 1,945-1,975 MB in five
 * runs (sessions 32-33, one machine), against a target of 2 GB; capped at {@value #MAX_YOUNG_MB} MB it was 1,794 and
 * 1,805 MB (about the 149 MB less young), for 637 young pauses of 4.0 ms (median; 2.9 s in all) against 359 of
 * 5.4 ms (2.2 s). Each question's p95 stayed within the spread of the runs before, the leaf's depth-3 chain and the
 * check at its top (19.5-21.0 and 19.4-20.7 ms against 18.0-21.5 and 17.3-21.9).
 * <p>
 * Nothing is added when the user's options name no maximum heap size ({@code -Xmx}, {@code -XX:MaxHeapSize}: the
 * JVM's default is a quarter of the machine, too much to hold from the start) or set these sizes themselves.
 */
final class ServeHeap {

    private static final long MB = 1024 * 1024;
    /** The young generation's cap: more only adds resident memory (see above). */
    static final long MAX_YOUNG_MB = 192;

    private ServeHeap() {
    }

    /** The options to add to the user's JVM {@code options}, given the maximum heap they give ({@code maxHeapBytes}). */
    static List<String> options(List<String> options, long maxHeapBytes) {
        if (!names(options, "-Xmx", "-XX:MaxHeapSize=") || maxHeapBytes <= 0) {
            return List.of();
        }
        List<String> added = new ArrayList<>();
        if (!names(options, "-Xms", "-XX:InitialHeapSize=", "-XX:MinHeapSize=")) {
            added.add("-Xms" + maxHeapBytes / MB + "m");
        }
        if (!names(options, "-Xmn", "-XX:NewSize=", "-XX:MaxNewSize=", "-XX:NewRatio=")) {
            added.add("-XX:MaxNewSize=" + Math.min(maxHeapBytes / 3 / MB, MAX_YOUNG_MB) + "m");
        }
        return added;
    }

    private static boolean names(List<String> options, String... prefixes) {
        return options.stream().anyMatch(option -> Arrays.stream(prefixes).anyMatch(option::startsWith));
    }
}
