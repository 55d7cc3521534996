package vn.vbtrace.document;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A search request is built by name, and from a request's parameters as FilterField names them. */
class SearchRequestTests {

    @Test
    void theParametersOfEveryDeclaredFilterAreRead() {
        Map<String, String> asked = Map.of("type", "Quyết định", "issuer", " ubnd tinh bac kan ", "province", "Bắc Kạn",
                "status", "IN_FORCE", "from", "2020", "to", "2023", "other", "ignored");
        SearchRequest request = SearchRequest.of("kế hoạch").page(20, 40).withParameters(asked::get);
        assertThat(request.filters()).containsExactly(Map.entry(FilterField.TYPE, "Quyết định"),
                Map.entry(FilterField.ISSUER, "ubnd tinh bac kan"), Map.entry(FilterField.PROVINCE, "Bắc Kạn"),
                Map.entry(FilterField.STATUS, "IN_FORCE"));
        assertThat(request.fromYear()).isEqualTo(2020);
        assertThat(request.toYear()).isEqualTo(2023);
        assertThat(request.limit()).isEqualTo(20);
        assertThat(request.offset()).isEqualTo(40);
        assertThat(request.filtered()).isTrue();
    }

    @Test
    void aBlankFilterIsNoFilterAndAFilterCanBeRemoved() {
        SearchRequest request = SearchRequest.of("x").withFilter(FilterField.TYPE, "  ").withFilter(FilterField.ISSUER, "Bộ Tài chính");
        assertThat(request.filters()).containsOnlyKeys(FilterField.ISSUER);
        assertThat(request.withFilter(FilterField.ISSUER, null).filtered()).isFalse();
        assertThat(SearchRequest.of("x").withYears(null, 2020).filtered()).isTrue();
    }

    @Test
    void aYearThatIsNoNumberIsRefusedInVietnamese() {
        Map<String, String> asked = Map.of("from", "hai nghìn");
        assertThatThrownBy(() -> SearchRequest.of("x").withParameters(asked::get))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("tham số 'from' phải là một số nguyên, không phải 'hai nghìn'");
    }

    @Test
    void theYearsAreARangeNotAValue() {
        assertThatThrownBy(() -> SearchRequest.of("x").withFilter(FilterField.YEAR, "2020"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFacetsAreNamedAsTheFiltersInTheAnswer() {
        Facets facets = Facets.fromJson(Map.of("province", Map.of("Bắc Kạn", 2L), "unknown", Map.of("x", 1L)));
        assertThat(facets.of(FilterField.PROVINCE)).containsExactly(Map.entry("Bắc Kạn", 2L));
        assertThat(facets.json().keySet()).containsExactly("type", "issuer", "year", "province", "status");
    }
}
