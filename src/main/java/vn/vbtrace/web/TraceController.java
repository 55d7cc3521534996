package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vbtrace.check.CheckReport;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.search.NumberResolver;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.trace.ChainService;
import vn.vbtrace.trace.ResponsibleAnswers;
import vn.vbtrace.trace.ResponsibleService;

import java.io.IOException;
import java.util.Locale;

/** The three questions: who is responsible, what rests on what, is this draft sound. */
@RestController
class TraceController {

    /** The two ways to send a draft are one operation in the OpenAPI description (same path and method): one text for both. */
    private static final String CHECK = "Mỗi trích dẫn của dự thảo được đối chiếu với kho: có trong kho không, số, ngày, loại, cơ quan ban hành "
            + "có đúng không, còn hiệu lực không, có ban hành sau dự thảo không; `suggestions` là các căn cứ mà văn bản tương tự dựa vào "
            + "còn dự thảo thì không. Dự thảo gửi dạng `text/plain`, hoặc là một tệp (trường multipart `file`: txt, docx, pdf, html ...).";

    private final ResponsibleService responsible;
    private final ChainService chains;
    private final CheckService checks;
    private final NumberResolver numbers;

    TraceController(ResponsibleService responsible, ChainService chains, CheckService checks, NumberResolver numbers) {
        this.responsible = responsible;
        this.chains = chains;
        this.checks = checks;
        this.numbers = numbers;
    }

    @GetMapping("/api/responsible")
    @Tag(name = "Trách nhiệm")
    @Operation(summary = "Ai chịu trách nhiệm",
            description = "Các điều khoản giao nhiệm vụ trả lời câu hỏi (có hoặc không dấu), phù hợp nhất trước: cơ quan, vai trò "
                    + "(LEAD chủ trì, SUPPORT phối hợp, ADVISE tham mưu, STANDING thường trực, REPORT báo cáo, EXECUTE thực hiện), "
                    + "nhiệm vụ, thời hạn, văn bản và vị trí điều khoản trong văn bản (`start`, `end`).")
    ResponsibleAnswers responsible(@Parameter(description = "Câu hỏi", example = "ai tham mưu bố trí kinh phí") @RequestParam("q") String question,
                                   @Parameter(description = "Chỉ trong văn bản số", example = "1852/QĐ-UBND") @RequestParam(required = false) String document,
                                   @Parameter(description = "Chỉ văn bản ban hành ở tỉnh", example = "Bắc Kạn") @RequestParam(required = false) String province,
                                   @Parameter(description = "Chỉ văn bản của chương trình (mã, hoặc số quyết định phê duyệt)", example = "1322/QĐ-TTg")
                                   @RequestParam(required = false) String program) {
        SearchService.checkLength("q", question);
        return responsible.answer(question, document, province, program);
    }

    /**
     * A chain of at most {@code limit} documents; a document whose neighbours were cut carries a cursor, and
     * {@code cursor} asks for the next page of them (then number, direction and depth are not needed).
     */
    @GetMapping("/api/chain")
    @Tag(name = "Căn cứ và liên quan")
    @Operation(summary = "Căn cứ và văn bản liên quan (lược đồ)",
            description = "Từ một văn bản, theo số ký hiệu (mọi cách gõ mà ô tìm kiếm nhận: `qd 1322`, `1322/qd-ttg` ...) hoặc theo mã "
                    + "`id` (văn bản không số, luật nêu theo tên): các văn bản nó dựa vào (`up`), các văn bản dựa vào nó (`down`) hoặc cả hai, "
                    + "đến `depth` bước. Mỗi cạnh đi từ văn bản dẫn chiếu đến văn bản được dẫn chiếu, `relation` là mã của "
                    + "`GET /api/relations`. Văn bản chưa có trong kho có `stub: true`. Tối đa `limit` văn bản: văn bản bị cắt bớt "
                    + "láng giềng được liệt kê trong `truncated` (tổng số, nhóm theo quan hệ, cơ quan, năm, và `cursor`); "
                    + "gửi `cursor` để lấy trang tiếp theo (khi đó không cần số ký hiệu, hướng và độ sâu).")
    Chain chain(@Parameter(description = "Số ký hiệu", example = "qd 1322") @RequestParam(required = false) String number,
                @Parameter(description = "Hoặc mã văn bản (id), thay cho số ký hiệu") @RequestParam(required = false) String id,
                @Parameter(description = "up, down hoặc both", example = "both") @RequestParam(defaultValue = "both") String direction,
                @Parameter(description = "Số bước (1–10)", example = "3") @RequestParam(defaultValue = "3") int depth,
                @Parameter(description = "Số văn bản tối đa (1–1000)", example = "200")
                @RequestParam(defaultValue = "" + ChainService.DEFAULT_LIMIT) int limit,
                @Parameter(description = "Con trỏ trang tiếp theo, lấy từ `truncated` của một câu trả lời trước")
                @RequestParam(required = false) String cursor) {
        SearchService.checkLength("number", number);
        SearchService.checkLength("id", id);
        SearchService.checkLength("cursor", cursor);
        if (cursor != null && !cursor.isBlank()) {
            return chains.more(cursor, limit);
        }
        if (id != null && !id.isBlank()) {
            return chains.chainFrom(id, parseDirection(direction), depth, limit);
        }
        return chains.chain(number, numbers::resolveUnheld, parseDirection(direction), depth, limit);
    }

    @GetMapping("/api/path")
    @Tag(name = "Căn cứ và liên quan")
    @Operation(summary = "Đường dẫn chiếu giữa hai văn bản", description = "Chuỗi dẫn chiếu ngắn nhất nối hai văn bản, theo chiều nào cũng được.")
    Chain path(@Parameter(description = "Số ký hiệu văn bản thứ nhất", example = "1852/QĐ-UBND") @RequestParam String from,
               @Parameter(description = "Số ký hiệu văn bản thứ hai", example = "4258/BKHCN-TĐC") @RequestParam String to) {
        SearchService.checkLength("from", from);
        SearchService.checkLength("to", to);
        return chains.path(numbers.resolve(from), numbers.resolve(to));
    }

    @PostMapping(value = "/api/check", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/*"})
    @Tag(name = "Kiểm tra dự thảo")
    @Operation(summary = "Kiểm tra dự thảo", description = CHECK)
    CheckReport checkText(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Nội dung dự thảo",
            content = @Content(mediaType = "text/plain", examples = @ExampleObject(
                    value = "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;")))
                          @RequestBody String draft) {
        return checks.checkText(draft);
    }

    @PostMapping(value = "/api/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Tag(name = "Kiểm tra dự thảo")
    @Operation(summary = "Kiểm tra dự thảo", description = CHECK,
            responses = {@ApiResponse(responseCode = "422", description = "Không đọc được tệp dự thảo",
                            content = @Content(mediaType = "application/problem+json",
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    CheckReport checkFile(@Parameter(description = "Tệp dự thảo") @RequestParam("file") MultipartFile file) throws IOException, ParseException {
        String name = file.getOriginalFilename() == null ? "draft.txt" : file.getOriginalFilename();
        return checks.checkFile(name, file.getBytes());
    }

    static Direction parseDirection(String direction) {
        try {
            return Direction.valueOf(direction.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("invalid-direction", "chiều (direction) phải là up, down hoặc both, không phải '" + direction + "'");
        }
    }
}
