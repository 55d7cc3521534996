package vn.vbtrace.index;

import vn.vbtrace.document.Role;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.document.Deadline;
import vn.vbtrace.document.IngestedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.vbtrace.index.TaskClauses.BODY;
import static vn.vbtrace.index.TaskClauses.BODY_KEY;
import static vn.vbtrace.index.TaskClauses.BODY_NAME;
import static vn.vbtrace.index.TaskClauses.CITES_ID;
import static vn.vbtrace.index.TaskClauses.DEADLINE;
import static vn.vbtrace.index.TaskClauses.DOC_ID;
import static vn.vbtrace.index.TaskClauses.DOC_NUMBER;
import static vn.vbtrace.index.TaskClauses.DOC_NUMBER_KEY;
import static vn.vbtrace.index.TaskClauses.DOC_TITLE;
import static vn.vbtrace.index.TaskClauses.END;
import static vn.vbtrace.index.TaskClauses.ISSUER_WORDS;
import static vn.vbtrace.index.TaskClauses.PROVINCE;
import static vn.vbtrace.index.TaskClauses.QUOTE;
import static vn.vbtrace.index.TaskClauses.ROLE;
import static vn.vbtrace.index.TaskClauses.START;
import static vn.vbtrace.index.TaskClauses.TASK_ID;
import static vn.vbtrace.index.TaskClauses.TEXT;
import static vn.vbtrace.index.TaskClauses.WORDS;

/**
 * The duty clauses in a Lucene index of the data folder, one Lucene document each (the default {@link TaskIndex}).
 */
public final class LuceneTaskIndex implements TaskIndex {

    private static final double RAM_BUFFER_MB = 32;
    /** Best first; equal scores by document, then clause, as {@link OpenSearchTaskIndex} orders them. */
    static final Sort BEST_FIRST = new Sort(SortField.FIELD_SCORE, new SortedSetSortField(DOC_ID, false),
            new SortedSetSortField(TASK_ID, false));

    /**
     * LZ4: a duty clause is a few hundred bytes and an answer reads dozens, where deflate's larger blocks cost. Each
     * segment's clauses in document and clause order, which the ranking's ties follow ({@link ClauseOrder}).
     */
    private static final LuceneStore.Writing WRITING = new LuceneStore.Writing(analyzer(), RAM_BUFFER_MB,
            Lucene104Codec.Mode.BEST_SPEED, ClauseOrder.BY_CLAUSE);

    private static final Logger log = LoggerFactory.getLogger(LuceneTaskIndex.class);

    private final LuceneStore store;

    private LuceneTaskIndex(LuceneStore store) {
        this.store = store;
    }

    public static LuceneTaskIndex openWritable(Path dir) {
        return openWritable(dir, IndexFileAccess.MAPPED);
    }

