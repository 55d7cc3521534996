package vn.vbtrace.index;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterCodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.SortingCodecReader;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import static vn.vbtrace.index.TaskClauses.DOC_ID;
import static vn.vbtrace.index.TaskClauses.TASK_ID;

/**
 * The duty clauses' index keeps each segment's clauses in the order of their document id, then clause id: the order
 * equal scores are ranked in ({@code LuceneTaskIndex.BEST_FIRST}, as {@link OpenSearchTaskIndex} ranks them). Within a
 * segment the first of equal scores is then also the first in that order, so a segment's best n skip every clause
 * that can only equal the n-th, as a search by score alone does; the segments' bests are merged by score and ids. A
 * search sorted by score, then the two ids, visits every tie instead and copies each competitive clause's ids out of
 * the doc values: at 100,000 documents that was half of an answer (p50 39.6 ms, 20.1 without the id sorts).
 */
final class ClauseOrder {

    private static final Logger log = LoggerFactory.getLogger(ClauseOrder.class);

    static final Sort BY_CLAUSE = new Sort(new SortedSetSortField(DOC_ID, false), new SortedSetSortField(TASK_ID, false));

    private ClauseOrder() {
    }

    /** Whether every segment keeps its clauses in {@link #BY_CLAUSE} order (an index written before does not). */
    static boolean sorted(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (!BY_CLAUSE.equals(leaf.reader().getMetaData().sort())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code n} matches of {@code query} by score, then document id, then clause id, as reader-wide doc
     * numbers with their scores. Every segment must be {@link #sorted}.
     */
    static List<ScoreDoc> first(IndexSearcher searcher, Query query, int n) throws IOException {
        if (n <= 0) {
            return List.of();
        }
        List<Run> runs = searcher.search(query, new Runs(n));
        PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingDouble((Head h) -> h.score()).reversed()
                .thenComparing(Head::documentId).thenComparing(Head::clauseId));
        for (Run run : runs) {
            if (!run.best.isEmpty()) {
                heads.add(head(run, 0));
            }
        }
        List<ScoreDoc> first = new ArrayList<>(n);
        while (first.size() < n && !heads.isEmpty()) {
            Head head = heads.poll();
            ScoreDoc hit = head.run().best.get(head.at());
            first.add(new ScoreDoc(head.run().leaf.docBase + hit.doc, hit.score));
            if (head.at() + 1 < head.run().best.size()) {
                heads.add(head(head.run(), head.at() + 1));
            }
        }
        return first;
    }

    /** A run's next clause, with the ids that order it among the other runs' (read for the heads only). */
    private record Head(Run run, int at, float score, BytesRef documentId, BytesRef clauseId) {
    }

    private static Head head(Run run, int at) throws IOException {
        ScoreDoc hit = run.best.get(at);
        return new Head(run, at, hit.score, id(run.leaf, DOC_ID, hit.doc), id(run.leaf, TASK_ID, hit.doc));
    }

    /** One id of one clause, from the doc values its keyword field keeps (a fresh iterator: they only move forward). */
    private static BytesRef id(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
        if (!values.advanceExact(doc)) {
            throw new IllegalStateException("a duty clause without " + field);
        }
        return BytesRef.deepCopyOf(values.lookupOrd(values.nextOrd()));
    }

    /** Each searched part of a segment gets a run of its own. */
    private record Runs(int n) implements CollectorManager<RunCollector, List<Run>> {
        @Override
        public RunCollector newCollector() {
            return new RunCollector(n);
        }

        @Override
        public List<Run> reduce(Collection<RunCollector> collectors) {
            List<Run> runs = new ArrayList<>();
            for (RunCollector collector : collectors) {
                for (Run run : collector.runs) {
                    runs.add(run);
                }
            }
            return runs;
        }
    }

    private static final class RunCollector implements Collector {
        private final int n;
        private final List<Run> runs = new ArrayList<>();

        RunCollector(int n) {
            this.n = n;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            Run run = new Run(context, n);
            runs.add(run);
            return run;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }
    }

    /** The best n clauses of one segment (or part of one), best first once finished. */
    private static final class Run implements LeafCollector {
        /** Worst first: the lowest score, and of equal scores the last in doc order, which is clause order here. */
        private static final Comparator<ScoreDoc> WORST_FIRST = Comparator.comparingDouble((ScoreDoc h) -> h.score)
                .thenComparing(Comparator.comparingInt((ScoreDoc h) -> h.doc).reversed());

        private final LeafReaderContext leaf;
        private final int n;
        private final PriorityQueue<ScoreDoc> kept = new PriorityQueue<>(WORST_FIRST);
        private List<ScoreDoc> best = List.of();
        private Scorable scorer;

        Run(LeafReaderContext leaf, int n) {
            this.leaf = leaf;
            this.n = n;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            float score = scorer.score();
            if (kept.size() == n) {
                // Clauses come in doc order, so one scoring the same as the n-th comes after it in clause order.
                if (score <= kept.peek().score) {
                    return;
                }
                kept.poll();
            }
            kept.add(new ScoreDoc(doc, score));
            if (kept.size() == n) {
                scorer.setMinCompetitiveScore(Math.nextUp(kept.peek().score));
            }
        }

        @Override
        public void finish() {
            List<ScoreDoc> ordered = new ArrayList<>(kept);
            ordered.sort(WORST_FIRST.reversed());
            best = ordered;
        }
    }

    /**
     * Rewrites, once, an index of clauses written before they were kept in order: its segments are added, sorted, to
     * a new index beside it, which then takes its place. A crash leaves the old index or the new one where the index
     * belongs and the other beside it, which the next start clears (or puts back, when the swap was half done).
     * Returns how many clauses were rewritten: 0 when the index was already sorted, or empty.
     */
    static int sortInPlace(Path dir, LuceneStore.Writing writing) throws IOException {
        Path sorting = dir.resolveSibling(dir.getFileName() + ".sorting");
        Path unsorted = dir.resolveSibling(dir.getFileName() + ".unsorted");
        if (Files.isDirectory(unsorted)) {
            if (hasIndex(dir)) {
                IOUtils.rm(unsorted);
            } else {
                IOUtils.rm(dir);
                Files.move(unsorted, dir, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        IOUtils.rm(sorting);
        if (!hasIndex(dir)) {
            return 0;
        }
        int clauses;
        try (Directory from = FSDirectory.open(dir); Lock lock = from.obtainLock(IndexWriter.WRITE_LOCK_NAME);
             DirectoryReader reader = DirectoryReader.open(from)) {
            if (sorted(reader)) {
                return 0;
            }
            clauses = reader.numDocs();
            log.warn("Sorting the {} duty clauses of an index an earlier version wrote, once: about a minute for a"
                    + " million clauses, before the server answers", clauses);
            try (Directory to = FSDirectory.open(sorting); IndexWriter writer = new IndexWriter(to, writing.config())) {
                List<CodecReader> segments = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    segments.add(SortingCodecReader.wrap(withoutBlocks(SlowCodecReaderWrapper.wrap(leaf.reader())), BY_CLAUSE));
                }
                writer.addIndexes(segments.toArray(CodecReader[]::new));
                writer.commit();
            }
        }
        Files.move(dir, unsorted, StandardCopyOption.ATOMIC_MOVE);
        Files.move(sorting, dir, StandardCopyOption.ATOMIC_MOVE);
        IOUtils.rm(unsorted);
        return clauses;
    }

    /**
     * The earlier index added a document's clauses as one block, which Lucene will not sort without a parent field;
     * nothing here reads a block as a unit (a clause is found and deleted by its own ids), so the clauses are sorted as
     * the single documents they are, and written one by one from now on.
     */
    private static CodecReader withoutBlocks(CodecReader reader) {
        LeafMetaData meta = reader.getMetaData();
        LeafMetaData single = new LeafMetaData(meta.createdVersionMajor(), meta.minVersion(), meta.sort(), false);
        return new FilterCodecReader(reader) {
            @Override
            public LeafMetaData getMetaData() {
                return single;
            }

            @Override
            public CacheHelper getCoreCacheHelper() {
                return null;
            }

            @Override
            public CacheHelper getReaderCacheHelper() {
                return null;
            }
        };
    }

    private static boolean hasIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }
}
