package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.job.FolderIngests;

import java.security.Principal;
import java.util.List;
import java.util.Map;

/** Files and folders on the server's machine ingested by the server: what {@code ingest} asks of a running server. */
@RestController
@Tag(name = "Tra cứu")
class IngestController {

    private final FolderIngests ingests;

    IngestController(FolderIngests ingests) {
        this.ingests = ingests;
    }

    /** The paths to ingest, absolute on the server's machine. */
    record IngestRequest(List<String> paths) {
    }

    @PostMapping("/api/ingest")
    @Operation(summary = "Nạp tệp và thư mục trên máy chủ (chỉ chủ thư mục dữ liệu, bằng mã truy cập cục bộ)",
            description = "`{\"paths\": [\"/đường/dẫn/tuyệt/đối\", ...]}`: như lệnh `ingest` khi không có máy chủ (đọc song song, ghi theo lô). "
                    + "Trả 202 với công việc `job`; GET /api/jobs/{id} cho tiến độ (`progress`, `phase`) và khi xong `result` là "
                    + "`{\"ingested\", \"unchanged\", \"failed\": [{\"path\", \"error\"}]}`.")
    ResponseEntity<Map<String, Object>> ingest(@RequestBody IngestRequest request, Principal user) {
        return JobAccepted.of(ingests.submit(request == null ? null : request.paths(), user.getName()));
    }
}
