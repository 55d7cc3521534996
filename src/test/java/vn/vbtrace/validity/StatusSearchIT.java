package vn.vbtrace.validity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.graph.GraphTarget;
import vn.vbtrace.index.ValidityCodes;
import vn.vbtrace.system.Stores;
import vn.vbtrace.system.StoresOnTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 4, point 3: search filters and counts by validity status, and the index's copy of the status
 * follows the graph: a replacing decision arriving, a staff record.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class StatusSearchIT {

    @Parameter
    GraphTarget target;

    static final String REPLACING_DECISION = """
            ỦY BAN NHÂN DÂN
            TỈNH BẮC KẠN
            Số: 999/QĐ-UBND
            Bắc Kạn, ngày 10 tháng 01 năm 2025
            QUYẾT ĐỊNH
            Ban hành Kế hoạch nâng cao năng suất chất lượng giai đoạn 2025 - 2030
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch nâng cao năng suất chất lượng giai đoạn 2025 - 2030.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn.
            """;

    @TempDir
    Path dir;

    @Test
    void theStatusFacetAndFilterFollowTheGraph() throws Exception {
        try (Stores stores = StoresOnTarget.openFresh(dir.resolve("data"), target)) {
            stores.ingester().ingest(List.of(TestCorpus.DECISION_1852), s -> { }, n -> { });
            // "Quyết định này có hiệu lực kể từ ngày ký": in force.
            assertThat(numbers(stores, "IN_FORCE")).containsExactly("1852/QĐ-UBND");
            assertThat(stores.index().search(request(null)).facets().of(FilterField.STATUS)).containsEntry("IN_FORCE", 1L);

            Path extra = Files.createDirectories(dir.resolve("extra"));
            Files.writeString(extra.resolve("999-QD-UBND.txt"), REPLACING_DECISION);
            stores.ingester().ingest(List.of(extra), s -> { }, n -> { });
            // The new decision replaces 1852/QĐ-UBND: both statuses change in the index, the old one's without re-ingesting it.
            assertThat(numbers(stores, "REPLACED")).containsExactly("1852/QĐ-UBND");
            assertThat(numbers(stores, "IN_FORCE")).containsExactly("999/QĐ-UBND");

            String id999 = stores.graph().findByNumber("999/QĐ-UBND").orElseThrow().id();
            stores.validity().record(id999, "EXPIRED", "Hết hiệu lực theo Quyết định số 5/QĐ-UBND", "Nguyễn Văn A");
            assertThat(numbers(stores, "EXPIRED")).containsExactly("999/QĐ-UBND");
            assertThat(numbers(stores, "IN_FORCE")).isEmpty();
            assertThat(stores.index().search(request(null)).facets().of(FilterField.STATUS))
                    .containsEntry("EXPIRED", 1L).containsEntry("REPLACED", 1L).doesNotContainKey("IN_FORCE");
        }
    }

    static final String DECISION_OF_2099 = """
            ỦY BAN NHÂN DÂN
            TỈNH BẮC KẠN
            Số: 77/QĐ-UBND
            Bắc Kạn, ngày 10 tháng 12 năm 2098
            QUYẾT ĐỊNH
            Ban hành Kế hoạch chuyển đổi số năm 2099
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2099.
            Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2099.
            """;

    /**
     * Issue 9, point 4: at start-up the statuses the calendar changed are found by a date query. A decision taking
     * effect on 1/1/2099 is searchable as in force once that day has come, and it is the only document derived again.
     */
    @Test
    void theDayADecisionTakesEffectOnlyItIsDerivedAgainAndItIsSearchableAsInForce() throws Exception {
        try (Stores stores = StoresOnTarget.openFresh(dir.resolve("data"), target)) {
            Path extra = Files.createDirectories(dir.resolve("extra"));
            Files.writeString(extra.resolve("77-QD-UBND.txt"), DECISION_OF_2099);
            stores.ingester().ingest(List.of(TestCorpus.DECISION_1852, extra), s -> { }, n -> { });
            assertThat(numbers(stores, "NOT_YET_IN_FORCE")).containsExactly("77/QĐ-UBND");
            assertThat(numbers(stores, "IN_FORCE")).containsExactly("1852/QĐ-UBND");

            Path dateFile = dir.resolve("status-date");
            Files.writeString(dateFile, "2098-12-31\n");
            java.time.Clock newYear = java.time.Clock.fixed(java.time.Instant.parse("2099-01-02T03:00:00Z"), ValidityService.VIETNAM);
            StatusIndex atNewYear = new StatusIndex(new ValidityService(stores.graph(), newYear), stores.index(), dateFile);

            assertThat(atNewYear.catchUpWithCalendar()).as("documents derived again").isEqualTo(1);
            assertThat(numbers(stores, "IN_FORCE")).containsExactlyInAnyOrder("1852/QĐ-UBND", "77/QĐ-UBND");
            assertThat(Files.readString(dateFile).strip()).isEqualTo("2099-01-02");
            // The same day again: nothing to derive.
            assertThat(atNewYear.catchUpWithCalendar()).isZero();
        }
    }

    @Test
    void anUnknownStatusIsRefusedWithTheNamesThatAreKnown() throws Exception {
        try (Stores stores = StoresOnTarget.openFresh(dir.resolve("data"), target)) {
            assertThatThrownBy(() -> stores.index().search(request("còn hiệu lực")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IN_FORCE");
        }
    }

    @Test
    void theIndexKnowsEveryStatusTheValidityServiceGives() {
        assertThat(ValidityCodes.names()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(ValidityStatus.values()).map(Enum::name).toList());
    }

    private static SearchRequest request(String status) {
        return SearchRequest.of("kế hoạch").withFilter(FilterField.STATUS, status);
    }

    private static List<String> numbers(Stores stores, String status) {
        SearchResult result = stores.index().search(request(status));
        return result.hits().stream().filter(h -> !h.citations().stub()).map(h -> h.document().number()).toList();
    }
}
