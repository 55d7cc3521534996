package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Facets;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.ingest.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, point 2: the contract every search backend keeps, asked of each (SearchBackend) over the shipped
 * texts: search with and without diacritics, numbers, stubs, filters and facets, statuses, number lookup, batches
 * and the reads the pages make.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchContractIT {

    @TempDir
    static Path dir;
    private final Map<SearchBackend, SearchIndex> indexes = new EnumMap<>(SearchBackend.class);

    @BeforeAll
    void indexTheTexts() throws Exception {
        Pipeline pipeline = new Pipeline();
        for (SearchBackend backend : SearchBackend.values()) {
            SearchIndex index = backend.open(dir.resolve(backend.name()));
            indexes.put(backend, index);
            for (Path file : TestCorpus.TEXTS) {
                index.put(pipeline.process(file.getFileName().toString(), TestCorpus.bytes(file), file.toString()));
            }
        }
    }

    @AfterAll
    void close() {
        indexes.values().forEach(SearchBackend::dispose);
    }

    private List<String> sources(SearchBackend backend, String query) {
        return indexes.get(backend).search(SearchRequest.of(query, 10)).hits().stream().map(h -> h.document().source()).toList();
    }

    private String idOf(SearchBackend backend, Path file) {
        return indexes.get(backend).search(SearchRequest.of("", 10)).hits().stream()
                .filter(h -> h.document().source().equals(file.toString())).findFirst().orElseThrow().document().id();
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void soTaiChinhWithAndWithoutDiacriticsFindsBacKanAndHauGiang(SearchBackend backend) {
        for (String query : List.of("Sở Tài chính", "so tai chinh")) {
            assertThat(sources(backend, query)).as(query)
                    .contains(TestCorpus.DECISION_1852.toString(), TestCorpus.HAU_GIANG_PLAN.toString());
        }
        assertThat(sources(backend, "hang hoa")).containsExactlyInAnyOrderElementsOf(sources(backend, "hàng hóa"));
    }

    /**
     * The corpus writes "kỹ thuật" and "quản lý"; a user who spells them with i (Spelling) gets the same documents in
     * the same order, typed with or without diacritics, and the snippet marks the word as the text writes it.
     */
    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void theIAndYSpellingsFindTheSameDocuments(SearchBackend backend) {
        assertThat(sources(backend, "hỗ trợ kỹ thuật")).contains(TestCorpus.DECISION_1852.toString(),
                TestCorpus.HAU_GIANG_PLAN.toString());
        for (String[] spellings : new String[][] {{"hỗ trợ kĩ thuật", "hỗ trợ kỹ thuật"}, {"ho tro ki thuat", "ho tro ky thuat"},
                {"quản lí", "quản lý"}, {"QUẢN LÍ nhà nước", "quản lý nhà nước"}, {"qui định", "quy định"}}) {
            assertThat(sources(backend, spellings[0])).as(spellings[0]).isNotEmpty().isEqualTo(sources(backend, spellings[1]));
        }
        SearchHit first = indexes.get(backend).search(SearchRequest.of("kĩ thuật", 1)).hits().getFirst();
        assertThat(first.passage().highlights())
                .extracting(span -> first.passage().snippet().substring(span.start(), span.end()).toLowerCase(java.util.Locale.ROOT))
                .contains("kỹ thuật");
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aDocumentNumberPutsThatDocumentFirst(SearchBackend backend) {
        for (String query : List.of("1852/QĐ-UBND", "1852/qd-ubnd", "qd 1852", "4258/BKHCN-TĐC")) {
            SearchHit first = indexes.get(backend).search(SearchRequest.of(query, 5)).hits().getFirst();
            assertThat(first.document().number()).as(query).isEqualTo(query.startsWith("4258") ? "4258/BKHCN-TĐC" : "1852/QĐ-UBND");
        }
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aCitedOnlyNumberIsAStubHitWithItsCiters(SearchBackend backend) {
        for (String query : List.of("1322/QĐ-TTg", "quyết định 1322")) {
            SearchHit stub = indexes.get(backend).search(SearchRequest.of(query, 10)).hits().getFirst();
            assertThat(stub.citations().stub()).as(query).isTrue();
            assertThat(stub.document().number()).as(query).isEqualTo("1322/QĐ-TTg");
            assertThat(stub.citations().citedBy()).as(query).extracting(vn.vbtrace.document.Citer::number)
                    .containsExactlyInAnyOrder("1852/QĐ-UBND", "4258/BKHCN-TĐC");
        }
        CiterCounts citers = indexes.get(backend).citers(DocumentNumbers.idForNumber("1322/QĐ-TTg"));
        assertThat(citers.total()).isEqualTo(2);
        assertThat(citers.byYear()).containsEntry("2020", 1L).containsEntry("2023", 1L);
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void filtersAndFacetsCountEveryMatch(SearchBackend backend) {
        SearchIndex index = indexes.get(backend);
        assertThat(index.search(SearchRequest.of("chương trình").withFilter(FilterField.TYPE, "Quyết định")).hits())
                .extracting(h -> h.document().number()).containsExactly("1852/QĐ-UBND");
        assertThat(index.search(SearchRequest.of("chương trình").withYears(2023, 2023)).hits())
                .extracting(h -> h.document().number()).containsExactly("4258/BKHCN-TĐC");
        assertThat(index.search(SearchRequest.of("kế hoạch").withFilter(FilterField.PROVINCE, "bac kan")).hits())
                .extracting(h -> h.document().number()).containsExactly("1852/QĐ-UBND");
        SearchResult all = index.search(SearchRequest.of("chương trình", 10));
        assertThat(all.facets().of(FilterField.TYPE)).containsEntry("Quyết định", 1L);
        assertThat(all.facets().of(FilterField.YEAR)).containsEntry("2023", 1L);
        assertThat(all.facets().of(FilterField.PROVINCE)).containsEntry("Bắc Kạn", 1L);
        assertThat(all.facets().of(FilterField.TYPE).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.total());
        SearchResult second = index.search(SearchRequest.of("chương trình").page(1, 1));
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.facets()).isEqualTo(all.facets());
        assertThat(second.hits()).extracting(h -> h.document().id()).containsExactly(all.hits().get(1).document().id());
    }

    /**
     * Every declared filter (FilterField), on every backend: each facet adds up to the total, and each value it counts
     * (a folded field's also as typed without diacritics) filters to exactly that many documents; the matches
     * without a value are counted under Facets.MISSING. A new filter is checked here without a line more.
     */
    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void everyDeclaredFilterSelectsWhatItsFacetCounts(SearchBackend backend) {
        SearchIndex index = indexes.get(backend);
        SearchResult all = index.search(SearchRequest.of(""));
        assertThat(all.total()).isEqualTo(TestCorpus.TEXTS.size());
        for (FilterField field : FilterField.values()) {
            Map<String, Long> facet = all.facets().of(field);
            assertThat(facet.values().stream().mapToLong(Long::longValue).sum()).as("%s adds up", field).isEqualTo(all.total());
            for (Map.Entry<String, Long> value : facet.entrySet()) {
                if (value.getKey().equals(Facets.MISSING)) {
                    continue;
                }
                List<String> typed = field.match() == FilterField.Match.FOLDED
                        ? List.of(value.getKey(), TextFold.fold(value.getKey())) : List.of(value.getKey());
                for (String asked : typed) {
                    SearchRequest request = field.match() == FilterField.Match.YEARS
                            ? SearchRequest.of("").withYears(Integer.valueOf(asked), Integer.valueOf(asked))
                            : SearchRequest.of("").withFilter(field, asked);
                    SearchResult narrowed = index.search(request);
                    assertThat(narrowed.total()).as("%s = %s", field, asked).isEqualTo(value.getValue());
                    assertThat(narrowed.facets().of(field)).as("%s = %s", field, asked).containsExactly(value);
                }
            }
        }
        assertThat(all.facets().of(FilterField.PROVINCE)).as("the texts whose place of issue is not found are counted too")
                .containsExactly(Map.entry("Bắc Kạn", 1L), Map.entry("Hà Nội", 1L), Map.entry(Facets.MISSING, 3L));
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aStatusIsRecordedAndFiltersAndCounts(SearchBackend backend) {
        SearchIndex index = indexes.get(backend);
        String decision = idOf(backend, TestCorpus.DECISION_1852);
        index.setStatus(decision, "IN_FORCE");
        try {
            SearchResult inForce = index.search(SearchRequest.of("kế hoạch").withFilter(FilterField.STATUS, "IN_FORCE"));
            assertThat(inForce.hits()).extracting(h -> h.document().number()).containsExactly("1852/QĐ-UBND");
            assertThat(index.search(SearchRequest.of("kế hoạch", 10)).facets().of(FilterField.STATUS)).containsEntry("IN_FORCE", 1L);
            assertThat(index.get(decision).orElseThrow().text()).contains("Sở Tài chính"); // the text was not re-indexed away
            index.setStatus("no-such-document", "EXPIRED"); // changes nothing, fails nothing
            assertThatThrownBy(() -> index.search(SearchRequest.of("kế hoạch").withFilter(FilterField.STATUS, "hết")))
                    .hasMessageContaining("không có tình trạng hiệu lực");
        } finally {
            index.setStatus(decision, ValidityCodes.UNKNOWN);
        }
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aTypedNumberIsReadBackAsTheNumberHeld(SearchBackend backend) {
        SearchIndex index = indexes.get(backend);
        assertThat(TypedNumbers.resolve(index, "quyết định 1852")).contains("1852/QĐ-UBND");
        assertThat(TypedNumbers.resolve(index, "1852 qd ubnd")).contains("1852/QĐ-UBND");
        assertThat(TypedNumbers.resolve(index, "qd 1322")).contains("1322/QĐ-TTg"); // the stub
        assertThat(TypedNumbers.resolve(index, "qd 9999")).isEmpty();
    }

    /** A document page links its references to the documents held by asking for all of their ids at once. */
    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void theDocumentsReferencesNameAreHeldAtOnceAsEachOneAlone(SearchBackend backend) throws Exception {
        SearchIndex index = indexes.get(backend);
        String decision1852 = DocumentNumbers.idForNumber("1852/QĐ-UBND");
        String program1322 = DocumentNumbers.idForNumber("1322/QĐ-TTg"); // cited by the corpus, not in it
        List<String> asked = new ArrayList<>(List.of(decision1852, program1322, decision1852, "nnot-an-id"));
        Pipeline pipeline = new Pipeline();
        for (Path file : TestCorpus.TEXTS) {
            pipeline.process(file.getFileName().toString(), TestCorpus.bytes(file), file.toString()).extraction().references()
                    .stream().filter(r -> r.number() != null).map(r -> DocumentNumbers.idForNumber(r.number())).forEach(asked::add);
        }
        Set<String> held = index.held(asked);
        assertThat(held).contains(decision1852).doesNotContain(program1322, "nnot-an-id");
        assertThat(held).isEqualTo(asked.stream().filter(index::contains).collect(Collectors.toSet()));
        assertThat(index.held(List.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aBatchIsInvisibleUntilItsCommitAndGivenUpLeavesNothing(SearchBackend backend) throws Exception {
        SearchIndex index = indexes.get(backend);
        IngestedDocument extra = new Pipeline().process("extra.txt", ("THÔNG BÁO\nVề việc kiểm kê kho lưu trữ quokka "
                + backend.name().toLowerCase() + "\nCác đơn vị kiểm kê kho lưu trữ quokka trước ngày 31/12.")
                .getBytes(StandardCharsets.UTF_8), "extra.txt");
        try (SearchIndex.Batch batch = index.beginBatch()) {
            batch.put(extra);
            assertThat(index.search(SearchRequest.of("quokka", 10)).total()).as("staged, not committed").isZero();
            batch.rollback();
        }
        assertThat(index.contains(extra.id())).isFalse();
        assertThat(index.count()).isEqualTo(5);
        try (SearchIndex.Batch batch = index.beginBatch()) {
            batch.put(extra);
            batch.commit();
        }
        assertThat(sources(backend, "quokka")).containsExactly("extra.txt");
        assertThat(index.count()).isEqualTo(6);
        assertThat(index.ids()).hasSize(6).contains(extra.id());
        assertThat(index.held(List.of(extra.id()))).containsExactly(extra.id());
        index.delete(extra.id());
        assertThat(index.contains(extra.id())).isFalse();
        assertThat(index.held(List.of(extra.id()))).as("deleted").isEmpty();
        assertThat(index.get(extra.id())).isEmpty();
        assertThat(index.count()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aStoredDocumentReadsBackWhole(SearchBackend backend) {
        SearchIndex index = indexes.get(backend);
        StoredDocument decision = index.get(idOf(backend, TestCorpus.DECISION_1852)).orElseThrow();
        assertThat(decision.number()).isEqualTo("1852/QĐ-UBND");
        assertThat(decision.type()).isEqualTo("Quyết định");
        assertThat(decision.text()).contains("bố trí kinh phí");
        assertThat(decision.extractionJson()).contains("1322/QĐ-TTg");
        assertThat(decision.contentHash()).hasSize(64);
        SearchHit hit = index.search(SearchRequest.of("Sở Tài chính tham mưu bố trí kinh phí", 10)).hits().stream()
                .filter(h -> "1852/QĐ-UBND".equals(h.document().number())).findFirst().orElseThrow();
        assertThat(hit.place().clause()).isEqualTo("Mục IV, khoản 4");
        assertThat(hit.place().duty().body()).isEqualTo("Sở Tài chính");
    }
}
