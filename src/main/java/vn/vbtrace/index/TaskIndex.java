package vn.vbtrace.index;

import vn.vbtrace.document.Role;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.TextFold;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The duty clauses of every document, one entry each, so that "who is responsible for X" is answered from an
 * index rather than by loading every task: a question's words and word pairs select and rank the clauses
 * ({@link #candidates}), each clause carrying what the answer shows (body, role, task, deadline, its document, the
 * quote). Written with the documents, in the same batches as the search index. Two backends, as for the search
 * index: in process, a Lucene index in the data folder ({@link LuceneTaskIndex}, the default); on an OpenSearch
 * server shared by several vbtrace instances, a second index beside the documents' ({@link OpenSearchTaskIndex}).
 * Both hold the same fields ({@link TaskClauses}) and score alike, so they give the same candidates in the same order.
 */
public interface TaskIndex extends AutoCloseable {

    /** The in-process index of a data folder, created when missing. */
    static TaskIndex openWritable(Path dir) {
        return openWritable(dir, IndexFileAccess.MAPPED);
    }

    /** The same, its files read as {@code access} says (a command-line ingest reads them without mapping them). */
    static TaskIndex openWritable(Path dir, IndexFileAccess access) {
        return LuceneTaskIndex.openWritable(dir, access);
    }

    /** An existing in-process index, for reading beside a running server; empty() when there is none yet. */
    static Optional<TaskIndex> openReadOnly(Path dir) {
        return LuceneTaskIndex.openReadOnly(dir).map(TaskIndex.class::cast);
    }

    /** One duty clause as the index holds it. */
    record TaskHit(String taskId, String body, Role role, String text, String deadline, String documentId,
                   String documentNumber, String documentTitle, int start, int end, String province, String quote) {

        /** The clause's context as written ({@link #contextWords} holds its words). */
        public String context() {
            return TaskIndex.context(documentTitle, documentNumber, province);
        }
    }

    /**
     * What a question may name of a clause besides its body and task: its document's title and number and the body's
     * province ("ai thi hành kế hoạch phòng chống lao Bắc Kạn" asks of "chịu trách nhiệm thi hành Quyết định này" in
     * Bắc Kạn's plan against tuberculosis), folded and split into words as the clause's own words are.
     */
    static String contextWords(String documentTitle, String documentNumber, String province) {
        return TextFold.words(context(documentTitle, documentNumber, province));
    }

    private static String context(String documentTitle, String documentNumber, String province) {
        StringBuilder context = new StringBuilder();
        for (String part : new String[] {documentTitle, documentNumber, province}) {
            if (part != null && !part.isBlank()) {
                context.append(context.isEmpty() ? "" : " ").append(part);
            }
        }
        return context.toString();
    }

    /** Which clauses a question may be answered from; null fields do not limit. */
    record Filter(String documentNumberKey, Collection<String> provinceKeys, Documents documents) {
    }

    /**
     * The documents with these ids and the documents citing any of {@code citing} (by id, as the graph's edges): a
     * program's, as those naming or approving it and those citing its approving decision.
     */
    record Documents(Collection<String> ids, Collection<String> citing) {
    }

    /**
     * Writes staged together and committed once, like {@link SearchIndex.Batch}: {@link #put} may be called from
     * several threads at once; nothing is visible before {@link #commit}; closing it unended rolls it back.
     */
    interface Batch extends AutoCloseable {

        /** The document's clauses replace whatever the index held for it. */
        void put(IngestedDocument doc);

        /** Takes out every clause of the document. */
        void delete(String documentId);

        /** Makes the batch durable and visible to questions. */
        void commit();

        /** Gives the batch up: the index is again what it was before the batch. */
        void rollback();

        /** Rolls the batch back unless it was committed. */
        @Override
        void close();
    }

    /** As {@link SearchIndex#rehearse}: the document's clauses written to a throwaway copy, this index unchanged. */
    default void rehearse(IngestedDocument doc) {
    }

    /** Starts a batch; waits while another batch is under way. */
    Batch beginBatch();

    /**
     * The clauses that can answer a question, best first, at most {@code limit}: each of the question's words present
     * in the clause's body or task counts its weight (a rare word more than a common one), one present only in the
     * clause's context ({@link TaskHit#context}) its weight times {@code contextWeight}, and each of its word pairs
     * present {@code pairWeight}: the weighted share-of-words score of the responsible answer before its adjustments,
     * so the first {@code limit} are the ones it would rank first. Equal scores are in the order of document id, then
     * clause id, on every backend.
     */
    List<TaskHit> candidates(Map<String, Double> wordWeights, Collection<String> pairs, double pairWeight,
                             double contextWeight, Filter filter, int limit);

    /**
     * How many clauses hold each of these words in their body or task (a clause deleted and not yet merged away is
     * not counted, on either backend): how common a question's word is, so that a rare one weighs more.
     */
    Map<String, Integer> clausesWith(Collection<String> words);

    /**
     * One page of a body's duties, soonest due on {@code today} first: {@code total} clauses in all, {@code overdue} of
     * them with a one-off deadline before {@code today}, and {@code next} the cursor of the page after this one (null
     * on the last).
     */
    record DuePage(List<TaskHit> hits, long total, long overdue, String next) {
    }

    /**
     * The duty clauses whose body, alone or in its province, has one of these keys ({@code BodyKey}): one body's
     * obligations, read from the index (the clauses of that body only, never every clause of the repository), at most
     * {@code limit}, in the order of their next due date on {@code today} (a yearly deadline's next day; those without
     * a deadline last), then of clause id; {@code after} is a page's {@code next}, or null for the first page. A
     * body named in every province may hold duties by the hundred thousand: a page reads its own clauses only, and the
     * counts are counted in the index.
     */
    DuePage ofBodies(Collection<String> bodyKeys, LocalDate today, int limit, String after);

    /**
     * Which of these folded names some duty anywhere in the repository gives to its body: asked of the few names a
     * question's answers could mean, never read as the list of every body, which grows with the repository.
     */
    Set<String> bodyNamesAmong(Collection<String> names);

    /** How many clauses the index holds. */
    int count();

    @Override
    void close();
}
