package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Lucene on disk over the shipped texts: what a user typing in the search box gets. */
class CorpusSearchTests {

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

    private List<String> sources(String query) {
        return index.search(SearchRequest.of(query, 10)).hits().stream().map(h -> h.document().source()).toList();
    }

    @Test
    void soTaiChinhWithAndWithoutDiacriticsFindsBacKanAndHauGiang() {
        for (String query : List.of("Sở Tài chính", "so tai chinh")) {
            assertThat(sources(query)).as(query)
                    .contains(TestCorpus.DECISION_1852.toString(), TestCorpus.HAU_GIANG_PLAN.toString());
        }
    }

    @Test
    void theTwoToneMarkStylesFindTheSameDocuments() {
        assertThat(sources("hàng hoá")).containsExactlyInAnyOrderElementsOf(sources("hàng hóa"));
        assertThat(sources("hang hoa")).containsExactlyInAnyOrderElementsOf(sources("hàng hóa"));
    }

    @Test
    void aDocumentNumberPutsThatDocumentFirst() {
        for (String query : List.of("1852/QĐ-UBND", "1852/qd-ubnd", "4258/BKHCN-TĐC")) {
            SearchHit first = index.search(SearchRequest.of(query, 5)).hits().getFirst();
            assertThat(first.document().number()).as(query).isEqualToIgnoringCase(query.startsWith("1852") ? "1852/QĐ-UBND" : "4258/BKHCN-TĐC");
        }
    }

    @Test
    void aCitedOnlyNumberFindsTheDocumentsCitingIt() {
        assertThat(sources("1322/QĐ-TTg")).contains(TestCorpus.DECISION_1852.toString(), TestCorpus.LETTER_4258.toString());
    }

    @Test
    void filtersByTypeAndYear() {
        SearchResult decisions = index.search(SearchRequest.of("chương trình").withFilter(FilterField.TYPE, "Quyết định"));
        assertThat(decisions.hits()).extracting(h -> h.document().number()).containsExactly("1852/QĐ-UBND");
        SearchResult in2023 = index.search(SearchRequest.of("chương trình").withYears(2023, 2023));
        assertThat(in2023.hits()).extracting(h -> h.document().number()).containsExactly("4258/BKHCN-TĐC");
    }

    @Test
    void snippetShowsTheMatchingPassage() {
        SearchHit hit = index.search(SearchRequest.of("bố trí kinh phí", 10)).hits().stream()
                .filter(h -> "1852/QĐ-UBND".equals(h.document().number())).findFirst().orElseThrow();
        assertThat(hit.passage().snippet()).containsIgnoringCase("bố trí kinh phí");
    }

    /** Issue 4, point 4: the words of the query are marked in the snippet, typed with or without diacritics. */
    @Test
    void highlightsMarkTheQueryWordsInTheSnippet() {
        for (String query : List.of("bố trí kinh phí", "bo tri kinh phi")) {
            SearchHit hit = index.search(SearchRequest.of(query, 10)).hits().stream()
                    .filter(h -> "1852/QĐ-UBND".equals(h.document().number())).findFirst().orElseThrow();
            assertThat(hit.passage().highlights()).extracting(span -> hit.passage().snippet().substring(span.start(), span.end()).toLowerCase())
                    .as(query).contains("bố trí kinh phí");
        }
    }

