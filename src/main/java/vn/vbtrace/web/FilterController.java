package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.document.FilterField;

import java.util.Arrays;
import java.util.List;

/**
 * The filters and facets of the search as {@link FilterField} declares them: the search and home pages build their
 * filter chips and browse lists from these, so a new filter needs no change in the pages.
 */
@RestController
@Tag(name = "Danh mục")
class FilterController {

    /**
     * One filter: {@code name} as the answer's {@code facets} names it, {@code label} as the pages show it,
     * {@code parameters} the parameters of GET /api/search that set it (the year: {@code from} and {@code to}),
     * {@code coded} whether its values are validity codes (IN_FORCE ...) shown by their Vietnamese labels.
     */
    record Filter(String name, String label, List<String> parameters, boolean coded) {

        static Filter of(FilterField field) {
            return new Filter(field.parameter(), field.label(), field.parameters(), field.coded());
        }
    }

    record Filters(List<Filter> filters) {
    }

    @GetMapping("/api/filters")
    @Operation(summary = "Các bộ lọc và nhóm đếm của tìm kiếm",
            description = "Theo thứ tự trang tìm kiếm hiển thị: loại văn bản, cơ quan ban hành, năm ban hành, nơi ban hành, hiệu lực. "
                    + "`name` là tên nhóm trong `facets` của GET /api/search, `parameters` là các tham số lọc tương ứng.")
    Filters filters() {
        return new Filters(Arrays.stream(FilterField.values()).map(Filter::of).toList());
    }
}
