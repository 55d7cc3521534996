package vn.vbtrace.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.ingest.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /** A short plan as an upload gives it: a basis and one sentence, no duty clause the extractor takes. */
    private static final String PLAN_WITHOUT_A_DUTY = String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN",
            "Số: %d/KH-UBND", "Bắc Kạn, ngày 10 tháng 3 năm 2021", "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2021",
            "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020;", "Sở Tài chính bố trí kinh phí thực hiện.");

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
}
