package vn.vbtrace.index;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
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
    /** How many of the best documents proximity reorders: the page comes from far nearer the top. */
    private static final int RESCORED = 100;
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
            IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
            searcher.setSimilarity(new BM25Similarity(tuning.k1(), tuning.b()));
            Query query = queries.build(request, tuning, searcher);
            Optional<Query> proximity = queries.proximity(request, tuning);
            int page = request.offset() + request.limit();
            // One pass for the page and the counts: facets visit every match anyway, so a second
            // pass that skips non-competitive documents would only evaluate the query twice.
            Object[] both = searcher.search(query, new MultiCollectorManager(
                    new TopScoreDocCollectorManager(proximity.isPresent() ? Math.max(page, RESCORED) : page, Integer.MAX_VALUE),
                    new FacetCounter()));
            TopDocs top = (TopDocs) both[0];
            if (proximity.isPresent()) {
                top = QueryRescorer.rescore(searcher, top, proximity.get(), tuning.proximity(), page);
            }
            FacetCounter.Result counted = (FacetCounter.Result) both[1];
            List<SearchHit> hits = new ArrayList<>();
            if (CitedNumbers.apply(request) && request.query() != null) {
                float best = top.scoreDocs.length == 0 ? 1f : top.scoreDocs[0].score;
                hits.addAll(CitedNumbers.stubs(searcher, TextNormalizer.normalize(request.query()).text(), best));
            }
            int stubs = hits.size();
            StoredFields stored = searcher.storedFields();
            for (int i = request.offset(); i < top.scoreDocs.length && hits.size() < request.limit(); i++) {
                StoredDocument doc = LuceneDocuments.fromLucene(stored.document(top.scoreDocs[i].doc, DISPLAYED));
                hits.add(DocumentHits.of(doc, top.scoreDocs[i].score, request.query()));
            }
            return new SearchResult(counted.total() + stubs, hits, counted.facets());
        });
    }

    private <T> T withSearcher(LuceneStore.SearcherWork<T> work) {
        return store.withSearcher(work);
    }

    @Override
    public void close() {
        store.close();
    }
}
