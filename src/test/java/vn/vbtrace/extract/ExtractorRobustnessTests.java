package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;
import vn.vbtrace.parse.TextNormalizer;

/** Text the extractor was not written for: cut documents, leftover line breaks, many threads. */
class ExtractorRobustnessTests {

    /** Page-break artefacts cut a document anywhere; extraction must not fail and spans must hold. */
    @ParameterizedTest
    @ValueSource(strings = {SeedFixtures.NOTICE_2013, SeedFixtures.WEB_NOTICE_31, SeedFixtures.LETTER_4258,
            SeedFixtures.DECISION_1852, SeedFixtures.HAU_GIANG_PLAN})
    void anyCutOfASeedExtractsWithValidSpans(String seed) {
        String raw = SeedFixtures.raw(seed);
        for (int cut = 0; cut < raw.length(); cut += 1201) {
            for (String piece : List.of(raw.substring(0, cut), raw.substring(cut))) {
                String text = TextNormalizer.normalize(piece).text();
                Extraction extraction = SeedFixtures.EXTRACTOR.extract(text);
                for (Reference reference : extraction.references()) {
                    assertThat(text.substring(reference.start(), reference.end())).isEqualTo(reference.text());
                }
                for (Assignment assignment : extraction.assignments()) {
                    assertThat(text.substring(assignment.start(), assignment.end())).isEqualTo(assignment.task());
                }
            }
        }
    }

    @Test
    void emptyAndNullTextGiveAnEmptyExtraction() {
        for (String text : new String[] {"", null, "\n\n", "Số:"}) {
            Extraction extraction = SeedFixtures.EXTRACTOR.extract(text);
            assertThat(extraction.references()).isEmpty();
            assertThat(extraction.assignments()).isEmpty();
            assertThat(extraction.document().number()).isNull();
        }
    }

    @Test
    void aLeftoverLineBreakInsideAnIssuerNameIsTolerated() {
        String text = "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng\nChính phủ;";
        assertThat(SeedFixtures.EXTRACTOR.extract(text).references())
                .extracting(Reference::number, Reference::issuer, Reference::date, Reference::relation)
                .containsExactly(tuple("1322/QĐ-TTg", "Thủ tướng Chính phủ", LocalDate.of(2020, 8, 31), Relation.BASED_ON));
    }

    @Test
    void oneExtractorServesManyThreadsWithTheSameResults() throws Exception {
        List<String> seeds = List.of(SeedFixtures.NOTICE_2013, SeedFixtures.WEB_NOTICE_31, SeedFixtures.LETTER_4258,
                SeedFixtures.DECISION_1852, SeedFixtures.HAU_GIANG_PLAN);
        List<Extraction> expected = new ArrayList<>();
        for (String seed : seeds) {
            expected.add(SeedFixtures.extract(seed));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String seed : seeds) {
                    futures.add(pool.submit(() -> SeedFixtures.extract(seed)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % seeds.size()));
            }
        } finally {
            pool.shutdown();
        }
    }
}
