package vn.vbtrace.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.TaskIndex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit: a batch of documents goes into both stores or neither, under one journal entry, one commit
 * of the indexes and one graph transaction. In order: the journal line on disk; the documents staged in the
 * indexes (invisible to searches); the graph transaction; the statuses derived from the graph staged beside
 * them; the index commits; the journal's end of the batch. A failure before the index commits rolls the
 * indexes back (the graph transaction rolled itself back), so the stores are as before; a crash anywhere
 * leaves the journal line without its end, and the next start writes the batch again from the stored originals.
 */
final class BatchWriter {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    /** A document ready to be written, with the journal entry of the file it came from. */
    record Prepared(IngestedDocument doc, Journal.Entry entry) {
    }

    private final Journal journal;
    private final SearchIndex index;
    private final TaskIndex tasks;
    private final GraphStore graph;
    private final DerivedStatuses statuses;
    private final IngestListener listener;
    /** One batch at a time, in arrival order: an upload waits for the batch under way, not for a queue of them. */
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Threads that stage a batch's documents in the indexes (Lucene analyses in the calling thread). */
    private final ExecutorService stager;
    /** Small batches (uploads) waiting for the lock; the first to get it writes them all. */
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    /** Up to this many documents, batches waiting together are written as one. */
    static final int GROUPED = 64;

    BatchWriter(Journal journal, SearchIndex index, TaskIndex tasks, GraphStore graph, DerivedStatuses statuses,
                IngestListener listener, int stagingThreads) {
        this.stager = Executors.newFixedThreadPool(stagingThreads, run -> {
            Thread thread = new Thread(run, "vbtrace-index-staging");
            thread.setDaemon(true);
            return thread;
        });
        this.journal = journal;
        this.index = index;
        this.tasks = tasks;
        this.graph = graph;
        this.statuses = statuses;
        this.listener = listener;
    }

