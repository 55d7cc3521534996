package vn.vbtrace.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.graph.GraphSettings;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.TaskIndex;
import vn.vbtrace.ingest.IngestListener;
import vn.vbtrace.ingest.IngestStopped;
import vn.vbtrace.ingest.IngestSettings;
import vn.vbtrace.ingest.Ingester;
import vn.vbtrace.ingest.GraphJournal;
import vn.vbtrace.ingest.Journal;
import vn.vbtrace.ingest.OriginalFiles;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.ingest.ReextractCheckpoint;
import vn.vbtrace.ingest.ReextractReport;
import vn.vbtrace.ingest.StoredOriginals;
import vn.vbtrace.validity.StatusIndex;
import vn.vbtrace.validity.ValidityService;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Both stores of one data folder, opened once: the search index (Lucene in the data folder, or an OpenSearch
 * server: SearchConnection), the duty clauses (beside it: Lucene or the server's second index), the graph, the journal
 * and the originals (in the data folder, or shared by several instances: SharedRepository). Opening finishes whatever
 * ingest a crash interrupted before anything else reads the stores.
 */
public final class Stores implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Stores.class);
    /** How long closing waits for a re-derivation to end its batch (a batch of 500 takes a few seconds). */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final DataFolder data;
    private final SearchIndex index;
    private final TaskIndex tasks;
    private final GraphStore graph;
    private final Pipeline pipeline;
    private final Ingester ingester;
    private final ValidityService validity;
    private final StatusIndex statuses;
    private final StoredOriginals originals;
    private final Journal journal;
    /** With a shared journal: finishes now and then the batches of instances that died (null otherwise). */
    private ScheduledExecutorService orphanWatch;
    /** The re-derivation under way, read by the health check on another thread. */
    private volatile DerivationProgress derivation;
    /** Held while documents are derived again, so that closing waits for the batch being written. */
    private final ReentrantLock deriving = new ReentrantLock();
    private volatile boolean closing;

    private Stores(DataFolder data, SearchIndex index, TaskIndex tasks, GraphStore graph, Journal journal, Pipeline pipeline,
                   IngestSettings settings, IngestListener listener) {
        this.data = data;
        this.index = index;
        this.tasks = tasks;
        this.graph = graph;
        this.pipeline = pipeline;
        // A staff record changes one document's status: the index's copy follows at once.
        this.validity = new ValidityService(graph, Clock.system(ValidityService.VIETNAM), this::staffRecorded);
        this.statuses = new StatusIndex(validity, index, data.statusDate());
        OriginalFiles files = new OriginalFiles(SharedRepository.originals(data));
        this.journal = journal;
        this.ingester = new Ingester(pipeline, files, journal, index, tasks, graph, statuses::afterWrite, settings, listener);
        this.originals = new StoredOriginals(journal, files);
    }

    /** Called only after construction, when {@code statuses} is set. */
    private void staffRecorded(String documentId) {
        statuses.refresh(documentId);
    }

    public static Stores open(DataFolder data, Pipeline pipeline) {
        return open(data, pipeline, IngestSettings.fromEnvironment(), IngestListener.NONE);
    }

    /** With the ingest settings of the caller (a server writes shorter batches) and a listener of ingest's steps. */
    public static Stores open(DataFolder data, Pipeline pipeline, IngestSettings settings, IngestListener listener) {
        return open(data, pipeline, settings, listener, GraphConnection.settings(data), true);
    }

    /**
     * For a server: as {@link #open(DataFolder, Pipeline, IngestSettings, IngestListener)}, but documents of an older
     * derivation version are left for {@link #catchUpWithDerivation}, which the server runs once it listens, so that
     * an upgraded repository of 100,000 documents (a quarter of an hour to derive again) answers its health check,
     * with the progress, and its questions meanwhile rather than nothing at all.
     */
    public static Stores openDeferringDerivation(DataFolder data, Pipeline pipeline, IngestSettings settings, IngestListener listener) {
        return open(data, pipeline, settings, listener, GraphConnection.settings(data), false);
    }

    /** With the graph named by the caller rather than by vbtrace.graph.uri (the test suites run against each target). */
    public static Stores open(DataFolder data, Pipeline pipeline, GraphSettings graphSettings) {
        return open(data, pipeline, IngestSettings.fromEnvironment(), IngestListener.NONE, graphSettings, true);
    }

    private static Stores open(DataFolder data, Pipeline pipeline, IngestSettings settings, IngestListener listener,
                               GraphSettings graphSettings, boolean deriveNow) {
        long started = System.nanoTime();
        SearchIndex index = SearchConnection.openWritable(data, settings.indexFiles());
        TaskIndex tasks;
        GraphStore graph;
        try {
            tasks = SearchConnection.openTasks(data, settings.indexFiles());
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        try {
            graph = GraphStore.open(graphSettings);
        } catch (RuntimeException e) {
            tasks.close();
            index.close();
            throw e;
        }
        Journal journal;
        try {
            journal = SharedRepository.journal(data, graphSettings, graph);
        } catch (RuntimeException e) {
            graph.close();
            tasks.close();
            index.close();
            throw e;
        }
        Stores stores = new Stores(data, index, tasks, graph, journal, pipeline, settings, listener);
        try {
            int recovered = stores.ingester.recover();
            if (journal instanceof GraphJournal shared) {
                stores.watchForOrphans(shared);
            }
            if (deriveNow) {
                stores.catchUpWithDerivation();
            }
            if (index.count() == 0) {
                stores.statuses.markDerivedTodayIfNew();
            }
            log.info("Stores open in {} ms ({} files of interrupted ingests finished)",
                    (System.nanoTime() - started) / 1_000_000, recovered);
            return stores;
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
    }

    /**
     * Instances sharing the stores may die during an ingest and never come back: every lease, this one claims and
     * finishes what they left (a batch is claimed only once its instance has been silent for the whole lease).
     */
    private void watchForOrphans(GraphJournal shared) {
        orphanWatch = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "vbtrace-orphan-batches");
            thread.setDaemon(true);
            return thread;
        });
        long every = shared.lease().toMillis();
        orphanWatch.scheduleWithFixedDelay(() -> {
            try {
                int finished = ingester.recover();
                if (finished > 0) {
                    log.info("Finished {} files of ingests another instance left unfinished", finished);
                }
            } catch (RuntimeException e) {
                log.warn("Could not finish the ingests other instances left: {}", e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Documents stored by an older version of the extractor (or index, or graph writer) are derived
     * again from their originals, once, so an upgrade never leaves the stores answering from stale extractions. A
     * re-derivation cut short goes on from its checkpoint.
     */
    public void catchUpWithDerivation() {
        DerivationStamp stamp = new DerivationStamp(data.derivationVersion());
        int stored = stamp.read();
        if (stored == Pipeline.DERIVATION_VERSION) {
            return;
        }
        if (stored > Pipeline.DERIVATION_VERSION) {
            log.warn("The data folder was written by a newer vbtrace (derivation version {} > {}); it is used as it is",
                    stored, Pipeline.DERIVATION_VERSION);
            return;
        }
        deriving.lock();
        try {
            if (closing) {
                return;
            }
            ReextractCheckpoint checkpoint = ReextractCheckpoint.in(data.derivationCheckpoint(), Pipeline.DERIVATION_VERSION);
            DerivationProgress progress = new DerivationProgress(index.count(), checkpoint.derivedSoFar(), System::nanoTime);
            progress.begin(stored, Pipeline.DERIVATION_VERSION);
            derivation = progress;
            try {
                ReextractReport report = ingester.reextract(checkpoint, progress);
                progress.end(report.reextracted(), report.failed().size());
                stamp.write(Pipeline.DERIVATION_VERSION);
            } catch (IngestStopped stopped) {
                progress.stopped();
            }
        } finally {
            derivation = null;
            deriving.unlock();
        }
    }

    /** Whether the stores are closing (the server stops): the start's work ends rather than begin anything more. */
    public boolean closing() {
        return closing;
    }

    /**
     * A re-derivation under way (a server asked to stop while it derives an upgraded folder) ends after the batch it
     * is writing, a few seconds; the stores are closed under it only if it has not ended after {@link #CLOSE_WAIT}.
     */
    private void waitForTheDerivation() {
        try {
            if (deriving.tryLock(CLOSE_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                deriving.unlock();
            } else {
                log.warn("The re-derivation did not end within {} s of the stop; closing the stores under it (its "
                        + "batch is finished or undone from the journal at the next start)", CLOSE_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** While documents are being derived again: how far it is ("Re-derived 12,000 of 100,000 ..."); else empty. */
    public Optional<String> derivationUnderWay() {
        DerivationProgress progress = derivation;
        return progress == null ? Optional.empty() : Optional.of(progress.line(System.nanoTime()));
    }

    public DataFolder data() {
        return data;
    }

    public SearchIndex index() {
        return index;
    }

    /** The duty clauses, for "who is responsible". */
    public TaskIndex tasks() {
        return tasks;
    }

    public GraphStore graph() {
        return graph;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Ingester ingester() {
        return ingester;
    }

    /** Validity statuses; staff records made through it reach the search index too. */
    public ValidityService validity() {
        return validity;
    }

    /** The original files of each document, for download. */
    public StoredOriginals originals() {
        return originals;
    }

    /** The search index's copy of validity statuses, for the start-up catch-up with the calendar. */
    public StatusIndex statuses() {
        return statuses;
    }

    @Override
    public void close() {
        closing = true;
        ingester.stop();
        waitForTheDerivation();
        try {
            if (orphanWatch != null) {
                orphanWatch.shutdownNow();
            }
            ingester.close();
            journal.close();
            graph.close();
        } finally {
            try {
                tasks.close();
            } finally {
                index.close();
            }
        }
    }
}
