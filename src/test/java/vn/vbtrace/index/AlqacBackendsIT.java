package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vbtrace.document.SearchRequest;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 13, point 2: retrieval quality is the engine's to keep, not the backend's. The 548 ALQAC questions
 * (AlqacData), typed with and without diacritics, asked of each backend with the product's settings; MRR@10 of
 * each is printed, and the two must agree within 0.01.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlqacBackendsIT {

    /** Floors as AlqacCrossValidationTests's for the held-out folds: the settings were chosen on these questions. */
    private static final double FLOOR_WITH = 0.88;
    private static final double FLOOR_WITHOUT = 0.88;
    private static final double AGREEMENT = 0.01;

    @TempDir
    static Path dir;
    static AlqacData data;
    static final Map<SearchBackend, double[]> MEASURED = new EnumMap<>(SearchBackend.class);

    @BeforeAll
    static void load() throws Exception {
        data = AlqacData.load();
    }

    @AfterAll
    static void print() {
        MEASURED.forEach((backend, mrr) -> System.out.printf("ALQAC MRR@10 on %-10s with diacritics %.4f, without %.4f%n",
                backend, mrr[0], mrr[1]));
    }

    @Order(1)
    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void theProductsSettingsAnswerAsMeasured(SearchBackend backend) throws Exception {
        SearchIndex index = backend.open(dir.resolve(backend.name()));
        try {
            index.putAll(data.documents());
            AlqacCrossValidation cv = new AlqacCrossValidation(data);
            double[] mean = cv.answers(backend.name(),
                    q -> index.rankedIds(SearchRequest.of(q, AlqacCrossValidation.DEPTH)), AlqacCrossValidation.all())
                    .mean(AlqacCrossValidation.all());
            MEASURED.put(backend, new double[] {mean[0], mean[1]});
            System.out.printf("ALQAC MRR@10 on %s: with diacritics %.4f, without %.4f%n", backend, mean[0], mean[1]);
            assertThat(mean[0]).as("MRR@10 typed with diacritics").isGreaterThanOrEqualTo(FLOOR_WITH);
            assertThat(mean[1]).as("MRR@10 typed without diacritics").isGreaterThanOrEqualTo(FLOOR_WITHOUT);
            // The rescorings reorder the first ten: a page that starts inside them, at them or after them lists the
            // same ranking as the first twenty asked at once, on either engine.
            for (AlqacData.Question question : data.questions().subList(0, 20)) {
                SearchRequest request = SearchRequest.of(question.text(), 10);
                List<String> first20 = index.rankedIds(request.page(20, 0));
                for (int offset : new int[] {0, 5, 10}) {
                    assertThat(index.search(request.page(10, offset)).hits()).extracting(hit -> hit.document().id())
                            .as(backend + ": " + question.text() + ", from " + offset)
                            .isEqualTo(first20.subList(offset, Math.min(first20.size(), offset + 10)));
                }
            }
        } finally {
            SearchBackend.dispose(index);
        }
    }

    @Order(2)
    @Test
    void bothBackendsAgreeWithin001() {
        assertThat(MEASURED).as("every backend measured").containsOnlyKeys(SearchBackend.values());
        double[] lucene = MEASURED.get(SearchBackend.LUCENE);
        double[] server = MEASURED.get(SearchBackend.OPENSEARCH);
        assertThat(server[0]).as("MRR@10 with diacritics, OpenSearch beside Lucene").isCloseTo(lucene[0], within(AGREEMENT));
        assertThat(server[1]).as("MRR@10 without diacritics, OpenSearch beside Lucene").isCloseTo(lucene[1], within(AGREEMENT));
    }
}
