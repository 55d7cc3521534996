package vn.vbtrace.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.parse.FileFormats;
import vn.vbtrace.parse.ParseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Ingests files into both stores. Per file: store the original, journal BEGIN, write the
 * index (committed), write the graph (committed), journal COMMIT. Start-up replays what a
 * crash left between BEGIN and COMMIT, so a document is in both stores or in neither.
 */
public final class Ingester {

    private static final Logger log = LoggerFactory.getLogger(Ingester.class);
    /** Fault injection for the crash test: halt the JVM right after the N-th index write. */
    static final String HALT_AFTER_INDEX = "vbtrace.fault.haltAfterIndexWrites";

    private final Pipeline pipeline;
    private final OriginalFiles originals;
    private final Journal journal;
    private final SearchIndex index;
    private final GraphStore graph;
    private final FileWalker walker = new FileWalker();
    private int indexWrites;

    private final Consumer<IngestedDocument> afterWrite;

    /** {@code afterWrite} runs once a document is in both stores (the index's copy of validity statuses follows). */
    public Ingester(Pipeline pipeline, OriginalFiles originals, Journal journal, SearchIndex index, GraphStore graph,
                    Consumer<IngestedDocument> afterWrite) {
        this.pipeline = pipeline;
        this.originals = originals;
        this.journal = journal;
        this.index = index;
        this.graph = graph;
        this.afterWrite = afterWrite;
    }

    public Ingester(Pipeline pipeline, OriginalFiles originals, Journal journal, SearchIndex index, GraphStore graph) {
        this(pipeline, originals, journal, index, graph, doc -> { });
    }

    /** Derives a document again from the original a journal entry stored. */
    private IngestedDocument processStored(Journal.Entry entry) throws ParseException {
        String fileName = entry.storedName().substring(entry.storedName().lastIndexOf('/') + 1);
        return pipeline.process(fileName, originals.read(entry.storedName()), entry.source());
    }

    /** Finishes every ingest a crash interrupted, from the stored original. Returns how many. */
    public synchronized int recover() {
        List<Journal.Entry> pending = journal.pending();
        for (Journal.Entry entry : pending) {
            try {
                IngestedDocument doc = processStored(entry);
                writeBoth(doc);
                journal.commit(entry);
                log.info("Finished the interrupted ingest of {}", entry.source());
            } catch (ParseException | RuntimeException e) {
                // Cannot finish: take it out of both stores so neither holds half a document.
                index.delete(entry.id());
                graph.delete(entry.id());
                journal.abort(entry);
                log.warn("Rolled back the interrupted ingest of {}: {}", entry.source(), e.getMessage());
            }
        }
        return pending.size();
    }

    /**
     * Derives every stored document again from its original file, in the order they were ingested:
     * after the extractor, the index fields or the graph writing changed, the stores catch up without
     * anyone re-uploading a file. A document whose id changed (its number is now read) leaves its old
     * id behind in neither store. Files that no longer parse are reported and keep their old record.
     */
    public synchronized ReextractReport reextract(Consumer<String> progress) {
        List<Journal.Entry> entries = journal.committed();
        Set<String> oldIds = new HashSet<>();
        Set<String> newIds = new HashSet<>();
        List<IngestReport.Failure> failed = new ArrayList<>();
        int done = 0;
        for (Journal.Entry old : entries) {
            oldIds.add(old.id());
            IngestedDocument doc;
            try {
                doc = processStored(old);
            } catch (ParseException | RuntimeException e) {
                newIds.add(old.id()); // the old record stays: better than nothing
                failed.add(new IngestReport.Failure(old.source(), e.getMessage()));
                progress.accept(old.source());
                continue;
            }
            Journal.Entry entry = new Journal.Entry(doc.id(), old.hash(), old.storedName(), old.source());
            journal.begin(entry);
            try {
                writeBoth(doc);
                journal.commit(entry);
                done++;
            } catch (RuntimeException e) {
                journal.abort(entry);
                newIds.add(old.id());
                failed.add(new IngestReport.Failure(old.source(), "could not store the document: " + e.getMessage()));
            }
            newIds.add(doc.id());
            progress.accept(old.source());
        }
        oldIds.removeAll(newIds);
        for (String gone : oldIds) {
            index.delete(gone);
            graph.delete(gone);
        }
        return new ReextractReport(done, oldIds.size(), failed);
    }

    public IngestReport ingest(List<Path> roots, Consumer<String> progress, Consumer<Integer> total) {
        List<FileWalker.Candidate> candidates = walker.expand(roots);
        total.accept(candidates.size());
        int ingested = 0;
        int unchanged = 0;
        List<IngestReport.Failure> failed = new ArrayList<>();
        for (FileWalker.Candidate candidate : candidates) {
            IngestOutcome outcome = candidate.error() != null
                    ? IngestOutcome.failed(candidate.error())
                    : ingestFile(candidate.path(), candidate.source());
            switch (outcome.status()) {
                case INGESTED -> ingested++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failed.add(new IngestReport.Failure(candidate.path().toString(), outcome.error()));
            }
            progress.accept(candidate.source());
        }
        return new IngestReport(ingested, unchanged, failed);
    }

    public IngestOutcome ingestFile(Path path, String source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return IngestOutcome.failed("cannot read the file: " + e.getMessage());
        }
        return ingestBytes(path.getFileName().toString(), bytes, source);
    }

    public synchronized IngestOutcome ingestBytes(String fileName, byte[] bytes, String source) {
        String hash = DocumentNumbers.sha256Hex(bytes);
        if (journal.isCommitted(hash)) {
            return IngestOutcome.unchanged();
        }
        IngestedDocument doc;
        try {
            doc = pipeline.process(fileName, bytes, source);
        } catch (ParseException e) {
            return IngestOutcome.failed(e.getMessage());
        }
        String stored = originals.store(hash, extensionOf(fileName), bytes);
        Journal.Entry entry = new Journal.Entry(doc.id(), hash, stored, source);
        journal.begin(entry);
        try {
            writeBoth(doc);
        } catch (RuntimeException e) {
            index.delete(doc.id());
            graph.delete(doc.id());
            journal.abort(entry);
            return IngestOutcome.failed("could not store the document: " + e.getMessage());
        }
        journal.commit(entry);
        return IngestOutcome.ingested(doc.id());
    }

    private void writeBoth(IngestedDocument doc) {
        index.put(doc);
        indexWrites++;
        haltIfAsked();
        graph.write(doc);
        try {
            afterWrite.accept(doc);
        } catch (RuntimeException e) {
            // Derived data only: the document is stored; its status is caught up at the next start.
            log.warn("Could not update the derived status of {}: {}", doc.id(), e.getMessage());
        }
    }

    private void haltIfAsked() {
        String limit = System.getProperty(HALT_AFTER_INDEX);
        if (limit != null && indexWrites >= Integer.parseInt(limit)) {
            Runtime.getRuntime().halt(99);
        }
    }

    private static String extensionOf(String fileName) {
        return FileFormats.extension(Path.of(fileName));
    }
}
