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
        long began = System.nanoTime();
        GraphStore store = GraphStore.open(GraphSettings.embedded(Path.of(args[0])));
        System.out.printf("KILLED-WRITER: cold JVM, embedded Neo4j start-up %d ms (server), open() %d ms%n",
                store.embeddedStartup().toMillis(), (System.nanoTime() - began) / 1_000_000);
        store.write(SeedDocuments.qd1852());
        System.out.println(WRITTEN);
        System.out.flush();
        Thread.sleep(600_000);
        store.close();
    }
}
