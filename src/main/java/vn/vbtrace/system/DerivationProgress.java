package vn.vbtrace.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The progress of re-deriving a data folder's documents when a new release opens it (Stores): at 100,000 documents
 * that is an ingest's work (about 11 minutes on a two-core machine) before the server answers, so the log says that
 * it began, how far it is every {@link #EVERY_NANOS}, and when it ended, rather than nothing after "Tomcat
 * initialized". Logged at INFO by this logger alone (logback.xml), the rest of vbtrace logging warnings only.
 */
final class DerivationProgress implements Consumer<String> {

    private static final Logger log = LoggerFactory.getLogger(DerivationProgress.class);
    static final long EVERY_NANOS = 10_000_000_000L;

    private final long total;
    /** Derived by an earlier run that was cut short, which this one goes on from. */
    private final long before;
    private final LongSupplier nanos;
    private final long started;
    private long lastTold;
    /** Counted by the re-derivation, read by the health check. */
    private volatile long done;

    DerivationProgress(long total, long before, LongSupplier nanos) {
        this.total = total;
        this.before = before;
        this.done = before;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.lastTold = started;
    }

    /** Says what is about to be derived again, when there is anything. */
    void begin(int fromVersion, int toVersion) {
        if (total > 0) {
            log.info("Deriving the {} stored documents again from their originals (derivation version {} -> {}){}; a "
                    + "server answers meanwhile, its health check saying how far it is", total, fromVersion, toVersion,
                    before == 0 ? "" : ", going on after the " + before + " an earlier start derived");
        }
    }

    /** Says what was derived again and what failed (the failed documents keep what they had). */
    void end(int reextracted, int failed) {
        if (reextracted > 0 || failed > 0) {
            log.info("{}; {} derived again, {} failed", line(nanos.getAsLong()), reextracted, failed);
        }
    }

    /** The stores closed before the end: what the next start goes on from. */
    void stopped() {
        log.info("{}; stopped there, the stores closing: the next start goes on from there", line(nanos.getAsLong()));
    }

    /** One stored document derived again (or failed and kept as it was). */
    @Override
    public void accept(String source) {
        done++;
        long now = nanos.getAsLong();
        if (now - lastTold >= EVERY_NANOS) {
            lastTold = now;
            log.info(line(now));
        }
    }

    long done() {
        return done;
    }

    /**
     * "Re-derived 12,000 of 100,000 stored documents (12 %), 231 a second". The total is the documents the index held
     * (an original the index lost is derived again too, so the count may pass it: then the count is the total).
     */
    String line(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        long of = Math.max(total, done);
        return String.format(java.util.Locale.ROOT, "Re-derived %,d of %,d stored documents (%d %%), %.0f a second",
                done, of, of == 0 ? 100 : done * 100 / of, (done - before) / seconds);
    }
}
