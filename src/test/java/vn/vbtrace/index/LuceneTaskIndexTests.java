package vn.vbtrace.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.ingest.Pipeline;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The duty-clause index on disk, as ingest writes it: documents without a single duty clause (short plans, notices) are
 * staged like any other, their old clauses deleted and none added, and must leave the writer closable. Handed an empty
 * list of documents, Lucene kept a per-thread writer without documents that picked up the batch's deletes and was
 * charged their memory; the commit dropped it without giving the memory back, and closing the index failed Lucene's
 * own check ({@code netBytes has unexpected value}, under -ea as the tests run).
 */
class LuceneTaskIndexTests {

    /** A short plan as an upload gives it: a basis and one sentence of what was done, no duty clause the extractor takes. */
    private static final String PLAN_WITHOUT_A_DUTY = String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN",
            "Số: %d/KH-UBND", "Bắc Kạn, ngày 10 tháng 3 năm 2021", "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2021",
            "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020;", "Năm 2020, Sở Tài chính đã bố trí kinh phí thực hiện.");

    @TempDir
    Path dir;
    private final Pipeline pipeline = new Pipeline();

    @Test
    void aDocumentWithoutDutiesLeavesTheWriterClosable() throws Exception {
        Path decision = TestCorpus.DECISION_1852;
        IngestedDocument withDuty = pipeline.process(decision.getFileName().toString(), TestCorpus.bytes(decision), decision.toString());
        // Enough deletes for the empty writer to be charged their memory (Lucene charges it in steps of 16 KB).
        List<IngestedDocument> withoutDuty = new ArrayList<>();
        for (int number = 900; number < 1200; number++) {
            String name = "plan-" + number + ".txt";
            withoutDuty.add(pipeline.process(name, PLAN_WITHOUT_A_DUTY.formatted(number).getBytes(StandardCharsets.UTF_8), name));
        }
        assertThat(TaskClauses.of(withDuty)).isNotEmpty();
        assertThat(withoutDuty).allSatisfy(doc -> assertThat(TaskClauses.of(doc)).isEmpty());
        assertThat(withoutDuty.stream().map(IngestedDocument::id).distinct()).hasSize(withoutDuty.size());

        LuceneTaskIndex tasks = LuceneTaskIndex.openWritable(dir);
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            withoutDuty.forEach(batch::put);
            batch.commit();
        }
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.put(withDuty);
            withoutDuty.forEach(batch::put);
            batch.commit();
        }
        assertThat(tasks.count()).isEqualTo(TaskClauses.of(withDuty).size());
        assertThatCode(tasks::close).doesNotThrowAnyException();

        LuceneTaskIndex reopened = LuceneTaskIndex.openReadOnly(dir).orElseThrow();
        try {
            assertThat(reopened.count()).isEqualTo(TaskClauses.of(withDuty).size());
        } finally {
            reopened.close();
        }
    }

    /**
     * Clauses with equal scores (most share the question's words the same way) rank by document id, then clause id,
     * as one search sorted by score and the two ids ranks them, in any number of segments, with deleted clauses; an
     * index written before clauses were kept in that order is rewritten sorted once, and ranks the same.
     */
    @Test
    void equalScoresRankByDocumentThenClauseAsOneSortRanksThem() throws Exception {
        Path unsorted = dir.resolve("tasks");
        IndexWriterConfig before = new IndexWriterConfig(LuceneTaskIndex.analyzer()).setMaxBufferedDocs(200);
        try (var writer = new IndexWriter(FSDirectory.open(unsorted), before)) {
            writeClauses(writer, 5, true);
        }
        List<Query> questions = List.of(
                LuceneTaskIndex.query(ones("bo", "tri", "kinh", "phi"), List.of("bo tri", "kinh phi"), 1.0, 0.5, null),
                LuceneTaskIndex.query(ones("kinh", "phi", "thuc", "hien"), List.of("kinh phi", "thuc hien"), 0.6, 0.5, null),
                LuceneTaskIndex.query(ones("tham", "muu"), List.of("tham muu"), 0.5, 0.5, null));
        List<List<String>> oneSort = new ArrayList<>();
        try (var reader = DirectoryReader.open(FSDirectory.open(unsorted))) {
            assertThat(ClauseOrder.sorted(reader)).isFalse();
            for (Query question : questions) {
                for (int n : new int[] {1, 17, 300, 5000}) {
                    oneSort.add(clauseIds(reader, List.of(new IndexSearcher(reader).search(question, n, LuceneTaskIndex.BEST_FIRST).scoreDocs)));
                }
            }
            assertThat(oneSort.get(2)).hasSize(300);
        }

        LuceneTaskIndex.openWritable(unsorted).close();

        assertThat(dir.resolve("tasks.sorting")).doesNotExist();
        assertThat(dir.resolve("tasks.unsorted")).doesNotExist();
        try (var reader = DirectoryReader.open(FSDirectory.open(unsorted))) {
            assertThat(ClauseOrder.sorted(reader)).isTrue();
            assertThat(reader.numDocs()).isEqualTo(CLAUSES - DELETED);
            IndexSearcher searcher = new IndexSearcher(reader);
            int i = 0;
            for (Query question : questions) {
                for (int n : new int[] {1, 17, 300, 5000}) {
                    assertThat(clauseIds(reader, ClauseOrder.first(searcher, question, n))).as("%s, first %d", question, n)
                            .isEqualTo(oneSort.get(i++));
                }
            }
        }
        // More clauses, written sorted, in segments of their own.
        IndexWriterConfig sorted = new IndexWriterConfig(LuceneTaskIndex.analyzer()).setMaxBufferedDocs(200)
                .setIndexSort(ClauseOrder.BY_CLAUSE);
        try (var writer = new IndexWriter(FSDirectory.open(unsorted), sorted)) {
            writeClauses(writer, 6, false);
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(unsorted))) {
            assertThat(ClauseOrder.sorted(reader)).isTrue();
            assertThat(reader.leaves()).hasSizeGreaterThan(2);
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query question : questions) {
                for (int n : new int[] {1, 17, 300, 5000}) {
                    assertThat(clauseIds(reader, ClauseOrder.first(searcher, question, n))).as("%s, first %d", question, n)
                            .isEqualTo(clauseIds(reader, List.of(searcher.search(question, n, LuceneTaskIndex.BEST_FIRST).scoreDocs)));
                }
            }
        }
    }

    @Test
    void aSortingLeftHalfDoneByACrashIsFinishedAtTheNextStart() throws Exception {
        Path tasks = dir.resolve("tasks");
        // The crash came between the two moves: the old index beside the place, nothing in it.
        try (var writer = new IndexWriter(FSDirectory.open(dir.resolve("tasks.unsorted")),
                new IndexWriterConfig(LuceneTaskIndex.analyzer()).setMaxBufferedDocs(200))) {
            writeClauses(writer, 5, true);
        }
        java.nio.file.Files.createDirectories(dir.resolve("tasks.sorting"));

        LuceneTaskIndex reopened = LuceneTaskIndex.openWritable(tasks);
        try {
            assertThat(reopened.count()).isEqualTo(CLAUSES - DELETED);
        } finally {
            reopened.close();
        }
        assertThat(dir.resolve("tasks.unsorted")).doesNotExist();
        assertThat(dir.resolve("tasks.sorting")).doesNotExist();
        try (var reader = DirectoryReader.open(FSDirectory.open(tasks))) {
            assertThat(ClauseOrder.sorted(reader)).isTrue();
        }
    }

    private static final int CLAUSES = 1200;
    private static final int DELETED = 40;

    /** 1,200 clauses of 300 documents (ids by seed) written in no order (as blocks of 1 to 4, as the index before wrote a document's), words from a few phrases so that scores tie; 40 deleted. */
    private static void writeClauses(IndexWriter writer, int seed, boolean asBlocks) throws Exception {
        String[] phrases = {"so tai chinh bo tri kinh phi thuc hien", "bo tri kinh phi", "kinh phi thuc hien ke hoach",
                "so noi vu tham muu ubnd tinh", "tham muu bo tri", "kinh phi", "thuc hien", "phi kinh tri bo"};
        Random random = new Random(seed);
        List<String> written = new ArrayList<>();
        List<Document> block = new ArrayList<>();
        for (int i = 0; i < CLAUSES; i++) {
            Document clause = new Document();
            String documentId = "n" + Integer.toHexString(random.nextInt(300) * 7919 + 4096);
            clause.add(new KeywordField(TaskClauses.DOC_ID, documentId, Field.Store.YES));
            written.add(documentId + "-t" + seed + "-" + i);
            clause.add(new KeywordField(TaskClauses.TASK_ID, written.getLast(), Field.Store.YES));
            clause.add(new TextField(TaskClauses.WORDS, phrases[random.nextInt(phrases.length)], Field.Store.NO));
            block.add(clause);
            if (!asBlocks || block.size() == 1 + i % 4) {
                writer.addDocuments(block);
                block.clear();
            }
        }
        if (!block.isEmpty()) {
            writer.addDocuments(block);
        }
        for (int i = 0; i < DELETED; i++) {
            writer.deleteDocuments(new Term(TaskClauses.TASK_ID, written.get(i * (CLAUSES / DELETED))));
        }
        writer.commit();
    }

    private static List<String> clauseIds(IndexReader reader, List<ScoreDoc> hits) throws Exception {
        StoredFields stored = reader.storedFields();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            // A search sorted by score gives it among the sort's values.
            float score = hit instanceof FieldDoc sorted ? (Float) sorted.fields[0] : hit.score;
            ids.add(stored.document(hit.doc).get(TaskClauses.TASK_ID) + "@" + score);
        }
        return ids;
    }

    /** Each word weighing 1, as the questions of the order's test were put before words had weights. */
    private static java.util.Map<String, Double> ones(String... words) {
        java.util.Map<String, Double> each = new java.util.LinkedHashMap<>();
        for (String word : words) {
            each.put(word, 1.0);
        }
        return each;
    }
}
