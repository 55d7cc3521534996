package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.index.SearchRequest;
import vn.vbtrace.index.SearchResult;
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
                        @Parameter(description = "Loại văn bản", example = "Quyết định") @RequestParam(required = false) String type,
                        @Parameter(description = "Cơ quan ban hành, có hoặc không dấu", example = "UBND tỉnh Bắc Kạn") @RequestParam(required = false) String issuer,
                        @Parameter(description = "Từ năm ban hành", example = "2020") @RequestParam(required = false) Integer from,
                        @Parameter(description = "Đến năm ban hành", example = "2023") @RequestParam(required = false) Integer to,
                        @Parameter(description = "Nơi ban hành (tỉnh, thành phố)", example = "Bắc Kạn") @RequestParam(required = false) String province,
                        @Parameter(description = "Hiệu lực: IN_FORCE, NOT_YET_IN_FORCE, EXPIRED, PARTLY_EXPIRED, REPLACED hoặc UNKNOWN",
                                example = "IN_FORCE") @RequestParam(required = false) String status,
                        @Parameter(description = "any (mặc định): văn bản có một trong các từ, phù hợp nhất trước; all: chỉ văn bản có đủ mọi từ. "
                                + "Cụm từ trong ngoặc kép phải có đúng nguyên văn", example = "all") @RequestParam(required = false) String mode) {
        SearchService.checkPaging(limit, offset);
        for (String[] text : new String[][] {{"q", query}, {"type", type}, {"issuer", issuer}, {"province", province}, {"status", status}, {"mode", mode}}) {
            SearchService.checkLength(text[0], text[1]);
        }
        return search.search(new SearchRequest(query, limit, offset, type, issuer, from, to, province, status, mode));
    }
}
