package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.trace.ObligationExport;
import vn.vbtrace.trace.ObligationService;
import vn.vbtrace.trace.Obligations;

import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A body's obligations as JSON, CSV or iCalendar. */
@RestController
@Tag(name = "Trách nhiệm")
class ObligationController {

    private final ObligationService obligations;

    ObligationController(ObligationService obligations) {
        this.obligations = obligations;
    }

    @GetMapping("/api/obligations")
    @Operation(summary = "Nhiệm vụ của một cơ quan",
            description = "Nhiệm vụ giao cho cơ quan trong kho, hạn gần nhất trước, từng trang `limit` nhiệm vụ: `total` là tổng số nhiệm vụ, "
                    + "`overdueCount` số đã quá hạn, `next` là con trỏ của trang sau (gửi lại trong `after`; null ở trang cuối). "
                    + "Thời hạn định kỳ tính ra lần tới, thời hạn một lần (ngày, tháng, quý, năm: hạn là ngày cuối kỳ) đánh dấu `overdue` khi đã qua. "
                    + "`format=csv` cho bảng tính (UTF-8 có BOM, mở đúng trong Excel; cột tiếng Việt), `format=ics` cho lịch: hai dạng này "
                    + "chứa mọi nhiệm vụ, không chia trang.")
    ResponseEntity<?> obligations(@Parameter(description = "Tên cơ quan, có thể kèm tỉnh", example = "Sở Công Thương tỉnh Bắc Kạn") @RequestParam String body,
                                  @Parameter(description = "Tính quá hạn theo ngày này (YYYY-MM-DD; mặc định hôm nay)", example = "2026-11-21")
                                  @RequestParam(required = false) String today,
                                  @Parameter(description = "json, csv hoặc ics", example = "json") @RequestParam(defaultValue = "json") String format,
                                  @Parameter(description = "Số nhiệm vụ mỗi trang (1–1000)", example = "100")
                                  @RequestParam(defaultValue = "" + ObligationService.PAGE) int limit,
                                  @Parameter(description = "Con trỏ `next` của trang trước") @RequestParam(required = false) String after,
                                  HttpServletResponse response) throws IOException {
        SearchService.checkLength("body", body);
        SearchService.checkLength("after", after);
        LocalDate day = parseDay(today);
        String chosen = format.toLowerCase(Locale.ROOT);
        if (chosen.equals("json")) {
            return ResponseEntity.ok(obligations.obligations(body, day, limit, after));
        }
        if (!chosen.equals("csv") && !chosen.equals("ics")) {
            throw new InvalidInputException("invalid-format", "Định dạng (format) phải là json, csv hoặc ics, không phải '" + format + "'");
        }
        // Every duty, written a page at a time as it is read (tens of thousands for a body named in every province):
        // the first page is read before anything is written, so a bad request is still an error answer.
        Iterable<Obligations> pages = obligations.pages(body, day);
        boolean csv = chosen.equals("csv");
        response.setContentType(new MediaType("text", csv ? "csv" : "calendar", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("Nhiệm vụ " + body.strip() + (csv ? ".csv" : ".ics")));
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        if (csv) {
            ObligationExport.csv(pages, out);
        } else {
            ObligationExport.ics(pages, out);
        }
        out.flush();
        return null; // written: nothing for Spring to convert
    }

    static LocalDate parseDay(String day) {
        if (day == null || day.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("parameter-type", "Ngày tính (today) phải viết YYYY-MM-DD, ví dụ 2026-11-21, không phải '" + day + "'");
        }
    }
}
