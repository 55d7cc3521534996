package vn.vbtrace.graph;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every read of the graph: one statement, run as an auto-commit transaction of a read session. A managed
 * transaction ({@code executableQuery}) costs a second Bolt round trip for its commit and a transaction begun
 * and ended apart from the statement, 1 to 2 ms of a server's time each (measured on the embedded graph at
 * 100,000 documents), and a chain or a document page asks ten statements. A read changes nothing, so
 * it needs no retry of a whole transaction; the writers keep theirs.
 */
final class GraphReads {

    private static final Logger log = LoggerFactory.getLogger(GraphReads.class);

    private static final SessionConfig READ_SESSION = SessionConfig.builder()
            .withDefaultAccessMode(AccessMode.READ).build();

    private GraphReads() {
    }

    static List<Record> records(Driver driver, String query, Map<String, Object> parameters) {
        long started = System.nanoTime();
        try (Session session = driver.session(READ_SESSION)) {
            List<Record> records = session.run(query, parameters).list();
            logTime(started, records, query);
            return records;
        }
    }

    private static void logTime(long started, List<Record> records, String query) {
        if (log.isDebugEnabled()) {
            log.debug("Graph read of {} rows in {} µs: {}", records.size(), (System.nanoTime() - started) / 1_000,
                    query.strip().replaceAll("\\s+", " "));
        }
    }

    /**
     * {@link #records} with no thread of ours waiting for it: the rows arrive on the driver's network thread, so the
     * caller does other work meanwhile and then waits on the future itself. A read run side by side on a thread of
     * its own cost two more hand-offs between threads (to it and back), on two cores a wait for a core each.
     */
    static CompletableFuture<List<Record>> recordsAsync(Driver driver, String query, Map<String, Object> parameters) {
        long started = System.nanoTime();
        AsyncSession session = driver.session(AsyncSession.class, READ_SESSION);
        return session.runAsync(query, parameters)
                .thenCompose(ResultCursor::listAsync)
                .handle((records, failure) -> session.closeAsync().thenApply(closed -> {
                    if (failure != null) {
                        throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(failure);
                    }
                    logTime(started, records, query);
                    return records;
                }))
                .thenCompose(Function.identity())
                .toCompletableFuture();
    }
}
