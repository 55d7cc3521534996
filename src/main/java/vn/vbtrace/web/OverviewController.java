package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.search.RepositoryOverview;

/** The home page's figures: counts, the latest documents and the ways to browse. */
@RestController
@Tag(name = "Tra cứu", description = "Tìm kiếm toàn văn, xem văn bản và duyệt kho văn bản")
class OverviewController {

    private final RepositoryOverview overview;

    OverviewController(RepositoryOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/overview")
    @Operation(summary = "Tổng quan kho văn bản",
            description = "Số văn bản trong kho, số văn bản chỉ được dẫn chiếu, số cơ quan, nhiệm vụ và chương trình; "
                    + RepositoryOverview.LATEST + " văn bản ban hành gần nhất; số văn bản theo loại, cơ quan ban hành, năm, "
                    + "nơi ban hành và hiệu lực (`browse`, như `facets` của tìm kiếm), để duyệt kho.")
    RepositoryOverview.Overview overview() {
        return overview.overview();
    }
}
