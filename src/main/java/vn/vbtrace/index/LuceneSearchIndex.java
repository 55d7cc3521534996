package vn.vbtrace.index;

import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.document.SideBySide;
import vn.vbtrace.parse.TextNormalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/**
 * The search index in process: the Lucene index on disk, the default backend. A writable index holds the process's one IndexWriter and a
 * SearcherManager over it; a read-only one (the search command) opens readers only, so it
 * works beside a running server that holds the write lock.
 * <p>
 * Write policy ({@link LuceneStore}): ingest stages a batch of documents ({@link #beginBatch}) and commits it
 * once, after the graph holds it too; until then searches do not see it, and a batch given up leaves the
 * index as it was at its last commit.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private final LuceneStore store;
    /** The analysed fields its documents are written with (see LuceneDocuments#analysedFor). */
    private final Set<String> analysedFields;
    private final QueryFactory queries = new QueryFactory();
    /** Each open segment's facet totals, which a search matching most of it counts its non-matches against. */
    private final FacetTotals facetTotals = new FacetTotals();
    private final CiterCountsCache citerCounts = new CiterCountsCache();
    /** What the head's rescoring reads of a document when no page is shown (the quality harness's ranking). */
    private static final Set<String> TITLE_AND_TEXT = Set.of(IndexFields.TITLE, IndexFields.STORED_TEXT);
    /** What a hit shows: every stored field but the content hash; the extraction for its duty clauses. */
    private static final Set<String> DISPLAYED = Set.of(IndexFields.ID, IndexFields.SOURCE, IndexFields.NUMBER,
            IndexFields.TYPE, IndexFields.ISSUER, IndexFields.ISSUED_DATE, IndexFields.TITLE, IndexFields.STORED_TEXT,
            IndexFields.EXTRACTION);
    /**
     * Indexing buffer: a batch of 500 documents of 13 KB fits, so a commit writes one segment rather than
     * several small ones to be merged again.
     */
    private static final double RAM_BUFFER_MB = 96;
    /**
     * Stored fields deflated rather than LZ4'd: each document stores its text and its extraction (JSON), two thirds
     * of the index's bytes, and deflate keeps 43% of what LZ4 does (on 10,000 generated documents: 7,445 → 3,221
     * bytes a document). Reading one whole document then takes 0.26 ms rather than 0.11; a search reads ten, a
     * document page one. What reads many documents' ids reads them from doc values ({@link DocumentIds}).
     */
    private static final LuceneStore.Writing WRITING = new LuceneStore.Writing(VietnameseAnalyzers.perField(),
            RAM_BUFFER_MB, Lucene104Codec.Mode.BEST_COMPRESSION);
    /**
     * The ranking pass counts exactly up to here and then may skip documents that cannot enter the window; the
     * total shown comes from the counting pass, so nothing a user sees depends on it.
     */
    private static final int RANKING_HITS_COUNTED = 1;

    private LuceneSearchIndex(LuceneStore store, Set<String> analysedFields) {
        this.store = store;
        this.analysedFields = analysedFields;
    }

    public static LuceneSearchIndex openWritable(Path dir) {
        return openWritable(dir, IndexFileAccess.MAPPED);
    }

    public static LuceneSearchIndex openWritable(Path dir, IndexFileAccess access) {
        return openWritable(dir, LuceneDocuments.analysedFor(SearchTuning.DEFAULT), access);
    }

    /** An index with every analysed field, for trying every tuning on it (the ALQAC cross-validation). */
    static LuceneSearchIndex openWritableForEveryTuning(Path dir) {
        return openWritable(dir, LuceneDocuments.EVERY_ANALYSED_FIELD, IndexFileAccess.MAPPED);
    }

    private static LuceneSearchIndex openWritable(Path dir, Set<String> analysedFields, IndexFileAccess access) {
        return new LuceneSearchIndex(LuceneStore.openWritable(dir, WRITING, access),
                analysedFields);
    }

    /** Opens an existing index for reading; empty() when there is none yet. */
    public static Optional<LuceneSearchIndex> openReadOnly(Path dir) {
        return LuceneStore.openReadOnly(dir).map(store -> new LuceneSearchIndex(store, LuceneDocuments.analysedFor(SearchTuning.DEFAULT)));
    }

    /**
     * Writes staged together and committed once. {@link #put} may be called from several threads at once
     * (Lucene analyses each document in the calling thread); {@link #commit} or {@link #rollback} ends it,
     * and closing it unended rolls it back. Other writers wait until it ends.
     */
    private final class LuceneBatch extends LuceneBatchBase implements Batch {

        private LuceneBatch() {
            super(store);
        }

        @Override
        public void put(IngestedDocument doc) {
            write(writer -> writer.updateDocument(new Term(IndexFields.ID, doc.id()), LuceneDocuments.toLucene(doc, analysedFields)));
        }

        /** In place, in the status doc values: the text is not analysed again. */
        @Override
        public void setStatus(String id, String status) {
            int code = ValidityCodes.code(status);
            if (code >= 0) {
                write(writer -> writer.updateNumericDocValue(new Term(IndexFields.ID, id), IndexFields.STATUS, code));
            }
        }

        @Override
        public void delete(String id) {
            write(writer -> writer.deleteDocuments(new Term(IndexFields.ID, id)));
        }
    }

    @Override
    public Batch beginBatch() {
        return new LuceneBatch();
    }

    /** Puts the document into an empty copy in memory, commits it and reads it back there. */
    @Override
    public void rehearse(IngestedDocument doc) {
        if (!store.isWritable()) {
            return;
        }
        try (LuceneSearchIndex copy = new LuceneSearchIndex(store.emptyCopyInMemory(), analysedFields)) {
            copy.put(doc);
            copy.get(doc.id());
        }
    }

    @Override
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
    @Override
    public boolean contains(String id) {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(IndexFields.ID, id))) > 0);
    }

    @Override
    public Set<String> held(Collection<String> ids) {
        return withSearcher(searcher -> DocumentIds.held(searcher.getIndexReader(), ids));
    }

    @Override
    public Set<String> ids() {
        return withSearcher(searcher -> {
            return DocumentIds.all(searcher.getIndexReader());
        });
    }

    /** The indexed documents citing this one (by its id, stubs too): how many, by relation, issuer and year. */
    @Override
    public CiterCounts citers(String documentId) {
        return withSearcher(searcher -> citerCounts.of(searcher, documentId));
    }

    @Override
    public CitingEvidence citing(String documentId, java.time.LocalDate asked, int maxDates, int maxExamples) {
        return withSearcher(searcher -> CitingEvidence.of(searcher, documentId, asked, maxDates, maxExamples));
    }

    @Override
    public List<String> citersOldestFirst(String documentId, int limit) {
        return withSearcher(searcher -> Citers.first(searcher, Citers.of(documentId), limit, Citers.Order.OLDEST_FIRST));
    }

    @Override
    public List<String> newestCiters(java.util.Collection<String> documentIds, int limit) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return withSearcher(searcher -> Citers.first(searcher, Citers.ofAny(documentIds), limit, Citers.Order.NEWEST_FIRST));
    }

    @Override
    public int count() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** How many segments the searcher reads: a search's term lookups grow with them (the latency benchmark prints it). */
    int segments() {
        return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search(request, SearchTuning.DEFAULT);
    }

    @Override
    public List<String> rankedIds(SearchRequest request) {
        return rankedIds(request, SearchTuning.DEFAULT);
    }

    /** The one scoring path: the product runs it with the default tuning, the quality harness with others. */
    SearchResult search(SearchRequest request, SearchTuning tuning) {
        return withSearcher(shared -> {
            IndexSearcher searcher = scoring(shared, tuning);
            QueryFactory.Plan plan = queries.build(request, tuning, searcher);
            int page = request.offset() + request.limit();
            // Two passes. The ranking scores only the documents that can still enter the window (block-max
            // skipping), so its cost follows the window, not the number of matches. The counts score none, over the
            // plan's matching query (the same documents from a fraction of the postings), and take a segment that
            // matches mostly from its kept totals less its non-matches, so their cost follows the fewer of the two.
            // They need nothing of each other: the counts run on a second core while this thread ranks and reads the
            // hits. The counts are about a quarter of a search's CPU at 100,000 documents; on 6,000 questions never
            // asked before, the p50 went from 7.2 to 6.5 ms (the p95, which the ranking makes, stayed at 13).
            CompletableFuture<FacetCounter.Result> counting = SideBySide.start(() -> counted(searcher, plan));
            Ranked ranked;
            try {
                ranked = ranked(request, searcher, plan, page);
            } catch (IOException | RuntimeException e) {
                // The searcher's reader is let go of when this returns: the counts end first.
                counting.handle((counts, failure) -> null).join();
                throw e;
            }
            FacetCounter.Result counted = SideBySide.join(counting);
            int stubs = ranked.stubs().size();
            return new SearchResult(counted.total() + stubs, ranked.hits(), counted.facets().withStubs(stubs),
                    plan.phrasesNotFound());
        });
    }

    /** A page of hits, the stubs (cited numbers not held) first. */
    private record Ranked(List<SearchHit> stubs, List<SearchHit> hits) {
    }

    /** The ranking pass, and the page of hits it gives: their passages, clauses and duties read from the stored text. */
    private static Ranked ranked(SearchRequest request, IndexSearcher searcher, QueryFactory.Plan plan, int page)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        // The head's rescoring reads the texts of the first documents, most of them the page's: read once for both.
        Map<Integer, StoredDocument> read = new HashMap<>();
        IntFunction<StoredDocument> displayed = doc -> read.computeIfAbsent(doc, d -> fieldsOf(stored, d, DISPLAYED));
        TopDocs top = plan.rescore(searcher, searcher.search(plan.query(),
                new TopScoreDocCollectorManager(plan.window(page), RANKING_HITS_COUNTED)));
        List<SearchHit> stubs = List.of();
        if (CitedNumbers.apply(request) && request.query() != null) {
            float best = top.scoreDocs.length == 0 ? 1f : top.scoreDocs[0].score;
            stubs = CitedNumbers.stubs(IndexReads.of(searcher), TextNormalizer.normalize(request.query()).text(), best);
        }
        if (request.offset() - stubs.size() < HeadRescoring.WINDOW) {
            // A page past the reordered documents lists the same ones in either order: their texts are not read.
            top = byHead(plan, top, displayed);
        }
        // The stubs head the ranking on every page, so a page is a slice of one list: stubs, then documents.
        List<SearchHit> hits = new ArrayList<>();
        Snippets.Asked asked = Snippets.Asked.of(request.query());
        for (int rank = request.offset(); rank < page; rank++) {
            int doc = rank - stubs.size();
            if (doc < 0) {
                hits.add(stubs.get(rank));
            } else if (doc < top.scoreDocs.length) {
                hits.add(DocumentHits.of(displayed.apply(top.scoreDocs[doc].doc), top.scoreDocs[doc].score, asked));
            }
        }
        return new Ranked(stubs, hits);
    }

    /** These stored fields of a document (the page's, or the title and text the head's rescoring reads). */
    private static StoredDocument fieldsOf(StoredFields stored, int doc, Set<String> fields) {
        try {
            return LuceneDocuments.fromLucene(stored.document(doc, fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's rescoring of the first documents from their stored texts (none: {@code top} as it is). */
    private static TopDocs byHead(QueryFactory.Plan plan, TopDocs top, IntFunction<StoredDocument> read) {
        if (plan.head().isEmpty()) {
            return top;
        }
        ScoreDoc[] reordered = plan.head().get().reorder(Arrays.asList(top.scoreDocs), hit -> hit.score,
                        hit -> read.apply(hit.doc).title(), hit -> read.apply(hit.doc).text())
                .stream().map(rescored -> new ScoreDoc(rescored.hit().doc, rescored.score())).toArray(ScoreDoc[]::new);
        return new TopDocs(top.totalHits, reordered);
    }

    /** The counting pass: every match of the plan, unscored, with its facets. */
    private FacetCounter.Result counted(IndexSearcher searcher, QueryFactory.Plan plan) {
        try {
            return searcher.search(new ConstantScoreQuery(plan.matching()), new FacetCounter(facetTotals));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            StoredFields stored = searcher.storedFields();
            Map<Integer, StoredDocument> read = new HashMap<>();
            TopDocs top = byHead(plan, plan.rescore(searcher, searcher.search(plan.query(), plan.window(page))),
                    doc -> read.computeIfAbsent(doc, d -> fieldsOf(stored, d, TITLE_AND_TEXT)));
            int[] ranked = Arrays.stream(top.scoreDocs).limit(page).skip(request.offset()).mapToInt(hit -> hit.doc).toArray();
            return DocumentIds.of(searcher.getIndexReader(), ranked);
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