    public static LuceneTaskIndex openWritable(Path dir, IndexFileAccess access) {
        try {
            long started = System.nanoTime();
            int sorted = ClauseOrder.sortInPlace(dir, WRITING);
            if (sorted > 0) {
                log.warn("Sorted the {} duty clauses in {} s", sorted, (System.nanoTime() - started) / 1_000_000_000);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sort the duty clauses' index at " + dir + ": " + e.getMessage(), e);
        }
        return new LuceneTaskIndex(LuceneStore.openWritable(dir, WRITING, access));
    }

    public static Optional<LuceneTaskIndex> openReadOnly(Path dir) {
        return LuceneStore.openReadOnly(dir).map(LuceneTaskIndex::new);
    }

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new PatternTokenizer(TaskClauses.NON_WORD, -1);
                return new TokenStreamComponents(words);
            }
        };
    }

    private final class LuceneBatch extends LuceneBatchBase implements Batch {

        private LuceneBatch() {
            super(store);
        }

        @Override
        public void put(IngestedDocument doc) {
            List<Document> clauses = TaskClauses.of(doc).stream().map(LuceneTaskIndex::document).toList();
            write(writer -> {
                writer.deleteDocuments(new Term(DOC_ID, doc.id()));
                // One by one, not as a block: a sorted index takes blocks only with a parent field. (An empty block
                // once left a per-thread writer holding only the batch's deletes, whose memory a commit did not give
                // back; a document without clauses now adds nothing at all.)
                for (Document clause : clauses) {
                    writer.addDocument(clause);
                }
            });
        }

        @Override
        public void delete(String documentId) {
            write(writer -> writer.deleteDocuments(new Term(DOC_ID, documentId)));
        }
    }

    @Override
    public Batch beginBatch() {
        return new LuceneBatch();
    }

    /** Puts the document's clauses into an empty copy in memory and commits them there. */
    @Override
    public void rehearse(IngestedDocument doc) {
        if (!store.isWritable()) {
            return;
        }
        try (LuceneTaskIndex copy = new LuceneTaskIndex(store.emptyCopyInMemory()); Batch batch = copy.beginBatch()) {
            batch.put(doc);
            batch.commit();
        }
    }

    private static Document document(TaskClauses.Clause c) {
        Document d = new Document();
        d.add(new KeywordField(TASK_ID, c.taskId(), Field.Store.YES));
        d.add(new KeywordField(DOC_ID, c.documentId(), Field.Store.YES));
        if (c.documentNumber() != null) {
            d.add(new KeywordField(DOC_NUMBER_KEY, c.documentNumberKey(), Field.Store.NO));
            d.add(new StoredField(DOC_NUMBER, c.documentNumber()));
        }
        stored(d, DOC_TITLE, c.documentTitle());
        d.add(new TextField(ISSUER_WORDS, c.issuerWords(), Field.Store.NO));
        d.add(new TextField(WORDS, c.words(), Field.Store.NO));
        d.add(new TextField(TaskClauses.CONTEXT_WORDS, c.contextWords(), Field.Store.NO));
        if (c.body() != null) {
            d.add(new KeywordField(BODY_NAME, c.bodyName(), Field.Store.NO));
            d.add(new StoredField(BODY, c.body()));
        }
        stored(d, ROLE, c.role() == null ? null : c.role().name());
        stored(d, TEXT, c.text());
        stored(d, DEADLINE, c.deadline());
        stored(d, PROVINCE, c.province());
        d.add(new StoredField(START, c.start()));
        d.add(new StoredField(END, c.end()));
        stored(d, QUOTE, c.quote());
        for (String cited : c.citedIds()) {
            d.add(new StringField(CITES_ID, cited, Field.Store.NO)); // a filter only: no doc values
        }
        for (String key : c.bodyKeys()) {
            d.add(new StringField(BODY_KEY, key, Field.Store.NO));
        }
        TaskClauses.Due due = TaskClauses.Due.of(c);
        if (due.date() != null) {
            d.add(new LongField(TaskClauses.DUE_DATE, due.date(), Field.Store.NO)); // points count the overdue
        }
        due.yearly().forEach(day -> d.add(new SortedNumericDocValuesField(TaskClauses.DUE_YEARLY, day)));
        return d;
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    @Override
    public List<TaskHit> candidates(Map<String, Double> wordWeights, Collection<String> pairs, double pairWeight,
                                    double contextWeight, Filter filter, int limit) {
        Query query = query(wordWeights, pairs, pairWeight, contextWeight, filter);
        return store.withSearcher(searcher -> {
            List<TaskHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            // An index opened read-only may not be sorted yet (it is when next opened for writing): then one sort.
            List<ScoreDoc> best = ClauseOrder.sorted(searcher.getIndexReader()) ? ClauseOrder.first(searcher, query, limit)
                    : List.of(searcher.search(query, limit, BEST_FIRST).scoreDocs);
            for (ScoreDoc hit : best) {
                hits.add(hit(stored.document(hit.doc)));
            }
            return hits;
        });
    }

    /**
     * Each of the question's words counts its weight in the clause's words, else its weight times {@code contextWeight}
     * in its context, and each of its word pairs kept intact {@code pairWeight}.
     */
    static Query query(Map<String, Double> wordWeights, Collection<String> pairs, double pairWeight, double contextWeight,
                       Filter filter) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        wordWeights.forEach((word, weight) -> {
            Query own = new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(WORDS, word))), weight.floatValue());
            any.add(contextWeight <= 0 ? own : new DisjunctionMaxQuery(List.of(own, new BoostQuery(
                    new ConstantScoreQuery(new TermQuery(new Term(TaskClauses.CONTEXT_WORDS, word))),
                    (float) (weight * contextWeight))), 0), Occur.SHOULD);
        });
        for (String[] two : TaskClauses.pairs(pairs)) {
            any.add(new BoostQuery(new ConstantScoreQuery(new PhraseQuery(WORDS, two[0], two[1])), (float) pairWeight),
                    Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(1);
        BooleanQuery.Builder root = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        if (filter != null) {
            addFilters(root, filter);
        }
        return root.build();
    }

    private static void addFilters(BooleanQuery.Builder root, Filter filter) {
        if (filter.documentNumberKey() != null) {
            root.add(new TermQuery(new Term(DOC_NUMBER_KEY, filter.documentNumberKey())), Occur.FILTER);
        }
        if (filter.provinceKeys() != null) {
            // Any of the names: a province merged in 2025 answers for the provinces merged into it.
            BooleanQuery.Builder anyProvince = new BooleanQuery.Builder();
            for (String key : filter.provinceKeys()) {
                String[] words = TaskClauses.words(key);
                anyProvince.add(words.length == 1 ? new TermQuery(new Term(ISSUER_WORDS, words[0])) : new PhraseQuery(ISSUER_WORDS, words),
                        Occur.SHOULD);
            }
            root.add(anyProvince.build(), Occur.FILTER);
        }
        if (filter.documents() != null) {
            root.add(new BooleanQuery.Builder()
                    .add(new TermInSetQuery(DOC_ID, bytes(filter.documents().ids())), Occur.SHOULD)
                    .add(new TermInSetQuery(CITES_ID, bytes(filter.documents().citing())), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
    }

    private static List<BytesRef> bytes(Collection<String> values) {
        return values.stream().map(BytesRef::new).toList();
    }

    @Override
    public DuePage ofBodies(Collection<String> bodyKeys, LocalDate today, int limit, String after) {
        Query query = new TermInSetQuery(BODY_KEY, bytes(bodyKeys));
        Sort soonestFirst = new Sort(new NextDue(today).getSortField(false), new SortedSetSortField(TASK_ID, false));
        TaskClauses.After start = after == null ? null : TaskClauses.After.decode(after);
        return store.withSearcher(searcher -> {
            int maxDoc = searcher.getIndexReader().maxDoc();
            if (maxDoc == 0) {
                return new DuePage(List.of(), 0, 0, null);
            }
            // One more than the page, to know whether a next page exists. The clause ids are unique, so the last
            // document number stands for "after every clause with the cursor's values", the cursor's own included.
            TopDocs top = start == null ? searcher.search(query, limit + 1, soonestFirst)
                    : searcher.searchAfter(new FieldDoc(maxDoc - 1, Float.NaN,
                            new Object[] {start.dueKey(), new BytesRef(start.taskId())}), query, limit + 1, soonestFirst);
            StoredFields stored = searcher.storedFields();
            List<TaskHit> hits = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
                hits.add(hit(stored.document(top.scoreDocs[i].doc)));
            }
            String next = null;
            if (top.scoreDocs.length > limit) {
                Object[] last = ((FieldDoc) top.scoreDocs[limit - 1]).fields;
                next = new TaskClauses.After((Long) last[0], ((BytesRef) last[1]).utf8ToString()).encode();
            }
            Query overdue = new BooleanQuery.Builder().add(query, Occur.FILTER)
                    .add(LongField.newRangeQuery(TaskClauses.DUE_DATE, Long.MIN_VALUE, Deadline.key(today) - 1), Occur.FILTER).build();
            return new DuePage(hits, searcher.count(query), searcher.count(overdue), next);
        });
    }

    @Override
    public Set<String> bodyNamesAmong(Collection<String> names) {
        return store.withSearcher(searcher -> {
            // Each name looked up in each segment's terms (a name only deleted clauses hold counts until a merge,
            // as it did in the list of every name this replaced).
            Set<String> found = new HashSet<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                org.apache.lucene.index.Terms terms = leaf.reader().terms(BODY_NAME);
                if (terms == null) {
                    continue;
                }
                TermsEnum each = terms.iterator();
                for (String name : names) {
                    if (!found.contains(name) && each.seekExact(new BytesRef(name))) {
                        found.add(name);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public int count() {
        return store.withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public Map<String, Integer> clausesWith(Collection<String> words) {
        return store.withSearcher(searcher -> {
            // Counted, not the terms' docFreq: that holds deleted clauses until a merge, which OpenSearch's counts do not.
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String word : words) {
                counts.put(word, searcher.count(new TermQuery(new Term(WORDS, word))));
            }
            return counts;
        });
    }

    private static TaskHit hit(Document d) {
        return new TaskClauses.Clause(d.get(TASK_ID), d.get(DOC_ID), null, d.get(DOC_NUMBER), d.get(DOC_TITLE), null, null,
                null, null, d.get(BODY), Role.fromName(d.get(ROLE)), d.get(TEXT), d.get(DEADLINE), d.get(PROVINCE), number(d, START), number(d, END),
                d.get(QUOTE), null, null).hit();
    }

    private static int number(Document d, String field) {
        var value = d.getField(field);
        return value == null || value.numericValue() == null ? 0 : value.numericValue().intValue();
    }

    @Override
    public void close() {
        store.close();
    }
}
