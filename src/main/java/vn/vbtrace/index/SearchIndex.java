package vn.vbtrace.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.parse.TextNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;

/**
 * The Lucene index on disk. A writable index holds the process's one IndexWriter and a
 * SearcherManager over it; a read-only one (the search command) opens readers only, so it
 * works beside a running server that holds the write lock.
 * <p>
 * Write policy ({@link LuceneStore}): ingest stages a batch of documents ({@link #beginBatch}) and commits it
 * once, after the graph holds it too; until then searches do not see it, and a batch given up leaves the
 * index as it was at its last commit.
 */
public final class SearchIndex implements AutoCloseable {

    private final LuceneStore store;
    private final QueryFactory queries = new QueryFactory();
    /** What a hit shows: every stored field but the content hash; the extraction for its duty clauses. */
    private static final Set<String> DISPLAYED = Set.of(IndexFields.ID, IndexFields.SOURCE, IndexFields.NUMBER,
            IndexFields.TYPE, IndexFields.ISSUER, IndexFields.ISSUED_DATE, IndexFields.TITLE, IndexFields.BODY,
            IndexFields.EXTRACTION);
    /**
     * Indexing buffer: a batch of 500 documents of 13 KB fits, so a commit writes one segment rather than
     * several small ones to be merged again.
     */
    private static final double RAM_BUFFER_MB = 96;

    private SearchIndex(LuceneStore store) {
        this.store = store;
    }

    public static SearchIndex openWritable(Path dir) {
        return new SearchIndex(LuceneStore.openWritable(dir, VietnameseAnalyzers.perField(), RAM_BUFFER_MB));
    }

    /** Opens an existing index for reading; empty() when there is none yet. */
    public static Optional<SearchIndex> openReadOnly(Path dir) {
        return LuceneStore.openReadOnly(dir).map(SearchIndex::new);
    }

    /**
     * Writes staged together and committed once. {@link #put} may be called from several threads at once
     * (Lucene analyses each document in the calling thread); {@link #commit} or {@link #rollback} ends it,
     * and closing it unended rolls it back. Other writers wait until it ends.
     */
    public final class Batch implements AutoCloseable {

        private final IndexWriter writer;
        private boolean open = true;

        private Batch(IndexWriter writer) {
            this.writer = writer;
        }

