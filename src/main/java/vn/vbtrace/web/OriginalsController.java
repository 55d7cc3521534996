package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.ingest.StoredOriginals;
import vn.vbtrace.search.NotFoundException;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;

/** The original files of a document, each downloadable under the name it was ingested with. */
@RestController
@Tag(name = "Tra cứu")
class OriginalsController {

    private final StoredOriginals originals;

    OriginalsController(StoredOriginals originals) {
        this.originals = originals;
    }

    record Originals(List<StoredOriginals.Original> originals) {
    }

    @GetMapping("/api/documents/{id}/originals")
    @Operation(summary = "Các tệp gốc của văn bản",
            description = "Mỗi tệp đã đưa vào kho (bản txt, pdf, docx, trang web ...) với tên tệp, định dạng, kích thước và mã SHA-256 dùng để tải về. "
                    + "Văn bản chỉ được dẫn chiếu không có tệp gốc: danh sách rỗng.")
    Originals list(@Parameter(description = "Mã văn bản (id)", example = "nb6d90094afa50bd2") @PathVariable String id) {
        return new Originals(originals.of(id));
    }

    @GetMapping("/api/documents/{id}/originals/{hash}")
    @Operation(summary = "Tải một tệp gốc",
            description = "Trả về đúng các byte đã đưa vào kho, với Content-Type theo định dạng và tên tệp tiếng Việt theo RFC 5987 "
                    + "(`filename*=UTF-8''...`, kèm `filename=` không dấu cho trình duyệt cũ).",
            responses = @ApiResponse(responseCode = "200", description = "Tệp gốc",
                    content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> download(@Parameter(description = "Mã văn bản (id)", example = "nb6d90094afa50bd2") @PathVariable String id,
                                    @Parameter(description = "Mã SHA-256 của tệp, như danh sách tệp gốc cho") @PathVariable String hash) {
        StoredOriginals.Original original = originals.find(id, hash).orElseThrow(
                () -> new NotFoundException("Văn bản này không có tệp gốc mã " + hash));
        byte[] bytes = originals.read(id, original);
        return ResponseEntity.ok()
                .contentType(mediaType(original, bytes))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(original.name()))
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** A text file says UTF-8 only when its bytes are UTF-8 (older files may be in a legacy encoding). */
    private static MediaType mediaType(StoredOriginals.Original original, byte[] bytes) {
        MediaType type = MediaType.parseMediaType(original.mediaType());
        if (type.getType().equals("text") && isUtf8(bytes)) {
            return new MediaType(type, StandardCharsets.UTF_8);
        }
        return type;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
