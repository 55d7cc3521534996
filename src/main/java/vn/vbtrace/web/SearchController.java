package vn.vbtrace.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.search.SearchService;

@RestController
@Tag(name = "Tra cứu")
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Tìm kiếm toàn văn",
            description = "Từ khóa có hoặc không dấu, hoặc số ký hiệu theo mọi cách gõ (`1322/QĐ-TTg`, `qd 1322`, `quyết định 1322`). "
                    + "`facets` đếm mọi văn bản khớp theo loại, cơ quan ban hành, năm, nơi ban hành và hiệu lực. Văn bản chỉ được "
                    + "dẫn chiếu (chưa có trong kho) là kết quả `stub: true` kèm các văn bản dẫn chiếu nó. Để trống `q` để duyệt theo bộ lọc.")
    SearchResult search(@Parameter(description = "Từ khóa hoặc số ký hiệu", example = "bố trí kinh phí") @RequestParam(name = "q", defaultValue = "") String query,
                        @Parameter(description = "Số kết quả mỗi trang (1–1000)", example = "10") @RequestParam(defaultValue = "10") int limit,
                        @Parameter(description = "Bỏ qua bao nhiêu kết quả đầu (phân trang)", example = "0") @RequestParam(defaultValue = "0") int offset,
                        @Parameter(description = "any (mặc định): văn bản có một trong các từ, phù hợp nhất trước; all: chỉ văn bản có đủ mọi từ. "
                                + "Cụm từ trong ngoặc kép phải có đúng nguyên văn", example = "all") @RequestParam(required = false) String mode,
                        // The filters, one parameter per FilterField (documented from it by ApiDocumentation.searchFilters).
                        @Parameter(hidden = true) @RequestParam Map<String, String> parameters) {
        SearchService.checkPaging(limit, offset);
        SearchService.checkLength("q", query);
        SearchService.checkLength("mode", mode);
        for (FilterField field : FilterField.values()) {
            for (String name : field.parameters()) {
                SearchService.checkLength(name, parameters.get(name));
            }
        }
        return search.search(SearchRequest.of(query).page(limit, offset).withMode(mode).withParameters(parameters::get));
    }
}
