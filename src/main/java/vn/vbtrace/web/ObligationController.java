package vn.vbtrace.web;

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

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A body's obligations as JSON, CSV or iCalendar. */
@RestController
class ObligationController {

    private final ObligationService obligations;

    ObligationController(ObligationService obligations) {
        this.obligations = obligations;
    }

    @GetMapping("/api/obligations")
    ResponseEntity<?> obligations(@RequestParam String body, @RequestParam(required = false) String today,
                                  @RequestParam(defaultValue = "json") String format) {
        SearchService.checkLength("body", body);
        Obligations result = obligations.obligations(body, parseDay(today));
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> ResponseEntity.ok(result);
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"obligations.csv\"").body(ObligationExport.csv(result));
            case "ics" -> ResponseEntity.ok().contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"obligations.ics\"").body(ObligationExport.ics(result));
            default -> throw new InvalidInputException("invalid-format", "format phải là json, csv hoặc ics, không phải '" + format + "'");
        };
    }

    static LocalDate parseDay(String day) {
        if (day == null || day.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("parameter-type", "today phải là một ngày dạng YYYY-MM-DD, không phải '" + day + "'");
        }
    }
}
