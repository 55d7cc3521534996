package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The duty clauses of every document, one Lucene document each, so that "who is responsible for X" is
 * answered from an index rather than by loading every task: a question's words and word pairs select and
 * rank the clauses ({@link #candidates}), each clause carrying what the answer shows (body, role, task,
 * deadline, its document, the quote). Written with the documents, in the same batches as the search index.
 */
public final class TaskIndex implements AutoCloseable {

    /** Folded words: letters and digits between anything else, as the responsible scoring splits them. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\d]+");

    static final String TASK_ID = "taskId";
    static final String DOC_ID = "docId";
    static final String DOC_NUMBER_KEY = "docNumberKey";
    /** The issuing body of the clause's document, folded and split into words: the province filter matches a phrase in it. */
    static final String ISSUER_WORDS = "issuerWords";
    /** Body and task, folded and split into words: what a question is matched against. */
    static final String WORDS = "words";
    /** The body's folded name as one keyword: the list of every body named in a duty. */
    static final String BODY_NAME = "bodyName";
    private static final String BODY = "body";
    private static final String ROLE = "role";
    private static final String TEXT = "text";
    private static final String DEADLINE = "deadline";
    private static final String DOC_NUMBER = "docNumber";
    private static final String DOC_TITLE = "docTitle";
    private static final String START = "start";
    private static final String END = "end";
    private static final String PROVINCE = "province";
    private static final String QUOTE = "quote";

    private static final double RAM_BUFFER_MB = 32;

    private final LuceneStore store;
    /** Every body named in a duty, read again only when the index changed. */
    private volatile BodyNames bodyNames = new BodyNames(null, List.of());

    private record BodyNames(Object readerKey, List<String> names) {
    }

    /** One duty clause as the index holds it. */
    public record TaskHit(String taskId, String body, String role, String text, String deadline, String documentId,
                          String documentNumber, String documentTitle, int start, int end, String province, String quote) {
    }

    /** Which clauses a question may be answered from; null fields do not limit. */
    public record Filter(String documentNumberKey, Collection<String> provinceKeys, Collection<String> documentIds) {
    }

    private TaskIndex(LuceneStore store) {
        this.store = store;
    }

    public static TaskIndex openWritable(Path dir) {
        return new TaskIndex(LuceneStore.openWritable(dir, analyzer(), RAM_BUFFER_MB));
    }

    public static Optional<TaskIndex> openReadOnly(Path dir) {
        return LuceneStore.openReadOnly(dir).map(TaskIndex::new);
    }

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new PatternTokenizer(NON_WORD, -1);
                return new TokenStreamComponents(words);
            }
        };
    }

    /** Writes staged together and committed once, like {@link SearchIndex.Batch}. */
    public final class Batch implements AutoCloseable {

        private final IndexWriter writer;
        private boolean open = true;

        private Batch(IndexWriter writer) {
            this.writer = writer;
        }

        /** The document's clauses replace whatever the index held for it. */
        public void put(IngestedDocument doc) {
            try {
                writer.deleteDocuments(new Term(DOC_ID, doc.id()));
                writer.addDocuments(clauses(doc));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void delete(String documentId) {
            try {
                writer.deleteDocuments(new Term(DOC_ID, documentId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void commit() {
            open = false;
            store.commit();
        }

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

    public Batch beginBatch() {
        return new Batch(store.begin());
    }

    private static List<Document> clauses(IngestedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        List<Assignment> assignments = doc.extraction().assignments();
        List<Document> out = new ArrayList<>(assignments.size());
        String issuer = meta.issuer() == null ? "" : DocumentNumbers.fold(meta.issuer());
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            Document d = new Document();
            d.add(new KeywordField(TASK_ID, doc.id() + ":" + i, Field.Store.YES));
            d.add(new KeywordField(DOC_ID, doc.id(), Field.Store.YES));
            if (meta.number() != null) {
                d.add(new KeywordField(DOC_NUMBER_KEY, DocumentNumbers.key(meta.number()), Field.Store.NO));
                d.add(new StoredField(DOC_NUMBER, meta.number()));
            }
            if (meta.title() != null) {
                d.add(new StoredField(DOC_TITLE, meta.title()));
            }
            d.add(new TextField(ISSUER_WORDS, issuer, Field.Store.NO));
            d.add(new TextField(WORDS, DocumentNumbers.fold(a.body() + " " + a.task()), Field.Store.NO));
            String body = blankToNull(a.body());
            if (body != null) {
                d.add(new KeywordField(BODY_NAME, DocumentNumbers.fold(body), Field.Store.NO));
                d.add(new StoredField(BODY, body));
            }
            if (a.role() != null) {
                d.add(new StoredField(ROLE, a.role().name()));
            }
            if (a.task() != null) {
                d.add(new StoredField(TEXT, a.task()));
            }
            if (a.deadline() != null) {
                d.add(new StoredField(DEADLINE, a.deadline()));
            }
            if (blankToNull(a.province()) != null) {
                d.add(new StoredField(PROVINCE, a.province()));
            }
            d.add(new StoredField(START, a.start()));
            d.add(new StoredField(END, a.end()));
            String quote = quote(doc.text(), a.start(), a.end());
            if (quote != null && !quote.equals(a.task())) {
                d.add(new StoredField(QUOTE, quote)); // stored only where it differs from the task
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The clauses that can answer a question, best first, at most {@code limit}: each of the question's words
     * present counts 1 and each of its word pairs present counts {@code pairWeight}, the share-of-words score of
     * the responsible answer before its adjustments, so the first {@code limit} are the ones it would rank first.
     */
    public List<TaskHit> candidates(List<String> words, Collection<String> pairs, double pairWeight, Filter filter, int limit) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            any.add(new ConstantScoreQuery(new TermQuery(new Term(WORDS, word))), Occur.SHOULD);
        }
        for (String pair : pairs) {
            String[] two = NON_WORD.split(pair.strip());
            if (two.length == 2) {
                any.add(new BoostQuery(new ConstantScoreQuery(new PhraseQuery(WORDS, two[0], two[1])), (float) pairWeight),
                        Occur.SHOULD);
            }
        }
        any.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder root = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        if (filter != null) {
            addFilters(root, filter);
        }
        Query query = root.build();
        return store.withSearcher(searcher -> {
            List<TaskHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                hits.add(hit(stored.document(hit.doc)));
            }
            return hits;
        });
    }

    private static void addFilters(BooleanQuery.Builder root, Filter filter) {
        if (filter.documentNumberKey() != null) {
            root.add(new TermQuery(new Term(DOC_NUMBER_KEY, filter.documentNumberKey())), Occur.FILTER);
        }
        if (filter.provinceKeys() != null) {
            // Any of the names: a province merged in 2025 answers for the provinces merged into it.
            BooleanQuery.Builder anyProvince = new BooleanQuery.Builder();
            for (String key : filter.provinceKeys()) {
                String[] words = NON_WORD.split(key.strip());
                anyProvince.add(words.length == 1 ? new TermQuery(new Term(ISSUER_WORDS, words[0])) : new PhraseQuery(ISSUER_WORDS, words),
                        Occur.SHOULD);
            }
            root.add(anyProvince.build(), Occur.FILTER);
        }
        if (filter.documentIds() != null) {
            root.add(new TermInSetQuery(DOC_ID, filter.documentIds().stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
    }

    /** The folded name of every body given a duty anywhere in the repository. */
    public List<String> bodyNames() {
        return store.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Object key = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
            BodyNames cached = bodyNames;
            if (cached.readerKey() == key) {
                return cached.names();
            }
            List<String> names = new ArrayList<>();
            Terms terms = MultiTerms.getTerms(reader, BODY_NAME);
            if (terms != null) {
                TermsEnum each = terms.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    names.add(term.utf8ToString());
                }
            }
            bodyNames = new BodyNames(key, List.copyOf(names));
            return names;
        });
    }

    public int count() {
        return store.withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    private static TaskHit hit(Document d) {
        String text = d.get(TEXT);
        String quote = d.get(QUOTE);
        return new TaskHit(d.get(TASK_ID), d.get(BODY), d.get(ROLE), text, d.get(DEADLINE), d.get(DOC_ID), d.get(DOC_NUMBER),
                d.get(DOC_TITLE), number(d, START), number(d, END), d.get(PROVINCE), quote != null ? quote : text);
    }

    private static int number(Document d, String field) {
        var value = d.getField(field);
        return value == null || value.numericValue() == null ? 0 : value.numericValue().intValue();
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

    @Override
    public void close() {
        store.close();
    }
}
