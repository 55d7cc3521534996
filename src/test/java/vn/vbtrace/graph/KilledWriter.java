package vn.vbtrace.graph;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link GraphStoreLifecycleIT}: writes 1852/QĐ-UBND, says so, then waits
 * to be killed with SIGKILL, leaving its store unclean and its lock file behind.
 */
public final class KilledWriter {

    static final String WRITTEN = "KILLED-WRITER: WRITTEN";

    private KilledWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        GraphStore store = GraphStore.open(GraphSettings.embedded(Path.of(args[0])));
        store.write(SeedDocuments.qd1852());
        System.out.println(WRITTEN);
        System.out.flush();
        Thread.sleep(600_000);
        store.close();
    }
}
