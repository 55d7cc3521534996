package vn.vbtrace.index;

import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.Role;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.BodyKey;
import vn.vbtrace.document.CitationEdges;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.Deadline;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.PageCursor;
import vn.vbtrace.document.IngestedDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a task index holds of each duty clause and how a question is put to it, the same for every backend
 * ({@link LuceneTaskIndex}, {@link OpenSearchTaskIndex}): the fields of a clause, the words a question's pairs and a
 * province's name are split into, and the order of equal scores, so both backends answer alike.
 */
final class TaskClauses {

    /** Folded words: letters and digits between anything else, as the responsible scoring splits them. */
    static final String NON_WORD_REGEX = "[^\\p{L}\\d]+";
    static final Pattern NON_WORD = Pattern.compile(NON_WORD_REGEX);

    static final String TASK_ID = "taskId";
    static final String DOC_ID = "docId";
    static final String DOC_NUMBER_KEY = "docNumberKey";
    /** The issuing body of the clause's document, folded and split into words: the province filter matches a phrase in it. */
    static final String ISSUER_WORDS = "issuerWords";
    /** Body and task, folded and split into words: what a question is matched against. */
    static final String WORDS = "words";
    /** The clause's context as a question may name it ({@link TaskIndex#contextWords}): its document's title and
     * number, the body's province. */
    static final String CONTEXT_WORDS = "contextWords";
    /** The body's folded name as one keyword: the list of every body named in a duty. */
    static final String BODY_NAME = "bodyName";
    static final String BODY = "body";
    static final String ROLE = "role";
    static final String TEXT = "text";
    static final String DEADLINE = "deadline";
    static final String DOC_NUMBER = "docNumber";
    static final String DOC_TITLE = "docTitle";
    static final String START = "start";
    static final String END = "end";
    static final String PROVINCE = "province";
    /** Stored only where it differs from the task. */
    static final String QUOTE = "quote";
    /**
     * The ids of the documents the clause's document cites, as the graph's edges from it ({@link CitationEdges}): a
     * program's duties include those of every document citing its approving decision, which a national program's
     * decision may have by the hundred thousand, so they are found by this field rather than listed from the graph.
     */
    static final String CITES_ID = "citesId";
    /** The body as one body's obligations are asked for: alone and in its province ({@link BodyKey}). */
    static final String BODY_KEY = "bodyKey";

    /**
     * A one-off deadline's date as yyyymmdd, and a yearly one's days as mmdd ({@link Deadline#fixedKey},
     * {@link Deadline#yearlyKeys}): a body's duties are paged soonest due first, and their overdue ones counted, by these.
     */
    static final String DUE_DATE = "dueDate";
    static final String DUE_YEARLY = "dueYearly";
    /** The sort key of a clause without a deadline: after every date (yyyymmdd), so such duties come last. */
    static final long NO_DUE = 99_999_999L;

    /** Where the next page of a body's duties starts: after the clause with this due key and id ({@link TaskIndex#ofBodies}). */
    record After(long dueKey, String taskId) {

        String encode() {
            return PageCursor.encode(dueKey, taskId);
        }

        static After decode(String cursor) {
            PageCursor.Values values = PageCursor.decode(cursor);
            return new After(values.first(), values.last());
        }
    }

    /**
     * The clause's deadline as the index holds it: a one-off date (yyyymmdd) or a yearly one's days (mmdd); neither
     * when it has none, or one no reader knows.
     */
    record Due(Long date, List<Integer> yearly) {

        static Due of(Clause c) {
            Deadline deadline = Deadline.parse(c.deadline());
            return deadline == null ? new Due(null, List.of()) : new Due(deadline.fixedKey(), deadline.yearlyKeys());
        }
    }

    /** One duty clause as written to an index; null fields are left out. */
    record Clause(String taskId, String documentId, String documentNumberKey, String documentNumber, String documentTitle,
                  String issuerWords, String words, String contextWords, String bodyName, String body, Role role, String text,
                  String deadline, String province, int start, int end, String quote, Collection<String> citedIds,
                  Collection<String> bodyKeys) {

        /** What a candidate shows: the quote is the task's text where none was stored. */
        TaskIndex.TaskHit hit() {
            return new TaskIndex.TaskHit(taskId, body, role, text, deadline, documentId, documentNumber, documentTitle, start,
                    end, province, quote != null ? quote : text);
        }
    }

    private TaskClauses() {
    }

    /** The document's duty clauses, in the order of its extraction; the i-th has the id {@code <document id>:i}. */
    static List<Clause> of(IngestedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        List<Assignment> assignments = doc.extraction().assignments();
        List<Clause> out = new ArrayList<>(assignments.size());
        String issuer = meta.issuer() == null ? "" : TextFold.fold(meta.issuer());
        String numberKey = meta.number() == null ? null : DocumentNumbers.key(meta.number());
        List<String> cited = List.copyOf(CitationEdges.of(doc).firstByTarget().keySet());
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            String body = blankToNull(a.body());
            String quote = quote(doc.text(), a.start(), a.end());
            out.add(new Clause(doc.id() + ":" + i, doc.id(), numberKey, meta.number(), meta.title(), issuer,
                    TextFold.words(a.body() + " " + a.task()), TaskIndex.contextWords(meta.title(), meta.number(), a.province()),
                    body == null ? null : TextFold.fold(body), body,
                    a.role(), a.task(), a.deadline(), blankToNull(a.province()) == null ? null : a.province(),
                    a.start(), a.end(), quote != null && !quote.equals(a.task()) ? quote : null, cited,
                    BodyKey.ofDuty(body, a.province())));
        }
        return out;
    }

    /** The question's word pairs that are two words, each as its two words. */
    static List<String[]> pairs(Collection<String> pairs) {
        List<String[]> out = new ArrayList<>();
        for (String pair : pairs) {
            String[] two = words(pair);
            if (two.length == 2) {
                out.add(two);
            }
        }
        return out;
    }

    /** The words of a folded name (a province's), as the index split the issuer into them. */
    static String[] words(String folded) {
        return Arrays.stream(NON_WORD.split(folded.strip())).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static String quote(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return null;
        }
        return text.substring(start, end);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
