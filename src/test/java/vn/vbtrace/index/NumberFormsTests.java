package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.ingest.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, point 2: a số ký hiệu however it is typed puts that document first; a number the
 * corpus only cites (1322/QĐ-TTg) puts a document citing it first. Over the shipped corpus.
 */
class NumberFormsTests {

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

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # as written officially
            1852/QĐ-UBND          | 1852/QĐ-UBND
            # without diacritics
            1852/QD-UBND          | 1852/QĐ-UBND
            # lower case, spaces instead of separators
            1852 qđ ubnd          | 1852/QĐ-UBND
            # folded and spaced
            1852 qd ubnd          | 1852/QĐ-UBND
            # spaces around the separators
            1852 / QĐ - UBND      | 1852/QĐ-UBND
            # an en dash, as pasted from a word processor's document
            1852/QĐ–UBND          | 1852/QĐ-UBND
            # type code before the digits
            QĐ 1852               | 1852/QĐ-UBND
            # type name before the digits
            quyết định 1852       | 1852/QĐ-UBND
            # type name with "số", typed without diacritics
            quyet dinh so 1852    | 1852/QĐ-UBND
            # digits and type code only
            1852/QĐ               | 1852/QĐ-UBND
            # a letter (công văn) has no type code in its number
            4258/BKHCN-TĐC        | 4258/BKHCN-TĐC
            4258 bkhcn tdc        | 4258/BKHCN-TĐC
            công văn 4258         | 4258/BKHCN-TĐC
            # a notice
            31/TB-BKHCN           | 31/TB-BKHCN
            thông báo 31          | 31/TB-BKHCN
            TB 31                 | 31/TB-BKHCN
            """)
    void aNumberHoweverTypedPutsItsDocumentFirst(String query, String number) {
        SearchHit first = index.search(SearchRequest.of(query, 5)).hits().getFirst();
        assertThat(first.document().number()).as(query).isEqualTo(number);
    }

    /** Pasted with an en dash, the number is matched whole: the one document, not the five that share its words. */
    @Test
    void aNumberPastedWithAnEnDashIsTheNumber() {
        assertThat(index.search(SearchRequest.of("1852/QĐ–UBND", 10)).total())
                .isEqualTo(index.search(SearchRequest.of("1852/QĐ-UBND", 10)).total()).isEqualTo(1);
    }

    /**
     * A number asks for the documents that are it, cite it or write it, not for every document sharing one of its
     * codes (all five write "QĐ" or "BKHCN" somewhere): counted against the corpus files that write the number.
     */
    @ParameterizedTest(name = "{0}: only the documents writing it")
    @CsvSource(delimiter = '|', textBlock = """
            1852/QĐ-UBND   | 1852/qd-ubnd
            4258/BKHCN-TĐC | 4258/bkhcn-tdc
            31/TB-BKHCN    | 31/tb-bkhcn
            """)
    void aNumberCountsOnlyTheDocumentsWritingIt(String number, String written) throws Exception {
        long writing = 0;
        for (Path text : TestCorpus.TEXTS) {
            if (TextFold.fold(Files.readString(text)).contains(written)) {
                writing++;
            }
        }
        assertThat(writing).as(number).isBetween(1L, (long) TestCorpus.TEXTS.size() - 1);
        assertThat(index.search(SearchRequest.of(number, 5)).total()).as(number).isEqualTo(writing);
    }

    /** Typed whole, a number is asked once, by its key; its digits are not asked again as a spaced or typed form. */
    @Test
    void aNumberTypedWholeIsAskedOnceByItsKey() {
        assertThat(NumberQueries.asked("quyết định 1322/QĐ-TTg"))
                .containsExactly(new NumberQueries.Asked(DocumentNumbers.key("1322/QĐ-TTg"), null, Set.of()));
        assertThat(NumberQueries.asked("quyết định 1322 qđ ttg"))
                .containsExactly(new NumberQueries.Asked(null, "1322", Set.of("qd", "ttg")),
                        new NumberQueries.Asked(null, "1322", Set.of("qd")));
    }

    @ParameterizedTest(name = "{0} → a document citing 1322/QĐ-TTg")
    @CsvSource(delimiter = '|', textBlock = """
            # 1322/QĐ-TTg is only cited (by 1852/QĐ-UBND and 4258/BKHCN-TĐC), never ingested
            1322/QĐ-TTg
            1322/QD-TTg
            1322 qđ ttg
            QĐ 1322
            quyết định 1322
            """)
    void aCitedOnlyNumberPutsItsCitersFirst(String query) {
        List<SearchHit> hits = index.search(SearchRequest.of(query, 5)).hits();
        // Issue 4, point 2: first the number itself, as a stub naming its citers; then the citers.
        assertThat(hits.getFirst().citations().stub()).as(query).isTrue();
        assertThat(hits.getFirst().document().number()).as(query).isEqualTo("1322/QĐ-TTg");
        assertThat(hits.subList(1, 3)).as(query).extracting(h -> h.document().number())
                .containsExactlyInAnyOrder("1852/QĐ-UBND", "4258/BKHCN-TĐC");
    }

    /**
     * A generated set of half a million documents numbers to seven digits (../shared/perf/gen_corpus.py at that size:
     * a third of its numbers): the extraction reads the document's own number and its citation, and a search by either,
     * whole or as "quyết định" and its digits, finds them (a six-digit reader once left them without a number).
     */
    @Test
    void aSevenDigitNumberIsReadAndFound(@TempDir Path seven) throws Exception {
        String text = """
                ỦY BAN NHÂN DÂN
                TỈNH BÌNH DƯƠNG
                Số: 1167858/QĐ-UBND
                Bình Dương, ngày 13 tháng 12 năm 2023
                QUYẾT ĐỊNH
                Ban hành Kế hoạch cải cách hành chính giai đoạn 2023 - 2028
                Căn cứ Quyết định số 1045976/QĐ-TTg ngày 20/3/2009 của Thủ tướng Chính phủ;
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.
                """;
        IngestedDocument document = new Pipeline().process("1167858.txt", text.getBytes(StandardCharsets.UTF_8), "1167858.txt");
        assertThat(document.metadata().number()).isEqualTo("1167858/QĐ-UBND");
        assertThat(document.extraction().references()).extracting(Reference::number)
                .containsExactly("1045976/QĐ-TTg");
        SearchIndex own = SearchIndex.openWritable(seven.resolve("index"));
        try {
            own.put(document);
            for (String query : List.of("1167858/QĐ-UBND", "1167858 qd ubnd", "quyết định 1167858")) {
                assertThat(own.search(SearchRequest.of(query, 5)).hits().getFirst().document().number())
                        .as(query).isEqualTo("1167858/QĐ-UBND");
            }
            SearchHit cited = own.search(SearchRequest.of("1045976/QĐ-TTg", 5)).hits().getFirst();
            assertThat(cited.document().number()).isEqualTo("1045976/QĐ-TTg");
            assertThat(cited.citations().stub()).isTrue();
        } finally {
            own.close();
        }
    }
}
