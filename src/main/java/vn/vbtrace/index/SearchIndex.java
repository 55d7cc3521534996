package vn.vbtrace.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.parse.TextNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Lucene index on disk. A writable index holds the process's one IndexWriter and a
 * SearcherManager over it; a read-only one (the search command) opens readers only, so it
 * works beside a running server that holds the write lock.
 */
public final class SearchIndex implements AutoCloseable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryFactory queries = new QueryFactory();
    /** What a hit shows: every stored field but the content hash; the extraction for its duty clauses. */
    private static final Set<String> DISPLAYED = Set.of(IndexFields.ID, IndexFields.SOURCE, IndexFields.NUMBER,
            IndexFields.TYPE, IndexFields.ISSUER, IndexFields.ISSUED_DATE, IndexFields.TITLE, IndexFields.BODY,
            IndexFields.EXTRACTION);

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    public static SearchIndex openWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Directory directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit(); // an empty index is still an index a reader can open
            return new SearchIndex(directory, writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing index for reading; empty() when there is none yet. */
    public static Optional<SearchIndex> openReadOnly(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                return Optional.empty();
            }
            Directory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Optional.empty();
            }
            return Optional.of(new SearchIndex(directory, null, new SearcherManager(directory, null)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the document with this id and commits, so it is durable before the graph is written. */
    public void put(IngestedDocument doc) {
        requireWritable();
        try {
            writer.updateDocument(new Term(IndexFields.ID, doc.id()), LuceneDocuments.toLucene(doc));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces many documents under one commit: for bulk loads such as the quality
     * harness, where a commit per document would dominate; ingest keeps {@link #put}.
     */
    public void putAll(Collection<IngestedDocument> docs) {
        requireWritable();
        try {
            for (IngestedDocument doc : docs) {
                writer.updateDocument(new Term(IndexFields.ID, doc.id()), LuceneDocuments.toLucene(doc));
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the document's validity status (a name of ValidityCodes) in place, without re-indexing its text.
     * Unknown ids and unknown names change nothing.
     */
    public void setStatus(String id, String status) {
        requireWritable();
        int code = ValidityCodes.code(status);
        if (code < 0) {
            return;
        }
        try {
            writer.updateNumericDocValue(new Term(IndexFields.ID, id), IndexFields.STATUS, code);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #setStatus} for many documents under one commit (start-up catch-up). */
    public void setStatuses(java.util.Map<String, String> statusById) {
        requireWritable();
        try {
            for (var entry : statusById.entrySet()) {
                int code = ValidityCodes.code(entry.getValue());
                if (code >= 0) {
                    writer.updateNumericDocValue(new Term(IndexFields.ID, entry.getKey()), IndexFields.STATUS, code);
                }
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        requireWritable();
        try {
            writer.deleteDocuments(new Term(IndexFields.ID, id));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
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

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the index was opened read-only");
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
