package vn.vbtrace.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.ingest.Pipeline;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 11, point 2: the subject line a question can name, and the share of it the question covers. */
class SubjectTests {

    @Test
    void theSubjectLineIsAShortTitleElseAShortOpeningLine() {
        String article = "Mục đích của Quỹ hỗ trợ phát triển điện ảnh\n\n1. Hỗ trợ cho dự án sản xuất phim thể nghiệm.";
        assertThat(Subject.line(null, article)).contains("Mục đích của Quỹ hỗ trợ phát triển điện ảnh");
        assertThat(Subject.line("Kế hoạch thực hiện Chương trình chuyển đổi số", "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN"))
                .contains("Kế hoạch thực hiện Chương trình chuyển đổi số");
        // A "title" the extractor took from a long first paragraph is running text: the opening line stands.
        assertThat(Subject.line("Luật này quy định " + "về phòng, chống ma túy; ".repeat(10), "Phạm vi điều chỉnh\n\nLuật này ..."))
                .contains("Phạm vi điều chỉnh");
        assertThat(Subject.line(null, "x ".repeat(150) + "\nĐiều 1. Phạm vi")).isEmpty();
    }

    @Test
    void aDocumentScoresTheShareOfItsSubjectLineTheQueryHoldsWithOrWithoutDiacritics() throws Exception {
        Map<String, String> articles = Map.of(
                "purpose", "Mục đích của Quỹ hỗ trợ phát triển điện ảnh\n\n1. Hỗ trợ cho dự án sản xuất phim thể nghiệm.",
                "principles", "Nguyên tắc hoạt động của Quỹ hỗ trợ phát triển điện ảnh\n\n1. Không vì mục đích lợi nhuận.",
                "unrelated", "Đối tượng áp dụng\n\nLuật này áp dụng với người làm phim.");
        Pipeline pipeline = new Pipeline();
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzers.perField()))) {
                for (Map.Entry<String, String> article : articles.entrySet()) {
                    String file = article.getKey() + ".txt";
                    IngestedDocument doc = pipeline.process(file, article.getValue().getBytes(StandardCharsets.UTF_8), file)
                            .withId(article.getKey());
                    writer.addDocument(LuceneDocuments.toLucene(doc, Set.of(IndexFields.SUBJECT_FOLDED)));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (String question : List.of("Quỹ hỗ trợ phát triển điện ảnh có mục đích gì?",
                        "Quy ho tro phat trien dien anh co muc dich gi?")) {
                    Map<String, Float> share = shares(reader, question);
                    // 9 of "mục đích của quỹ hỗ trợ phát triển điện ảnh"'s 10 syllables ("của" is not asked)
                    assertThat(share.get("purpose")).as(question).isCloseTo(0.9f, within(1e-5f));
                    // 7 of "nguyên tắc hoạt động của quỹ hỗ trợ phát triển điện ảnh"'s 12
                    assertThat(share.get("principles")).as(question).isCloseTo(7f / 12, within(1e-5f));
                    // none of the other's syllables is asked
                    assertThat(share).as(question).doesNotContainKey("unrelated");
                }
            }
        }
    }

    @Test
    void theCoverageQueryIsKnownForWhatItIsSoASearchServerCanBeToldIt() {
        Query covered = Subject.covered(Terms.folded("mục đích của quỹ")).orElseThrow();
        assertThat(covered).isInstanceOf(FunctionScoreQuery.class);
        assertThat(Subject.isCovered((FunctionScoreQuery) covered)).isTrue();
        assertThat(Subject.isCovered(FunctionScoreQuery.boostByValue(((FunctionScoreQuery) covered).getWrappedQuery(),
                DoubleValuesSource.fromFloatField("other")))).isFalse();
        assertThat(OpenSearchQueries.of(covered).at("/function_score/field_value_factor/field").asString())
                .isEqualTo(IndexFields.SUBJECT_SHARE);
    }

    private static Map<String, Float> shares(DirectoryReader reader, String question) throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Float> share = new HashMap<>();
        for (ScoreDoc hit : searcher.search(Subject.covered(Terms.folded(question)).orElseThrow(), 10).scoreDocs) {
            share.put(searcher.storedFields().document(hit.doc).get(IndexFields.ID), hit.score);
        }
        return share;
    }
}