        /** Adds or replaces the document with this id. */
        public void put(IngestedDocument doc) {
            try {
                writer.updateDocument(new Term(IndexFields.ID, doc.id()), LuceneDocuments.toLucene(doc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Records a validity status (a name of ValidityCodes) in place; unknown ids and names change nothing. */
        public void setStatus(String id, String status) {
            int code = ValidityCodes.code(status);
            if (code < 0) {
                return;
            }
            try {
                writer.updateNumericDocValue(new Term(IndexFields.ID, id), IndexFields.STATUS, code);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void delete(String id) {
            try {
                writer.deleteDocuments(new Term(IndexFields.ID, id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Makes the batch durable and visible to searches. */
        public void commit() {
            open = false;
            store.commit();
        }

        /** Gives the batch up: the index is again what its last commit holds. */
        public void rollback() {
            open = false;
            store.rollback();
        }

        @Override
        public void close() {
            if (open) {
                rollback();
            }
        }
    }

    /** Starts a batch; waits while another batch or write is under way. */
    public Batch beginBatch() {
        return new Batch(store.begin());
    }

    /** Adds or replaces the document with this id and commits. */
    public void put(IngestedDocument doc) {
        putAll(List.of(doc));
    }

    /** Adds or replaces many documents under one commit. */
    public void putAll(Collection<IngestedDocument> docs) {
        try (Batch batch = beginBatch()) {
            docs.forEach(batch::put);
            batch.commit();
        }
    }

    /**
     * Records the document's validity status (a name of ValidityCodes) in place, without re-indexing its text.
     * Unknown ids and unknown names change nothing.
     */
    public void setStatus(String id, String status) {
        setStatuses(Map.of(id, status));
    }

    /** {@link #setStatus} for many documents under one commit. */
    public void setStatuses(Map<String, String> statusById) {
        try (Batch batch = beginBatch()) {
            statusById.forEach(batch::setStatus);
            batch.commit();
        }
    }

    public void delete(String id) {
        try (Batch batch = beginBatch()) {
            batch.delete(id);
            batch.commit();
        }
    }

    public Optional<StoredDocument> get(String id) {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(LuceneDocuments.fromLucene(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Whether a document with this id is indexed, without reading its stored fields (its text can be long). */
    public boolean contains(String id) {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(IndexFields.ID, id))) > 0);
    }

    public Set<String> ids() {
        return withSearcher(searcher -> {
            Set<String> ids = new LinkedHashSet<>();
            TopDocs all = searcher.search(new MatchAllDocsQuery(), Math.max(1, searcher.getIndexReader().numDocs()));
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : all.scoreDocs) {
                ids.add(stored.document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
            return ids;
        });
    }

    /** The indexed documents citing this one (by its id, stubs too): how many, by relation, issuer and year. */
    public CiterCounts citers(String documentId) {
        return withSearcher(searcher -> CiterCounts.of(searcher, documentId));
    }

    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    public SearchResult search(SearchRequest request) {
        return search(request, SearchTuning.DEFAULT);
    }

    /** The one scoring path: the product runs it with the default tuning, the quality harness with others. */
    SearchResult search(SearchRequest request, SearchTuning tuning) {
        return withSearcher(shared -> {
            IndexSearcher searcher = scoring(shared, tuning);
            QueryFactory.Plan plan = queries.build(request, tuning, searcher);
            int page = request.offset() + request.limit();
            // One pass for the page and the counts: facets visit every match anyway, so a second
            // pass that skips non-competitive documents would only evaluate the query twice.
            Object[] both = searcher.search(plan.query(), new MultiCollectorManager(
                    new TopScoreDocCollectorManager(plan.window(page), Integer.MAX_VALUE), new FacetCounter()));
            TopDocs top = plan.rescore(searcher, (TopDocs) both[0], page);
            FacetCounter.Result counted = (FacetCounter.Result) both[1];
            List<SearchHit> stubs = List.of();
            if (CitedNumbers.apply(request) && request.query() != null) {
                float best = top.scoreDocs.length == 0 ? 1f : top.scoreDocs[0].score;
                stubs = CitedNumbers.stubs(searcher, TextNormalizer.normalize(request.query()).text(), best);
            }
            // The stubs head the ranking on every page, so a page is a slice of one list: stubs, then documents.
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int rank = request.offset(); rank < page; rank++) {
                int doc = rank - stubs.size();
                if (doc < 0) {
                    hits.add(stubs.get(rank));
                } else if (doc < top.scoreDocs.length) {
                    StoredDocument found = LuceneDocuments.fromLucene(stored.document(top.scoreDocs[doc].doc, DISPLAYED));
                    hits.add(DocumentHits.of(found, top.scoreDocs[doc].score, request.query()));
                }
            }
            return new SearchResult(counted.total() + stubs.size(), hits, counted.facets().withStubs(stubs.size()),
                    plan.phrasesNotFound());
        });
    }

    /**
     * The ids of the best {@code n} documents exactly as {@link #search} ranks them, without the
     * facets, stubs and snippets a user sees: for the quality harness, which asks thousands of questions.
     */
    List<String> rankedIds(SearchRequest request, SearchTuning tuning) {
        return withSearcher(shared -> {
            IndexSearcher searcher = scoring(shared, tuning);
            QueryFactory.Plan plan = queries.build(request, tuning, searcher);
            int page = request.offset() + request.limit();
            TopDocs top = plan.rescore(searcher, searcher.search(plan.query(), plan.window(page)), page);
            List<String> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int rank = request.offset(); rank < Math.min(page, top.scoreDocs.length); rank++) {
                ids.add(stored.document(top.scoreDocs[rank].doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
            return ids;
        });
    }

    /** A searcher over the shared reader that scores with the tuning's BM25. */
    private static IndexSearcher scoring(IndexSearcher shared, SearchTuning tuning) {
        IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
        searcher.setSimilarity(new BM25Similarity(tuning.k1(), tuning.b()));
        return searcher;
    }

    private <T> T withSearcher(LuceneStore.SearcherWork<T> work) {
        return store.withSearcher(work);
    }

    @Override
    public void close() {
        store.close();
    }
}
