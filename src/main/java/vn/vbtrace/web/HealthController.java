package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.system.FirstStart;

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
                    + "(kho từ 10.000 văn bản, vào lúc vắng yêu cầu): `pending`, `running`, `done`, hoặc `off` khi không làm.")
    ResponseEntity<Map<String, String>> health() {
        String warmup = start.warmupState().name().toLowerCase(Locale.ROOT);
        return start.done() ? ResponseEntity.ok(Map.of("status", "UP", "warmup", warmup))
                : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("status", "STARTING", "warmup", warmup));
    }
}
