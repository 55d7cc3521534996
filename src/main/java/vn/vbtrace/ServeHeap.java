package vn.vbtrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The heap options {@code serve} adds to the user's when it relaunches itself ({@link AotRelaunch}), so that a server
 * given a maximum heap keeps it and collects its young garbage seldom and briefly.
 * <p>
 * Measured at 100,000 documents ({@code -Xmx1g}, G1, the scale benchmark's questions): G1 shrank the heap to about
 * 400 MB, where the 170 MB that stay live (Neo4j's and Lucene's caches, Spring) are above the occupancy at which it
 * starts a concurrent marking, so it marked after nearly every young collection (136 markings in 3,300 questions),
 * each ending in a pause of up to 50 ms; with its young generation small too, one question in ten met a pause, which is
 * the p95. Kept at 1 GB with a young generation of at most a third of it, the markings all but stop (14, most during
 * the start) and young collections are half as frequent; the young generation's cap bounds what that adds to the
 * memory the process touches (its RSS: 1,406 to 1,411 MB rather than 1,203). Nothing is added when the user's
 * options name no maximum heap size ({@code -Xmx}, {@code -XX:MaxHeapSize}: the JVM's default is a quarter of the
 * machine, too much to hold from the start) or set these sizes themselves.
 */
final class ServeHeap {

    private static final long MB = 1024 * 1024;
    /** A young generation larger than this only makes each young collection longer. */
    private static final long MAX_YOUNG = 512 * MB;

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
            added.add("-XX:MaxNewSize=" + Math.min(maxHeapBytes / 3, MAX_YOUNG) / MB + "m");
        }
        return added;
    }

    private static boolean names(List<String> options, String... prefixes) {
        return options.stream().anyMatch(option -> Arrays.stream(prefixes).anyMatch(option::startsWith));
    }
}
