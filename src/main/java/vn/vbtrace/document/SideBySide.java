package vn.vbtrace.document;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Reads that one answer needs and that do not need each other, run side by side: a document page asks the
 * graph for its citers, its validity and its programs, each a round trip to Neo4j mostly spent waiting, so the
 * page waits for the longest of them rather than for their sum. On virtual threads: a read blocks on its socket
 * without holding a thread of the server's own.
 */
public final class SideBySide {

    private static final ExecutorService READS = Executors.newVirtualThreadPerTaskExecutor();

    private SideBySide() {
    }

    /** Starts the read now; {@link #join} waits for its value. */
    public static <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, READS);
    }

    /** The read's value, or the exception it ended with, as it was thrown (a not-found stays a not-found). */
    public static <T> T join(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