    /**
     * Writes the batch; returns the error of each file that could not be stored, by hash (none when all were).
     * Small batches arriving together (uploads) are written as one: whoever gets the lock writes every small
     * batch waiting, and the others find theirs done (group commit).
     */
    Map<String, String> write(List<Prepared> batch) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        if (batch.size() >= GROUPED) {
            lock.lock();
            try {
                return writeOrSplit(batch);
            } finally {
                lock.unlock();
            }
        }
        Waiting mine = new Waiting(batch, new CompletableFuture<>());
        waiting.add(mine);
        lock.lock();
        try {
            if (!mine.result().isDone()) {
                List<Waiting> group = new ArrayList<>();
                List<Prepared> together = new ArrayList<>();
                for (Waiting next = waiting.poll(); next != null; next = waiting.poll()) {
                    group.add(next);
                    together.addAll(next.batch());
                    if (together.size() >= GROUPED) {
                        break;
                    }
                }
                Map<String, String> errors;
                try {
                    errors = writeOrSplit(together);
                } catch (RuntimeException e) {
                    group.forEach(w -> w.result().completeExceptionally(e));
                    throw e;
                }
                group.forEach(w -> w.result().complete(errorsOf(w.batch(), errors)));
            }
        } finally {
            lock.unlock();
        }
        return mine.result().join();
    }

    /** A small batch waiting to be written with others: its result once someone wrote it. */
    private record Waiting(List<Prepared> batch, CompletableFuture<Map<String, String>> result) {
    }

    private static Map<String, String> errorsOf(List<Prepared> batch, Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Prepared prepared : batch) {
            String error = errors.get(prepared.entry().hash());
            if (error != null) {
                out.put(prepared.entry().hash(), error);
            }
        }
        return out;
    }

    /** A batch that fails is written again file by file, so that one bad document does not keep the others out. */
    private Map<String, String> writeOrSplit(List<Prepared> batch) {
        try {
            writeOnce(batch);
            return Map.of();
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.warn("Could not store {}: {}", batch.getFirst().entry().source(), e.toString());
                return Map.of(batch.getFirst().entry().hash(), "không lưu được văn bản: " + e.getMessage());
            }
            log.warn("A batch of {} documents failed ({}); writing them one by one", batch.size(), e.toString());
        }
        Map<String, String> failed = new LinkedHashMap<>();
        for (Prepared one : batch) {
            try {
                writeOnce(List.of(one));
            } catch (RuntimeException e) {
                failed.put(one.entry().hash(), "không lưu được văn bản: " + e.getMessage());
            }
        }
        return failed;
    }

    private void writeOnce(List<Prepared> batch) {
        Journal.Batch journalled = journal.beginBatch(batch.stream().map(Prepared::entry).toList());
        listener.journalled(journalled);
        List<IngestedDocument> docs = lastOfEach(batch);
        boolean graphWritten = false;
        long began = System.nanoTime();
        try (SearchIndex.Batch indexBatch = index.beginBatch(); TaskIndex.Batch taskBatch = tasks.beginBatch()) {
            // The indexes analyse the documents on the staging threads while Neo4j writes the graph: neither
            // is visible before the commits below, so the order does not matter.
            List<Future<?>> staging = new ArrayList<>(docs.size());
            for (IngestedDocument doc : docs) {
                staging.add(stager.submit(() -> {
                    indexBatch.put(doc);
                    taskBatch.put(doc);
                }));
            }
            try {
                graph.write(docs);
                graphWritten = true;
                listener.graphWritten(journalled);
            } finally {
                awaitAll(staging);
            }
            long graphed = System.nanoTime();
            listener.indexStaged(journalled);
            stageStatuses(indexBatch, docs);
            long derived = System.nanoTime();
            indexBatch.commit();
            taskBatch.commit();
            listener.indexCommitted(journalled);
            log.debug("Batch {} of {} documents: indexes staged and graph written {} ms, statuses {} ms, commits {} ms",
                    journalled.number(), docs.size(), (graphed - began) / 1_000_000, (derived - graphed) / 1_000_000,
                    (System.nanoTime() - derived) / 1_000_000);
        } catch (RuntimeException e) {
            if (graphWritten) {
                // The graph holds the batch and an index may not: the journal keeps the batch open, and the next
                // start writes it again from the stored originals.
                throw new IllegalStateException("the graph holds a batch an index could not commit; it is written again "
                        + "at the next start: " + e.getMessage(), e);
            }
            journal.abortBatch(journalled);
            throw e;
        }
        journal.commitBatch(journalled);
    }

    /** Waits for every staging task; the first failure is thrown once all have ended (none is left running). */
    private static void awaitAll(List<Future<?>> tasks) {
        RuntimeException failure = null;
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while staging a batch", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void stageStatuses(SearchIndex.Batch indexBatch, List<IngestedDocument> docs) {
        try {
            statuses.afterWrite(docs).forEach(indexBatch::setStatus);
        } catch (RuntimeException e) {
            // Derived data only: the documents are stored; their statuses are caught up later.
            log.warn("Could not derive the statuses of a batch of {} documents: {}", docs.size(), e.getMessage());
        }
    }

    /**
     * Takes documents out of every store (ids no file produces any more, or documents whose interrupted
     * ingest cannot be finished), under a journal entry of their own, so a crash half way is finished at the
     * next start.
     */
    void remove(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            Journal.Batch journalled = journal.beginRemoval(ids);
            try (SearchIndex.Batch indexBatch = index.beginBatch(); TaskIndex.Batch taskBatch = tasks.beginBatch()) {
                for (String id : ids) {
                    indexBatch.delete(id);
                    taskBatch.delete(id);
                }
                graph.delete(ids);
                indexBatch.commit();
                taskBatch.commit();
            }
            journal.commitBatch(journalled);
        } finally {
            lock.unlock();
        }
    }

    void close() {
        stager.shutdownNow();
    }

    /** One version per document id, the last given: a later file carrying the same number is what the page shows. */
    static List<IngestedDocument> lastOfEach(List<Prepared> batch) {
        Map<String, IngestedDocument> last = new LinkedHashMap<>();
        for (Prepared prepared : batch) {
            last.remove(prepared.doc().id());
            last.put(prepared.doc().id(), prepared.doc());
        }
        return new ArrayList<>(last.values());
    }
}
