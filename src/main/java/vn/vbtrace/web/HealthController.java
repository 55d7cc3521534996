package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.system.FirstStart;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Whether the server is ready: what a script or a monitor waits for after starting it. */
@RestController
@Tag(name = "Tra cứu")
class HealthController {

    private final FirstStart start;

    HealthController(FirstStart start) {
        this.start = start;
    }

    @GetMapping("/api/health")
    @Operation(summary = "Máy chủ đã sẵn sàng",
            description = "`{\"status\":\"UP\"}` khi chỉ mục và đồ thị đã mở và việc của lần khởi động (danh mục, kho văn bản mẫu) đã xong; "
                    + "trước đó 503 `{\"status\":\"STARTING\"}`. `warmup`: máy chủ tự hỏi chính nó để biên dịch sẵn mã trả lời "
                    + "(kho từ 10.000 văn bản, vào lúc vắng yêu cầu): `pending`, `running`, `done`, hoặc `off` khi không làm. "
                    + "`derivation`: khi một phiên bản mới trích xuất lại mọi văn bản lúc khởi động, đã được bao nhiêu (trong lúc đó "
                    + "tra cứu vẫn trả lời, theo những gì đã trích xuất).")
    ResponseEntity<Map<String, String>> health() {
        boolean up = start.done();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "STARTING");
        body.put("warmup", start.warmupState().name().toLowerCase(Locale.ROOT));
        start.derivation().ifPresent(line -> body.put("derivation", line));
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}
