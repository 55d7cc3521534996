package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.trace.ProgramService;

/** Programs and their lineage. */
@RestController
@Tag(name = "Căn cứ và liên quan")
class ProgramController {

    private final ProgramService programs;

    ProgramController(ProgramService programs) {
        this.programs = programs;
    }

    @GetMapping("/api/programs")
    @Operation(summary = "Các chương trình, đề án", description = "Mỗi chương trình với giai đoạn, quyết định phê duyệt và chương trình nó kế thừa; "
            + "giai đoạn sớm nhất trước, từng trang `limit` chương trình: `total` là tổng số, `next` con trỏ của trang sau (gửi lại trong `after`).")
    ProgramService.Programs page(@Parameter(description = "Số chương trình mỗi trang (1–1000)", example = "100")
                                 @RequestParam(defaultValue = "" + ProgramService.PAGE) int limit,
                                 @Parameter(description = "Con trỏ `next` của trang trước") @RequestParam(required = false) String after) {
        SearchService.checkLength("after", after);
        return programs.page(limit, after);
    }

    /**
     * A key is the approving decision's number key ("1322/qd-ttg") and holds a slash, which a single path
     * segment cannot: the rest of the path is the key (or the decision's number, "1322/QĐ-TTg").
     */
    @GetMapping("/api/programs/{*key}")
    @Operation(summary = "Một chương trình với dòng kế thừa",
            description = "Theo mã chương trình (`1322/qd-ttg`) hoặc số quyết định phê duyệt (`1322/QĐ-TTg`): chương trình trước, "
                    + "chương trình sau và các văn bản thực hiện nó.")
    ProgramLineage one(@Parameter(description = "Mã chương trình hoặc số quyết định phê duyệt", example = "1322/QĐ-TTg") @PathVariable String key) {
        return programs.lineage(key.startsWith("/") ? key.substring(1) : key);
    }
}
