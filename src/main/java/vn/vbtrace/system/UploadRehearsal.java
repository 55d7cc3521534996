package vn.vbtrace.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.ingest.OriginalFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A server's first upload after a start took seconds where the next ones take 0.3 to 0.4: Neo4j plans each statement
 * of the graph writer the first time it runs (the graph write of the first upload took 5.6 to 6.5 s at 100,000
 * documents, 0.2 s warm), and the parser, the extractor and the status queries run cold. So once a start's work is
 * done, a bundled plan (a decision with every kind of citation, duties, a program and recipients) goes through the
 * pipeline, the graph writer in a transaction that is rolled back (the graph is left as it was) and the status
 * queries, in the background, and their plans stay cached; then the plan is searched for, by number and by title. In
 * the scale benchmark at 100,000 documents the first upload was then searchable after 0.54 to 0.66 s (1.4 without the
 * searches and with a plan per size of each list, 2.6 without a rehearsal).
 * <p>
 * What was still cold after that (traced at 100,000 documents, December 2026): the graph statements of a new version
 * of a document already held, which Neo4j caches under other keys than those of a new document (the graph writer now
 * rehearses both), and, where the JVM runs without the build's AOT cache, Lucene's indexing code and the compression of
 * the stored original, which the plan now also goes through: written into empty indexes in memory, compressed and
 * dropped. The first upload after a start then took 0.24 to 0.29 s (0.44 to 0.61 before); without the AOT cache
 * 0.29 to 0.33 s, against 0.64 to 0.80 s without the indexes' part of the rehearsal.
 * <p>
 * And the commits (10,000 documents, December 2026): the graph writer's rolled-back transaction never loads Neo4j's
 * commit path, which the first upload's commit then loaded from the jar (0.22 to 0.26 s; the graph writer now commits
 * and deletes two throwaway nodes as well), and each index commit waited for merges of small segments (no longer).
 * The first upload after a start answered after 0.48 to 0.55 s, against 0.94 to 1.21 s.
 */
final class UploadRehearsal {

    private static final Logger log = LoggerFactory.getLogger(UploadRehearsal.class);
    private static final String PLAN = "upload-rehearsal.txt";

    private UploadRehearsal() {
    }

    static void run(Stores stores) {
        long started = System.nanoTime();
        try {
            byte[] bytes = planBytes();
            OriginalFiles.rehearseCompression(bytes);
            IngestedDocument plan = stores.pipeline().process(PLAN, bytes, PLAN);
            stores.index().rehearse(plan);
            stores.tasks().rehearse(plan);
            stores.graph().rehearse(List.of(plan));
            stores.statuses().afterWrite(List.of(plan));
            searchFor(stores, plan);
            log.info("Upload path rehearsed in {} ms (nothing stored)", (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            // Only a warm-up: the first upload is then slower, nothing else changes.
            log.warn("Could not rehearse an upload: {}", e.toString());
        }
    }

    /**
     * What the user who uploaded does next: a search for the number and one for the words of the title. The first
     * search of a server took 0.4 to 0.6 s at 100,000 documents (started without the AOT cache: the ranking and facet
     * code ran cold), which came on top of the first upload's own time before it was found.
     */
    private static void searchFor(Stores stores, IngestedDocument plan) {
        if (plan.metadata().number() != null) {
            stores.index().search(SearchRequest.of(plan.metadata().number()));
        }
        if (plan.metadata().title() != null) {
            stores.index().search(SearchRequest.of(plan.metadata().title()));
        }
    }

    private static byte[] planBytes() {
        try (InputStream in = UploadRehearsal.class.getResourceAsStream(PLAN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PLAN);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