    /** Issue 4, point 3: counts over every match, not only the page; a page is a slice of the same ranking. */
    @Test
    void facetsCountEveryMatchAndPagesSliceTheRanking() {
        SearchResult all = index.search(SearchRequest.of("chương trình", 10));
        assertThat(all.facets().of(FilterField.TYPE)).containsEntry("Quyết định", 1L);
        assertThat(all.facets().of(FilterField.YEAR)).containsEntry("2023", 1L);
        assertThat(all.facets().of(FilterField.TYPE).values().stream().mapToLong(Long::longValue).sum()).isLessThanOrEqualTo(all.total());
        SearchResult second = index.search(SearchRequest.of("chương trình").page(1, 1));
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.facets()).isEqualTo(all.facets());
        assertThat(second.hits()).extracting(h -> h.document().id()).containsExactly(all.hits().get(1).document().id());
    }

    @Test
    void filtersByProvinceWithOrWithoutDiacritics() {
        SearchResult all = index.search(SearchRequest.of("kế hoạch", 10));
        assertThat(all.facets().of(FilterField.PROVINCE)).containsEntry("Bắc Kạn", 1L);
        for (String province : List.of("Bắc Kạn", "bac kan")) {
            SearchResult bacKan = index.search(SearchRequest.of("kế hoạch").withFilter(FilterField.PROVINCE, province));
            assertThat(bacKan.hits()).as(province).extracting(h -> h.document().number()).containsExactly("1852/QĐ-UBND");
        }
    }

    /** Issue 4, point 2: a number only cited is a stub hit naming the documents that cite it. */
    @Test
    void aCitedOnlyNumberIsAStubHitWithItsCiters() {
        for (String query : List.of("1322/QĐ-TTg", "1322/qd-ttg", "qd 1322", "quyết định 1322")) {
            SearchHit stub = index.search(SearchRequest.of(query, 10)).hits().getFirst();
            assertThat(stub.citations().stub()).as(query).isTrue();
            assertThat(stub.document().number()).as(query).isEqualTo("1322/QĐ-TTg");
            assertThat(stub.document().type()).as(query).isEqualTo("Quyết định");
            assertThat(stub.citations().citedBy()).as(query).extracting(vn.vbtrace.document.Citer::number)
                    .containsExactlyInAnyOrder("1852/QĐ-UBND", "4258/BKHCN-TĐC");
            assertThat(stub.citations().citedByCount()).as(query).isEqualTo(2);
            assertThat(stub.passage().snippet()).as(query).contains("1322/QĐ-TTg");
        }
        SearchHit program712 = index.search(SearchRequest.of("712/QĐ-TTg", 10)).hits().getFirst();
        assertThat(program712.citations().stub()).isTrue();
        assertThat(program712.citations().citedByCount()).isEqualTo(2);
        assertThat(program712.citations().citedBy()).extracting(vn.vbtrace.document.Citer::id).containsExactlyInAnyOrder(
                idOf(TestCorpus.NOTICE_2013), idOf(TestCorpus.HAU_GIANG_PLAN));
    }

    @Test
    void aNumberInTheRepositoryIsNoStub() {
        List<SearchHit> hits = index.search(SearchRequest.of("1852/QĐ-UBND", 10)).hits();
        assertThat(hits).noneMatch(h -> h.citations().stub());
        assertThat(hits.getFirst().document().number()).isEqualTo("1852/QĐ-UBND");
        assertThat(index.search(SearchRequest.of("chương trình", 10)).hits()).noneMatch(h -> h.citations().stub());
    }

    /** Issue 4, point 4: a hit names the clause its snippet lies in, and where it starts in the text. */
    @Test
    void aHitNamesTheClauseItsSnippetLiesIn() {
        SearchHit hit = hitIn("Sở Tài chính tham mưu bố trí kinh phí", "1852/QĐ-UBND");
        assertThat(hit.place().clause()).isEqualTo("Mục IV, khoản 4");
        String text = index.get(hit.document().id()).orElseThrow().text();
        assertThat(text.substring(hit.place().clauseStart())).startsWith("4. Sở Tài chính");
        assertThat(hitIn("Quyết định này có hiệu lực kể từ ngày ký", "1852/QĐ-UBND").place().clause()).isEqualTo("Điều 2");
    }

    /** Issue 4, point 4: inside a duty clause, the hit names the body given the task there. */
    @Test
    void aHitInsideADutyClauseNamesItsBody() {
        SearchHit hit = hitIn("Sở Tài chính tham mưu bố trí kinh phí", "1852/QĐ-UBND");
        assertThat(hit.place().duty()).isNotNull();
        assertThat(hit.place().duty().body()).isEqualTo("Sở Tài chính");
        assertThat(hit.place().duty().role()).isEqualTo(vn.vbtrace.document.Role.ADVISE);
        String text = index.get(hit.document().id()).orElseThrow().text();
        assertThat(text.substring(hit.place().duty().start(), hit.place().duty().end())).contains("bố trí kinh phí");
        assertThat(hitIn("Quyết định này có hiệu lực kể từ ngày ký", "1852/QĐ-UBND").place().duty()).isNull();
    }

    private static SearchHit hitIn(String query, String number) {
        return index.search(SearchRequest.of(query, 10)).hits().stream().filter(h -> number.equals(h.document().number()))
                .findFirst().orElseThrow();
    }

    private static String idOf(Path file) {
        return index.search(SearchRequest.of("", 10)).hits().stream().filter(h -> h.document().source().equals(file.toString()))
                .findFirst().orElseThrow().document().id();
    }
}
