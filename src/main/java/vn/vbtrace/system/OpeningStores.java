package vn.vbtrace.system;

import vn.vbtrace.ingest.IngestListener;
import vn.vbtrace.ingest.IngestSettings;
import vn.vbtrace.ingest.Pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The stores of {@code serve}'s data folder, opening on a thread of their own from the moment the server starts: the
 * graph database's start and its first queries (several seconds) then run beside Spring's own start instead of after
 * it, and the stores bean takes them when it is made ({@link ServiceConfiguration}).
 */
public final class OpeningStores {

    private final Path folder;
    private final CompletableFuture<Stores> opening = new CompletableFuture<>();
    private volatile boolean taken;

    private OpeningStores(Path folder) {
        this.folder = folder;
    }

    /** Begins opening the stores of {@code data} as a server opens them. */
    public static OpeningStores begin(Path data) {
        OpeningStores stores = new OpeningStores(normal(data));
        Thread thread = new Thread(() -> {
            try {
                stores.opening.complete(open(stores.folder));
            } catch (Throwable e) {
                stores.opening.completeExceptionally(e);
            }
        }, "vbtrace-open-stores");
        thread.setDaemon(true);
        thread.start();
        return stores;
    }

    /** The stores as a server opens them: shorter ingest batches, no listener. */
    static Stores open(Path data) {
        return Stores.open(new DataFolder(data), new Pipeline(), IngestSettings.forServer(), IngestListener.NONE);
    }

    /**
     * The stores once open, when they are those of {@code data}; empty for another folder (they are closed, and the
     * caller opens its own). A failure to open is thrown as it was raised.
     */
    Optional<Stores> take(Path data) {
        Stores stores = await();
        taken = true;
        if (!normal(data).equals(folder)) {
            stores.close();
            return Optional.empty();
        }
        return Optional.of(stores);
    }

    /** Closes the stores when no bean took them (the server failed before making its beans). */
    public void closeUntaken() {
        if (!taken) {
            try {
                await().close();
            } catch (RuntimeException e) {
                // they did not open: nothing to close
            }
        }
    }

    private Stores await() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Path normal(Path data) {
        return data.toAbsolutePath().normalize();
    }
}
