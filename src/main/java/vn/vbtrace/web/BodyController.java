package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.trace.BodyService;

/** A body's page: its place, duties and the documents addressed to it. */
@RestController
@Tag(name = "Trách nhiệm", description = "Ai chịu trách nhiệm, nhiệm vụ của từng cơ quan")
class BodyController {

    private final BodyService bodies;

    BodyController(BodyService bodies) {
        this.bodies = bodies;
    }

    @GetMapping("/api/bodies")
    @Operation(summary = "Một cơ quan: trực thuộc, nhiệm vụ được giao, văn bản gửi đến",
            description = "Tên có hoặc không dấu. Tên kèm tỉnh (\"Sở Tài chính tỉnh Bắc Kạn\") là một cơ quan; tên có ở nhiều tỉnh "
                    + "(\"Sở Tài chính\") trả về `choices` để chọn. Mỗi danh sách tối đa " + BodyService.LIMIT
                    + " dòng, văn bản mới nhất trước, kèm tổng số (`dutyCount`, `addressedCount`).")
    BodyService.BodyPage body(@Parameter(description = "Tên cơ quan", example = "Sở Tài chính tỉnh Bắc Kạn") @RequestParam String name) {
        return bodies.page(name);
    }
}
