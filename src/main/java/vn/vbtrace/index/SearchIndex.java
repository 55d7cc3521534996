package vn.vbtrace.index;

import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The search side of the repository (issue 13, point 1), whatever engine holds it: in process, the Lucene index of
 * the data folder ({@link LuceneSearchIndex}, the default); on a search server shared by several vbtrace
 * instances, an OpenSearch index over its REST API ({@link OpenSearchIndex}). Both build their queries with the
 * one {@link QueryFactory}, so a question is asked alike on either.
 * <p>
 * Write policy: ingest stages a batch of documents ({@link #beginBatch}) and commits it once, after the graph
 * holds it too; until then searches do not see it, and a batch given up leaves the index as it was (each
 * backend says how it keeps that promise).
 */
public interface SearchIndex extends AutoCloseable {

    /** The in-process index of a data folder, created when missing. */
    static SearchIndex openWritable(Path dir) {
        return openWritable(dir, IndexFileAccess.MAPPED);
    }

    /** The same, its files read as {@code access} says (a command-line ingest reads them without mapping them). */
    static SearchIndex openWritable(Path dir, IndexFileAccess access) {
        return LuceneSearchIndex.openWritable(dir, access);
    }

    /** An existing in-process index, for reading beside a running server; empty() when there is none yet. */
    static Optional<SearchIndex> openReadOnly(Path dir) {
        return LuceneSearchIndex.openReadOnly(dir).map(SearchIndex.class::cast);
    }

    /**
     * Writes staged together and committed once. {@link #put} may be called from several threads at once;
     * {@link #commit} or {@link #rollback} ends it, and closing it unended rolls it back. Other writers wait
     * until it ends.
     */
    interface Batch extends AutoCloseable {

        /** Adds or replaces the document with this id. */
        void put(IngestedDocument doc);

        /** Records a validity status (a name of ValidityCodes); unknown ids and names change nothing. */
        void setStatus(String id, String status);

        void delete(String id);

        /** Makes the batch durable and visible to searches. */
        void commit();

        /** Gives the batch up: the index is again what it was before the batch. */
        void rollback();

        /** Rolls the batch back unless it was committed. */
        @Override
        void close();
    }

    /** Starts a batch; waits while another batch or write is under way. */
    Batch beginBatch();

    /**
     * Writes the document into a throwaway copy of this index, leaving this one as it is: a server does it once after
     * a start, so that its first upload does not load and compile the indexing code while its user waits. Nothing
     * to do where the indexing runs in another process.
     */
    default void rehearse(IngestedDocument doc) {
    }

    /** Adds or replaces the document with this id and commits. */
    default void put(IngestedDocument doc) {
        putAll(List.of(doc));
    }

    /** Adds or replaces many documents under one commit. */
    default void putAll(Collection<IngestedDocument> docs) {
        try (Batch batch = beginBatch()) {
            docs.forEach(batch::put);
            batch.commit();
        }
    }

    /**
     * Records the document's validity status (a name of ValidityCodes) without re-indexing its text.
     * Unknown ids and unknown names change nothing.
     */
    default void setStatus(String id, String status) {
        setStatuses(Map.of(id, status));
    }

    /** {@link #setStatus} for many documents under one commit. */
    default void setStatuses(Map<String, String> statusById) {
        try (Batch batch = beginBatch()) {
            statusById.forEach(batch::setStatus);
            batch.commit();
        }
    }

    default void delete(String id) {
        try (Batch batch = beginBatch()) {
            batch.delete(id);
            batch.commit();
        }
    }

    Optional<StoredDocument> get(String id);

    /** Whether a document with this id is indexed, without reading its stored fields (its text can be long). */
    boolean contains(String id);

    /** Which of these ids are indexed ({@link #contains} of each, asked at once). */
    Set<String> held(Collection<String> ids);

    Set<String> ids();

    /** The indexed documents citing this one (by its id, stubs too): how many, by relation, issuer and year. */
    CiterCounts citers(String documentId);

    /**
     * What the indexed documents citing this one say of it: how many, the dates they give (at most {@code maxDates},
     * most given first) and at most {@code maxExamples} of them, those whose first mention dates it otherwise than
     * {@code asked} first, then the newest. Bounded however many cite it.
     */
    CitingEvidence citing(String documentId, java.time.LocalDate asked, int maxDates, int maxExamples);

    /** The ids of the first {@code limit} documents citing this one, oldest first (undated last), then by id. */
    List<String> citersOldestFirst(String documentId, int limit);

    /** The ids of the {@code limit} newest documents citing any of these (undated first, as the graph orders), then by id. */
    List<String> newestCiters(java.util.Collection<String> documentIds, int limit);

    int count();

    /** A page of hits with the counts of every match by type, issuer, year, place and status. */
    SearchResult search(SearchRequest request);

    /**
     * The ids of the documents of the page exactly as {@link #search} ranks them, without the facets, stubs and
     * snippets a user sees: for the quality harness, which asks thousands of questions.
     */
    List<String> rankedIds(SearchRequest request);

    @Override
    void close();
}
