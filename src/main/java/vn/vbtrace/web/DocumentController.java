package vn.vbtrace.web;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vbtrace.ingest.Ingester;
import vn.vbtrace.job.JobStatus;
import vn.vbtrace.job.Jobs;
import vn.vbtrace.job.Uploads;
import vn.vbtrace.ingest.ReextractReport;
import vn.vbtrace.search.DocumentPage;
import vn.vbtrace.search.DocumentService;
import vn.vbtrace.search.NotFoundException;
import vn.vbtrace.search.NumberResolver;
import vn.vbtrace.system.VbtraceProperties;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Documents by id or number, uploads, and the jobs uploads become. Every upload is a job; a small one is
 * waited for (up to vbtrace.upload.wait) and answered as it ends (201 ingested, 200 unchanged, 422 refused),
 * a large one (vbtrace.upload.job-threshold), one sent with ?async=true or "Prefer: respond-async", and one
 * still running after the wait answer 202 with the job to follow at GET /api/jobs/{id}. An accepted upload is on disk
 * before it is answered and until its job ends ({@link Uploads}).
 */
@RestController
@Tag(name = "Tra cứu")
class DocumentController {

    private final DocumentService documents;
    private final NumberResolver numbers;
    private final Ingester ingester;
    private final Jobs jobs;
    private final Uploads uploads;
    private final long jobThreshold;
    private final Duration wait;

    DocumentController(DocumentService documents, NumberResolver numbers, Ingester ingester, Jobs jobs, Uploads uploads,
                       VbtraceProperties settings) {
        this.documents = documents;
        this.numbers = numbers;
        this.ingester = ingester;
        this.jobs = jobs;
        this.uploads = uploads;
        this.jobThreshold = settings.upload().jobThreshold().toBytes();
        this.wait = settings.upload().waitAtMost();
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
        return documents.byNumber(number, numbers::resolveUnheld);
    }

    /**
     * One uploaded file, written as soon as it is extracted and searchable when this answers. {@code source}: the
     * name it is recorded under (the command line sends the path relative to the folder it ingests), else "upload/NAME".
     */
    @PostMapping("/api/documents")
    @Operation(summary = "Thêm một tệp vào kho (cần quyền biên tập)",
            description = "Tệp txt, html, pdf, doc, docx, odt hoặc rtf (trường multipart `file`). Tệp nhỏ được chờ và trả về `{\"status\": "
                    + "\"ingested\"|\"unchanged\", \"id\": ...}`: 201 khi đã thêm, 200 khi tệp đã có, 422 (problem+json) khi không đọc được tệp. "
                    + "Tệp lớn, `async=true` hoặc `Prefer: respond-async`: 202 với công việc `job` theo dõi ở GET /api/jobs/{id}. "
                    + "Tệp đã nhận được giữ trên đĩa đến khi xử lý xong: máy chủ dừng giữa chừng thì lần khởi động sau xử lý tiếp, cùng mã công việc.",
            responses = {@ApiResponse(responseCode = "201", description = "Đã thêm vào kho: `{\"status\": \"ingested\", \"id\": ...}`"),
                    @ApiResponse(responseCode = "200", description = "Tệp này đã có trong kho, không đổi: `{\"status\": \"unchanged\"}`"),
                    @ApiResponse(responseCode = "202", description = "Đang xử lý: `{\"job\": ..., \"status\": ..., \"progress\": ...}`"),
                    @ApiResponse(responseCode = "422", description = "Không đọc được tệp (problem+json, `code` và lời giải thích)")})
    ResponseEntity<?> upload(@Parameter(description = "Tệp văn bản") @RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean async,
                             @Parameter(description = "Tên ghi nhận nguồn (dòng lệnh gửi đường dẫn tương đối); mặc định \"upload/TÊN\"")
                             @RequestParam(required = false) String source,
                             Principal user, HttpServletRequest request) throws IOException, InterruptedException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        String recorded = source == null || source.isBlank() ? "upload/" + name : source.strip();
        byte[] bytes = file.getBytes();
        JobStatus job = uploads.accept(name, bytes, recorded, user.getName());
        String prefer = request.getHeader("Prefer");
        boolean background = async || bytes.length >= jobThreshold
                || prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
        if (!background) {
            job = jobs.await(job.job(), wait);
            if (job.finished()) {
                return finished(job, request.getRequestURI());
            }
        }
        return JobAccepted.of(job);
    }

    @GetMapping("/api/jobs/{id}")
    @Operation(summary = "Tiến độ một lần thêm tệp",
            description = "`status`: queued, running, done hoặc failed; `progress` từ 0 đến 1; khi xong, `result` là điều POST /api/documents "
                    + "trả về (`{\"status\": \"ingested\", \"id\": ...}`), khi hỏng, `error` nói vì sao.")
    JobStatus job(@Parameter(description = "Mã công việc trả về cùng 202") @PathVariable String id) {
        return jobs.status(id).orElseThrow(() -> new NotFoundException("job-not-found",
                "không có công việc " + id + " (mã sai, hoặc đã xong từ lâu và không còn được giữ)"));
    }

    /** A finished upload answered as before jobs existed: 201 ingested, 200 unchanged, 422 refused (problem+json). */
    @SuppressWarnings("unchecked")
    private static ResponseEntity<?> finished(JobStatus job, String path) {
        if (job.status().equals(Jobs.FAILED)) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", job.error(), path);
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(Problems.PROBLEM_JSON).body(problem);
        }
        Map<String, Object> result = (Map<String, Object>) job.result();
        return ResponseEntity.status("ingested".equals(result.get("status")) ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    /**
     * Every stored document derived again from its original (after a vocabulary change): what {@code reextract}
     * does, for a command line beside the running server. Answers when done.
     */
    @PostMapping("/api/reextract")
    @Operation(summary = "Trích xuất lại mọi văn bản (cần quyền quản trị)",
            description = "Mọi văn bản đã lưu được trích xuất lại từ tệp gốc (sau khi đổi từ vựng); trả lời khi xong.")
    ReextractReport reextract() {
        return ingester.reextract(source -> { });
    }
}
