package vn.vbtrace.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.TaskIndex;
import vn.vbtrace.parse.FileFormats;
import vn.vbtrace.parse.ParseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Ingests files into both stores. Files are read, parsed and extracted in parallel ({@link PreparePool}),
 * outside any store lock, and written in batches in the order given ({@link BatchWriter}): one journal
 * entry, one commit of the indexes and one graph transaction per batch. Start-up replays what a crash left
 * in the journal, so a batch is in both stores or in neither. An upload is a batch of its own, written as
 * soon as it is extracted.
 */
public final class Ingester implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Ingester.class);

    private final Pipeline pipeline;
    private final OriginalFiles originals;
    private final Journal journal;
    private final BatchWriter writer;
    private final IngestSettings settings;
    private final PreparePool pool;
    private final FileWalker walker = new FileWalker();
    /** Set once the stores are closing: a re-derivation under way ends after its batch. */
    private volatile boolean stopping;

    /** What became of one file once prepared: ready to write, unchanged, or failed with a reason. */
    private record Step(BatchWriter.Prepared prepared, boolean unchanged, String error) {

        static Step ready(BatchWriter.Prepared prepared) {
            return new Step(prepared, false, null);
        }

        static Step failed(String error) {
            return new Step(null, false, error);
        }
    }

    private static final Step UNCHANGED = new Step(null, true, null);

    public Ingester(Pipeline pipeline, OriginalFiles originals, Journal journal, SearchIndex index, TaskIndex tasks,
                    GraphStore graph, DerivedStatuses statuses, IngestSettings settings, IngestListener listener) {
        this.pipeline = pipeline;
        this.originals = originals;
        this.journal = journal;
        this.settings = settings;
        this.writer = new BatchWriter(journal, index, tasks, graph, statuses, listener, settings.workers());
        this.pool = new PreparePool(settings.workers());
    }

    public IngestSettings settings() {
        return settings;
    }

    public IngestReport ingest(List<Path> roots, Consumer<String> progress, Consumer<Integer> total) {
        List<FileWalker.Candidate> candidates = walker.expand(roots);
        total.accept(candidates.size());
        int[] ingested = {0};
        int[] unchanged = {0};
        List<IngestReport.Failure> failed = new ArrayList<>();
        Set<String> inThisRun = new HashSet<>();
        Batcher<FileWalker.Candidate> batcher = new Batcher<>((batch, errors) -> {
            batch.forEach((candidate, prepared) -> {
                String error = errors.get(prepared.entry().hash());
                if (error == null) {
                    ingested[0]++;
                } else {
                    failed.add(new IngestReport.Failure(candidate.path().toString(), error));
                }
            });
        });
        forEachPrepared(candidates, candidate -> () -> candidate.error() != null ? Step.failed(candidate.error())
                : prepareFile(candidate.path(), candidate.source()), (candidate, step) -> {
                    if (step.error() != null) {
                        failed.add(new IngestReport.Failure(candidate.path().toString(), step.error()));
                    } else if (step.unchanged() || !inThisRun.add(step.prepared().entry().hash())) {
                        unchanged[0]++; // already stored, or the same bytes met earlier in this run
                    } else {
                        batcher.add(candidate, step.prepared());
                    }
                    progress.accept(candidate.source());
                });
        batcher.flush();
        return new IngestReport(ingested[0], unchanged[0], failed);
    }

    public IngestOutcome ingestFile(Path path, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return IngestOutcome.failed("không đọc được tệp: " + e.getMessage());
        }
        return ingestBytes(path.getFileName().toString(), bytes, source);
    }

    /** One file as a batch of its own, written as soon as it is extracted (an upload waits for no other file). */
    public IngestOutcome ingestBytes(String fileName, byte[] bytes, String source) {
        Step step = await(pool.submit(() -> prepare(fileName, bytes, source)));
        if (step.unchanged()) {
            return IngestOutcome.unchanged();
        }
        if (step.error() != null) {
            return IngestOutcome.failed(step.error());
        }
        String error = writer.write(List.of(step.prepared())).get(step.prepared().entry().hash());
        return error == null ? IngestOutcome.ingested(step.prepared().doc().id()) : IngestOutcome.failed(error);
    }

    /** Finishes every batch a crash interrupted, from the stored originals. Returns how many files it covered. */
    public int recover() {
        int files = 0;
        for (Journal.Batch interrupted : journal.pendingBatches()) {
            if (!interrupted.removals().isEmpty()) {
                writer.remove(interrupted.removals());
            } else {
                files += finish(interrupted);
            }
            journal.abortBatch(interrupted); // done again under a journal entry of its own
        }
        return files;
    }

    private int finish(Journal.Batch interrupted) {
        Set<String> unfinishable = new LinkedHashSet<>();
        Batcher<Journal.Entry> batcher = new Batcher<>((batch, errors) -> batch.forEach((entry, prepared) -> {
            if (errors.containsKey(prepared.entry().hash())) {
                unfinishable.add(prepared.doc().id());
            }
        }));
        forEachPrepared(interrupted.entries(), entry -> () -> prepareStored(entry, entry.id()), (entry, step) -> {
            if (step.error() != null) {
                unfinishable.add(entry.id());
                log.warn("Cannot finish the interrupted ingest of {}: {}", entry.source(), step.error());
            } else {
                batcher.add(entry, step.prepared());
            }
        });
        batcher.flush();
        // What cannot be finished is taken out of every store, so that none holds half of it.
        writer.remove(unfinishable);
        log.info("Finished the interrupted ingest of {} files ({} rolled back)", interrupted.entries().size(), unfinishable.size());
        return interrupted.entries().size();
    }

    /**
     * Derives every stored document again from its original file, in the order they were ingested and in
     * batches like an ingest: after the extractor, the index fields or the graph writing changed, the stores
     * catch up without anyone re-uploading a file. A batch that cannot be stored leaves its documents as they
     * were in every store. A document whose id changed (its number is now read) leaves its old id behind in
     * no store. Files that no longer parse are reported and keep their old record.
     */
    public ReextractReport reextract(Consumer<String> progress) {
        return reextract(ReextractCheckpoint.notKept(), progress);
    }

    /** As {@link #reextract(Consumer)}, going on from where the run that saved {@code checkpoint} was cut short. */
    public ReextractReport reextract(ReextractCheckpoint checkpoint, Consumer<String> progress) {
        List<IngestReport.Failure> failed = new ArrayList<>();
        int[] done = {0};
        Batcher<Journal.Entry> batcher = new Batcher<>((batch, errors) -> {
            int derived = 0;
            for (Journal.Entry old : batch.keySet()) {
                String error = errors.get(old.hash());
                if (error == null) {
                    derived++;
                } else {
                    failed.add(new IngestReport.Failure(old.source(), error)); // the old record stays: better than nothing
                }
                progress.accept(old.source());
            }
            done[0] += derived;
            checkpoint.derived(derived);
        });
        List<Journal.Entry> entries = checkpoint.stillToDerive(journal.committed());
        forEachPrepared(entries, () -> stopping, old -> () -> prepareStored(old, null), (old, step) -> {
            if (step.error() != null) {
                failed.add(new IngestReport.Failure(old.source(), step.error())); // the old record stays
                progress.accept(old.source());
            } else {
                if (!step.prepared().doc().id().equals(old.id())) {
                    checkpoint.left(old.id());
                }
                batcher.add(old, step.prepared());
            }
        });
        if (stopping) {
            // What is prepared and not written is dropped: the checkpoint counts only whole batches.
            throw new IngestStopped("the re-derivation stopped with " + checkpoint.derivedSoFar()
                    + " documents derived, its checkpoint saved");
        }
        batcher.flush();
        // An id left behind is retired unless another stored file (or one that failed) still makes that document.
        List<String> retired = checkpoint.leftIds().stream().filter(id -> journal.committedOf(id).isEmpty()).toList();
        writer.remove(retired);
        checkpoint.finished();
        return new ReextractReport(done[0], retired.size(), failed);
    }

    private Step prepareFile(Path path, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return Step.failed("không đọc được tệp: " + e.getMessage());
        }
        return prepare(path.getFileName().toString(), bytes, source);
    }

    private Step prepare(String fileName, byte[] bytes, String source) {
        String hash = DocumentNumbers.sha256Hex(bytes);
        if (journal.isCommitted(hash)) {
            return UNCHANGED;
        }
        IngestedDocument doc;
        try {
            doc = pipeline.process(fileName, bytes, source, hash);
        } catch (ParseException e) {
            return Step.failed(e.getMessage());
        }
        String stored = originals.store(hash, FileFormats.extension(Path.of(fileName)), bytes);
        return Step.ready(new BatchWriter.Prepared(doc, new Journal.Entry(doc.id(), hash, stored, source)));
    }

    /** Derives a document again from the original a journal entry stored; {@code expectedId} null means any id. */
    private Step prepareStored(Journal.Entry entry, String expectedId) {
        String fileName = OriginalFiles.fileName(entry.storedName());
        try {
            IngestedDocument doc = pipeline.process(fileName, originals.read(entry.storedName()), entry.source(), entry.hash());
            if (expectedId != null && !expectedId.equals(doc.id())) {
                // Finishing an interrupted ingest with a different extractor: the id the journal names is the one to finish.
                return Step.failed("the stored original now gives another document id (" + doc.id() + ")");
            }
            return Step.ready(new BatchWriter.Prepared(doc, new Journal.Entry(doc.id(), entry.hash(), entry.storedName(),
                    entry.source())));
        } catch (ParseException | RuntimeException e) {
            return Step.failed(e.getMessage());
        }
    }

    /**
     * Prepares each item on the pool, at most two batches ahead of the writing, and hands the results to
     * {@code consume} in the items' order, in the calling thread (which writes the batches). Two, not one: the
     * graph transaction runs on one thread, and with only the next batch to prepare the workers ran out of work
     * before it ended and left a core idle (a 10,000-document ingest used 1.2 of its 2 cores).
     */
    private <T> void forEachPrepared(List<T> items, Function<T, Callable<Step>> work, BiConsumer<T, Step> consume) {
        forEachPrepared(items, () -> false, work, consume);
    }

    /** As above, ending early (the items not yet consumed left aside) once {@code stop} says so. */
    private <T> void forEachPrepared(List<T> items, BooleanSupplier stop, Function<T, Callable<Step>> work,
                                     BiConsumer<T, Step> consume) {
        int window = 2 * settings.batchSize() + 4 * settings.workers();
        Deque<Map.Entry<T, PreparePool.Ticket<Step>>> inFlight = new ArrayDeque<>();
        int next = 0;
        while ((next < items.size() || !inFlight.isEmpty()) && !stop.getAsBoolean()) {
            while (next < items.size() && inFlight.size() < window) {
                T item = items.get(next++);
                inFlight.add(Map.entry(item, pool.submit(work.apply(item))));
            }
            Map.Entry<T, PreparePool.Ticket<Step>> head = inFlight.poll();
            consume.accept(head.getKey(), await(head.getValue()));
        }
    }

    private Step await(PreparePool.Ticket<Step> ticket) {
        try {
            return pool.await(ticket, settings.fileTimeout());
        } catch (TimeoutException e) {
            return Step.failed("xử lý tệp quá " + settings.fileTimeout().toSeconds()
                    + " giây, đã dừng (vbtrace.ingest.max-seconds)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Step.failed(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Step.failed("interrupted");
        }
    }

    /** Collects prepared documents and writes them once a batch is full (by count or by characters). */
    private final class Batcher<T> {

        private final BiConsumer<Map<T, BatchWriter.Prepared>, Map<String, String>> written;
        private final Map<T, BatchWriter.Prepared> batch = new java.util.LinkedHashMap<>();
        private long characters;

        /** {@code written}: the batch written, with the error of each file that could not be (by hash). */
        Batcher(BiConsumer<Map<T, BatchWriter.Prepared>, Map<String, String>> written) {
            this.written = written;
        }

        void add(T item, BatchWriter.Prepared prepared) {
            batch.put(item, prepared);
            characters += prepared.doc().text().length();
            if (batch.size() >= settings.batchSize() || characters >= settings.batchCharacters()) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            Map<String, String> errors = writer.write(new ArrayList<>(batch.values()));
            written.accept(new java.util.LinkedHashMap<>(batch), errors);
            batch.clear();
            characters = 0;
        }
    }

    /**
     * Asks a re-derivation under way to end after the batch it is writing, its checkpoint saved ({@link IngestStopped}):
     * the stores are about to close, and the next start goes on from there.
     */
    public void stop() {
        stopping = true;
    }

    @Override
    public void close() {
        pool.close();
        writer.close();
    }
}
