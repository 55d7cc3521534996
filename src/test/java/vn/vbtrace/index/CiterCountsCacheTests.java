package vn.vbtrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.ingest.Pipeline;

/**
 * The citer counts a chain shows are kept while the index is unchanged, and taken anew when a citer comes or goes:
 * 1322/QĐ-TTg, cited by Bắc Kạn's 1852/QĐ-UBND (2020) and the ministry's letter 4258/BKHCN-TĐC (2023).
 */
class CiterCountsCacheTests {

    private static final String QD_1322 = DocumentNumbers.idForNumber("1322/QĐ-TTg");

    @TempDir
    Path dir;

    @Test
    void aCiterWrittenOrDeletedAfterACountIsCountedByTheNextOne() throws Exception {
        Pipeline pipeline = new Pipeline();
        IngestedDocument plan = process(pipeline, TestCorpus.DECISION_1852);
        IngestedDocument letter = process(pipeline, TestCorpus.LETTER_4258);
        try (LuceneSearchIndex index = LuceneSearchIndex.openWritable(dir)) {
            index.put(plan);
            for (int asked = 0; asked < 2; asked++) {
                assertThat(index.citers(QD_1322).total()).isEqualTo(1);
                assertThat(index.citers(QD_1322).byYear()).containsExactly(java.util.Map.entry("2020", 1L));
            }
            index.put(letter);
            assertThat(index.citers(QD_1322).total()).isEqualTo(2);
            assertThat(index.citers(QD_1322).byYear()).containsEntry("2020", 1L).containsEntry("2023", 1L);
            index.delete(plan.id());
            assertThat(index.citers(QD_1322).total()).isEqualTo(1);
            assertThat(index.citers(QD_1322).byYear()).containsExactly(java.util.Map.entry("2023", 1L));
        }
    }

    private static IngestedDocument process(Pipeline pipeline, Path file) throws Exception {
        return pipeline.process(file.getFileName().toString(), TestCorpus.bytes(file), file.toString());
    }
}
