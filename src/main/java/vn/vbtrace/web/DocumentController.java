package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vbtrace.ingest.IngestOutcome;
import vn.vbtrace.search.DocumentPage;
import vn.vbtrace.search.DocumentService;
import vn.vbtrace.search.NumberResolver;
import vn.vbtrace.system.Stores;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@Tag(name = "Tra cứu")
class DocumentController {

    private final DocumentService documents;
    private final NumberResolver numbers;
    private final Stores stores;

    DocumentController(DocumentService documents, NumberResolver numbers, Stores stores) {
        this.documents = documents;
        this.numbers = numbers;
        this.stores = stores;
    }

    @GetMapping("/api/documents/{id}")
    @Operation(summary = "Một văn bản theo mã",
            description = "Thuộc tính, toàn văn đã chuẩn hóa, từng dẫn chiếu (tới văn bản trong kho hay chưa có), nhiệm vụ được giao, "
                    + "văn bản dẫn chiếu đến nó, hiệu lực, chương trình, cơ quan được nêu và điều khoản hiệu lực. Văn bản chỉ được dẫn "
                    + "chiếu có `stub: true`, không có toàn văn.")
    DocumentPage byId(@Parameter(description = "Mã văn bản (id)", example = "nb6d90094afa50bd2") @PathVariable String id) {
        return documents.byId(id);
    }

    @GetMapping("/api/documents/by-number")
    @Operation(summary = "Một văn bản theo số ký hiệu", description = "Số ký hiệu theo mọi cách gõ mà ô tìm kiếm nhận.")
    DocumentPage byNumber(@Parameter(description = "Số ký hiệu", example = "1852/QĐ-UBND") @RequestParam String number) {
        return documents.byNumber(numbers.resolve(number));
    }

    @PostMapping("/api/documents")
    @Operation(summary = "Thêm một tệp vào kho",
            description = "Tệp txt, html, pdf, doc, docx, odt hoặc rtf (trường multipart `file`). Trả về `{\"status\": \"ingested\"|\"unchanged\"|\"failed\", "
                    + "\"id\": ...}`: 201 khi đã thêm, 200 khi tệp đã có, 422 khi không đọc được tệp (`error` nói vì sao).",
            responses = {@ApiResponse(responseCode = "201", description = "Đã thêm vào kho: `{\"status\": \"ingested\", \"id\": ...}`"),
                    @ApiResponse(responseCode = "200", description = "Tệp này đã có trong kho, không đổi: `{\"status\": \"unchanged\"}`"),
                    @ApiResponse(responseCode = "422", description = "Không đọc được tệp: `{\"status\": \"failed\", \"error\": \"empty file\"}`")})
    ResponseEntity<Map<String, Object>> upload(@Parameter(description = "Tệp văn bản") @RequestParam("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        IngestOutcome outcome = stores.ingester().ingestBytes(name, file.getBytes(), "upload/" + name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
        body.put("id", outcome.id());
        if (outcome.status() == IngestOutcome.Status.FAILED) {
            body.put("error", outcome.error());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
        return ResponseEntity.status(outcome.status() == IngestOutcome.Status.INGESTED ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }
}
