package vn.vbtrace.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import vn.vbtrace.catalog.CatalogImporter;
import vn.vbtrace.catalog.CatalogReport;
import vn.vbtrace.ingest.IngestReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The work of a start, once the stores are open: the documents an older version derived, derived again; the shipped
 * catalog (every start with the corpus: a data folder made before the catalog shipped gets it too, unchanged rows cost
 * nothing), the shipped corpus when the data folder holds no document yet, otherwise the statuses only the calendar
 * changed since they were last derived.
 * <p>
 * Spring runs it after the web server has started and before {@code WebServer.start} returns, so the command line's
 * "vbtrace is serving" line still comes after it; until it is done, {@code /api/health} answers 503 STARTING rather
 * than UP, so a client that waits for UP finds the corpus searchable, as before.
 */
public final class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Stores stores;
    /** The shipped corpus (with its catalog/), or null. */
    private final Path corpus;
    private final ServerActivity activity;
    private final VbtraceProperties.Warmup warmup;
    /** The server's client to itself, once its port is known; empty outside a web server. */
    private final Supplier<Optional<LoopbackClient>> loopback;
    private volatile boolean done;
    private volatile WarmupState warmupState = WarmupState.PENDING;

    /** Where the warm-up after a start is: a client waiting for a warm server waits for DONE or OFF. */
    public enum WarmupState {
        /** Not begun: the start's work or the upload rehearsal still runs. */
        PENDING,
        RUNNING,
        DONE,
        /** None: a repository under the warm-up's size, or the warm-up switched off. */
        OFF
    }

    FirstStart(Stores stores, Path corpus, ServerActivity activity, VbtraceProperties.Warmup warmup,
               Supplier<Optional<LoopbackClient>> loopback) {
        this.stores = stores;
        this.corpus = corpus;
        this.activity = activity;
        this.warmup = warmup;
        this.loopback = loopback;
    }

    /** Whether the start's work is over (the server is ready). */
    public boolean done() {
        return done;
    }

    public WarmupState warmupState() {
        return warmupState;
    }

    /** While the start derives documents of an older version again: how far it is; else empty. */
    public Optional<String> derivation() {
        return stores.derivationUnderWay();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        // First, what an upgrade asks (every document derived again by this version), while the server already
        // answers: 503 STARTING with the progress from the health check, questions from what is derived so far.
        stores.catchUpWithDerivation();
        if (stores.closing()) {
            return; // asked to stop while it derived: the stores are closing under the rest of the start's work
        }
        if (corpus != null) {
            importCatalog(corpus.resolve("catalog"));
        }
        if (corpus != null && stores.index().count() == 0) {
            ingestCorpus(corpus);
        } else {
            // Statuses that only the calendar changed (not yet in force → in force) since they were last derived.
            long started = System.nanoTime();
            int n = stores.statuses().catchUpWithCalendar();
            log.info("Validity statuses of {} documents the calendar changed brought up to date in {} ms", n,
                    (System.nanoTime() - started) / 1_000_000);
        }
        done = true;
        // In the background, one after the other, while the server answers: the upload path's rehearsal, then the
        // requests' warm-up.
        Thread.ofPlatform().daemon().name("vbtrace-after-start").start(() -> {
            UploadRehearsal.run(stores);
            warmUp();
        });
    }

    private void warmUp() {
        long documents = stores.index().count();
        Optional<LoopbackClient> server = loopback.get();
        if (server.isEmpty() || !RequestWarmup.worthRunning(documents, warmup)) {
            warmupState = WarmupState.OFF;
            return;
        }
        warmupState = WarmupState.RUNNING;
        try (LoopbackClient client = server.get()) {
            RequestWarmup.runLogged(client, documents, activity, warmup);
        } finally {
            warmupState = WarmupState.DONE;
        }
    }

    /** First start: the shipped corpus and its catalog, so a new user has documents to search and check at once. */
    private void ingestCorpus(Path corpus) {
        if (!Files.isDirectory(corpus)) {
            log.warn("No corpus folder at {}: starting empty", corpus.toAbsolutePath());
            return;
        }
        long started = System.nanoTime();
        int[] done = {0};
        IngestReport report = stores.ingester().ingest(List.of(corpus),
                source -> log.info("Ingested {} ({})", source, ++done[0]), total -> log.info("Ingesting {} files from {}", total, corpus));
        log.info("Corpus ingested in {} ms: {} ingested, {} unchanged, {} failed {}", (System.nanoTime() - started) / 1_000_000,
                report.ingested(), report.unchanged(), report.failed().size(), report.failed());
    }

    /** The shipped national catalog (corpus/catalog/): what the corpus cites, with real dates, issuers and sources. */
    private void importCatalog(Path catalog) {
        if (Files.isDirectory(catalog)) {
            CatalogReport imported = new CatalogImporter(stores.graph(), stores.statuses()::refresh).importFolder(catalog, (phase, rows) -> { });
            log.info("Catalog imported from {}: {} records, {} unchanged, {} relations, {} failed {}", catalog,
                    imported.imported(), imported.unchanged(), imported.relations(), imported.failedCount(), imported.failed());
        }
    }
}
