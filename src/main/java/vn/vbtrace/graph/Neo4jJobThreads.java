package vn.vbtrace.graph;

/**
 * Neo4j's background jobs (index sampling among them) run on platform threads here, not on the virtual threads Neo4j
 * picks by default.
 * <p>
 * Virtual threads share the JVM's carrier threads, one per core. Seen ingesting 100,000 documents on 2 cores: two
 * index-sampling jobs held both carriers, each re-reading a tree page that the batch's commit had locked for writing,
 * while that commit waited for a page that a third sampling job was reading in, and that job needed a carrier to finish.
 * The ingest stood still at 75,007 documents for 25 minutes with both cores busy (thread dumps in the session 20 note).
 * On platform threads the OS gives every job its turn, and the commit goes on.
 * <p>
 * Neo4j reads the switch ({@code FeatureToggles}: the system property {@value #SWITCH}) once, when its scheduler's job
 * groups are first loaded, so it is set before the embedded server starts. A value the user gives on the command line
 * is kept. A Neo4j server run as its own process takes the same property in {@code server.jvm.additional} (README).
 */
final class Neo4jJobThreads {

    static final String SWITCH = "org.neo4j.scheduler.Group.enableVirtualThreads";

    private Neo4jJobThreads() {
    }

    /** Before any Neo4j start in this JVM: its job groups on platform threads, unless the user said otherwise. */
    static void platformUnlessSet() {
        if (System.getProperty(SWITCH) == null) {
            System.setProperty(SWITCH, "false");
        }
    }
}
