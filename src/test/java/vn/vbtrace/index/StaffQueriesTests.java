package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 3: what staff type, on the shipped corpus (corpus/, five documents and the
 * numbers they cite), and the documents that must come first. A document is named by its number,
 * or by its file when it has none ("TB-2013": the 2013 notice on 712/QĐ-TTg; "KH-HauGiang": the
 * Hậu Giang plan); a stub (cited, not held) by "stub " and its number. The first documents may
 * come in any order among themselves; every other hit must come after them. Where a row gives a
 * total, the search must find exactly that many (quoted phrases and the all-words mode decide
 * what is a hit). Each row says why, from the texts.
 */
class StaffQueriesTests {

    @TempDir
    static Path dir;
    static SearchIndex index;

    @BeforeAll
    static void indexCorpus() throws Exception {
        index = TestCorpus.indexTexts(dir.resolve("index"));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    record Row(String query, String mode, List<String> first, Integer total, String why) {
        @Override
        public String toString() {
            return (mode.equals("all") ? "[all] " : "") + query;
        }
    }

    private static Row row(String query, List<String> first, String why) {
        return new Row(query, "any", first, null, why);
    }

    private static Row row(String query, String mode, List<String> first, Integer total, String why) {
        return new Row(query, mode, first, total, why);
    }

    static Stream<Row> rows() {
        return Stream.of(
                // The phrase stands in the Bắc Kạn decision and the Hậu Giang plan (3 times each); 4258 and
                // the notices only share syllables ("Giao thông vận tải", "Chính phủ", "trụ sở", "Bộ Tài chính").
                row("Sở Tài chính", List.of("1852/QĐ-UBND", "KH-HauGiang"), "the phrase, not its syllables"),
                row("so tai chinh", List.of("1852/QĐ-UBND", "KH-HauGiang"), "the same typed without diacritics"),
                // Quoted: only the two documents with the phrase are hits at all.
                row("\"Sở Tài chính\"", "any", List.of("1852/QĐ-UBND", "KH-HauGiang"), 2, "a quoted phrase matches only the phrase"),
                row("“so tai chinh”", "any", List.of("1852/QĐ-UBND", "KH-HauGiang"), 2, "typographic quotes, no diacritics"),
                // All words: the 2013 notice also holds sở (trụ sở), tài and chính (Vụ Tài chính hành chính sự
                // nghiệp), so it is a hit, after the two with the phrase; 4258 has no "tài" (only "tải").
                row("Sở Tài chính", "all", List.of("1852/QĐ-UBND", "KH-HauGiang"), 3, "every word, the phrase first"),
                // "bố trí kinh phí": three times in 1852 (Sở Tài chính tham mưu bố trí kinh phí), once in the others.
                row("bố trí kinh phí", List.of("1852/QĐ-UBND"), "the duty of Sở Tài chính in 1852"),
                // People: the chair of the 2013 meeting, of the 2019 meeting, the signer of 4258 and of 1852.
                row("Trần Việt Thanh", List.of("TB-2013"), "Thứ trưởng chairing the 2013 meeting"),
                row("tran van tung", List.of("31/TB-BKHCN"), "Thứ trưởng chairing the 2019 meeting, no diacritics"),
                row("Lê Xuân Định", List.of("4258/BKHCN-TĐC"), "the signer of 4258"),
                row("Đỗ Thị Minh Hoa", List.of("1852/QĐ-UBND"), "the signer of 1852"),
                // Bodies, with their abbreviations (vocab/synonyms.tsv): the Hậu Giang plan writes "UBND tỉnh" 11
                // times and "tỉnh Hậu Giang" 9; 1852 writes "Ủy ban nhân dân tỉnh Bắc Kạn" 4 times.
                row("UBND tỉnh Hậu Giang", List.of("KH-HauGiang"), "the province's own plan"),
                row("Ủy ban nhân dân tỉnh Bắc Kạn", List.of("1852/QĐ-UBND"), "the province's own decision"),
                row("UBND tinh Bac Kan", List.of("1852/QĐ-UBND"), "abbreviated, no diacritics: 1852 writes it in full"),
                // "Sở KH&CN" is written nowhere; "Sở Khoa học và Công nghệ" stands in 1852 (9) and Hậu Giang (21).
                row("Sở KH&CN", List.of("KH-HauGiang", "1852/QĐ-UBND"), "the abbreviation finds the full name"),
                row("Phòng Thương mại và Công nghiệp Việt Nam", List.of("31/TB-BKHCN"), "VCCI took part in the 2019 meeting only"),
                row("Hội đồng xét duyệt", List.of("KH-HauGiang"), "only the Hậu Giang plan sets up such a council"),
                // Matters.
                row("đề cương báo cáo", List.of("4258/BKHCN-TĐC"), "the outline in the annex of 4258"),
                row("năng suất chất lượng ngành Công nghiệp", List.of("TB-2013", "31/TB-BKHCN"),
                        "the industry's project, reported at both meetings"),
                row("chuyên gia năng suất chất lượng", List.of("1852/QĐ-UBND"), "1852 trains experts (4 times)"),
                row("\"truy xuất nguồn gốc\"", "any", List.of("31/TB-BKHCN", "1852/QĐ-UBND"), 2, "traceability: two texts"),
                row("30 tháng 11 hằng năm", List.of("1852/QĐ-UBND", "4258/BKHCN-TĐC"), "the yearly report deadline"),
                row("kết luận hội nghị ban điều hành năm 2019", List.of("31/TB-BKHCN"), "the 2019 notice"),
                row("báo cáo kết quả thực hiện nhiệm vụ năm 2023", List.of("4258/BKHCN-TĐC"), "the letter's subject line"),
                row("dự án nâng cao năng suất chất lượng tỉnh Hậu Giang 2016-2020", List.of("KH-HauGiang"), "the plan's title"),
                // Numbers, however typed; a cited-only number is a stub hit first, then its citers.
                row("1852/QĐ-UBND", List.of("1852/QĐ-UBND"), "the number itself"),
                row("4258/BKHCN-TĐC", List.of("4258/BKHCN-TĐC"), "the number itself"),
                row("1322/QĐ-TTg", List.of("stub 1322/QĐ-TTg", "1852/QĐ-UBND", "4258/BKHCN-TĐC"), "cited by 1852 and 4258, not held"),
                row("qd 1322", List.of("stub 1322/QĐ-TTg"), "type code and digits"),
                row("712/QĐ-TTg", List.of("stub 712/QĐ-TTg", "TB-2013", "KH-HauGiang"), "the 2010 program's decision, cited by two"));
    }

    private static final Map<String, String> FILES = Map.of(
            TestCorpus.NOTICE_2013.toString(), "TB-2013",
            TestCorpus.HAU_GIANG_PLAN.toString(), "KH-HauGiang");

    static String name(SearchHit hit) {
        if (hit.citations().stub()) {
            return "stub " + hit.document().number();
        }
        return hit.document().number() != null ? hit.document().number() : FILES.getOrDefault(hit.document().source(), hit.document().source());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theDocumentsExpectedComeFirst(Row row) {
        SearchResult result = index.search(SearchRequest.of(row.query(), 20).withMode(row.mode()));
        List<String> ranked = result.hits().stream().map(StaffQueriesTests::name).toList();
        assertThat(ranked).as(row.why() + ": " + ranked).hasSizeGreaterThanOrEqualTo(row.first().size());
        assertThat(ranked.subList(0, row.first().size())).as(row.why() + ": " + ranked)
                .containsExactlyInAnyOrderElementsOf(row.first());
        if (row.total() != null) {
            assertThat(result.total()).as(row.why() + ": " + ranked).isEqualTo(row.total().longValue());
        }
        // Every facet counts every hit once: stubs and documents without a value under their own label.
        for (FilterField field : FilterField.values()) {
            Map<String, Long> facet = result.facets().of(field);
            assertThat(facet.values().stream().mapToLong(Long::longValue).sum()).as("facet " + field + " " + facet).isEqualTo(result.total());
        }
    }

    /** The snippet shows the passage with the phrase, not the first place one of its syllables stands. */
    @Test
    void theSnippetShowsThePhrase() {
        for (String query : List.of("Sở Tài chính", "so tai chinh", "\"Sở Tài chính\"")) {
            for (SearchHit hit : index.search(SearchRequest.of(query, 2)).hits()) {
                assertThat(hit.passage().snippet()).as(query + " in " + name(hit)).containsIgnoringCase("Sở Tài chính");
                assertThat(hit.passage().highlights()).as(query + " in " + name(hit))
                        .anySatisfy(span -> assertThat(hit.passage().snippet().substring(span.start(), span.end())).isEqualToIgnoringCase("Sở Tài chính"));
            }
        }
        SearchHit plan = index.search(SearchRequest.of("30 tháng 11 hằng năm", 5)).hits().stream()
                .filter(hit -> "1852/QĐ-UBND".equals(hit.document().number())).findFirst().orElseThrow();
        assertThat(plan.passage().snippet()).contains("30 tháng 11 hằng năm");
    }

    /** A quoted phrase nobody wrote answers with its words rather than nothing, and says so. */
    @Test
    void aQuotedPhraseNoDocumentHoldsIsSaidAndItsWordsSearched() {
        SearchResult result = index.search(SearchRequest.of("\"Sở Tài chánh\" bố trí kinh phí", 10));
        assertThat(result.phrasesNotFound()).containsExactly("Sở Tài chánh");
        assertThat(result.hits()).extracting(StaffQueriesTests::name).startsWith("1852/QĐ-UBND");
    }

    @Test
    void anUnknownModeIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchRequest.of("Sở Tài chính", 10).withMode("some"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all");
    }
}
