package vn.vbtrace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.StaffStatus;
import vn.vbtrace.search.NotFoundException;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValidityService;

import java.security.Principal;
import java.util.List;

/** Whether a document is in force, and the staff's own record of it. */
@RestController
@Tag(name = "Hiệu lực")
class ValidityController {

    private static final String EXAMPLE = "{\"status\": \"EXPIRED\", \"note\": \"Hết hiệu lực theo Quyết định số ...\"}";

    private final ValidityService validity;

    ValidityController(ValidityService validity) {
        this.validity = validity;
    }

    /**
     * What a staff member sends: the status and why. Who decided is the signed-in user, always: a {@code setBy}
     * in the body (which older clients send) is ignored, so a record cannot name somebody else.
     */
    record StatusChange(String status, String note, String setBy) {
    }

    @GetMapping("/api/documents/{id}/status")
    @Operation(summary = "Tình trạng hiệu lực của văn bản",
            description = "Suy ra theo thứ tự: ghi nhận mới nhất của cán bộ; văn bản thay thế (REPLACED) hay bãi bỏ (EXPIRED) nó; ô "
                    + "\"Tình trạng\" của cổng thông tin; điều khoản hiệu lực; hết thời hạn chương trình mà nó phê duyệt; nếu không thì UNKNOWN. "
                    + "`source` cho biết căn cứ: STAFF, REPLACEMENT, REPEAL, PORTAL, EFFECT_CLAUSE, PROGRAM_PERIOD.")
    Validity status(@Parameter(description = "Mã văn bản (id)", example = "nb6d90094afa50bd2") @PathVariable String id) {
        return validity.statusOf(id).orElseThrow(() -> notFound(id));
    }

    /** {"history": [...]}: the staff records of the document, latest first. */
    record StatusHistory(List<StaffStatus> history) {
    }

    @GetMapping("/api/documents/{id}/status/history")
    @Operation(summary = "Lịch sử ghi nhận hiệu lực của cán bộ", description = "Mới nhất trước.")
    StatusHistory history(@Parameter(description = "Mã văn bản (id)", example = "nb6d90094afa50bd2") @PathVariable String id) {
        validity.statusOf(id).orElseThrow(() -> notFound(id));
        return new StatusHistory(validity.history(id));
    }

    @PutMapping(value = "/api/documents/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cán bộ ghi nhận tình trạng hiệu lực",
            description = "Ví dụ: " + EXAMPLE + ". Ghi nhận UNKNOWN rút lại quyết định của cán bộ (hiệu lực được suy ra lại từ văn bản).")
    @BodyExample(EXAMPLE)
    Validity record(@Parameter(description = "Mã văn bản (id)", example = "nb6d90094afa50bd2") @PathVariable String id, @RequestBody StatusChange change,
                    @Parameter(hidden = true) Principal user) {
        if (change == null) {
            throw new InvalidInputException("unreadable-body", "gửi tình trạng dưới dạng JSON, ví dụ " + EXAMPLE);
        }
        return validity.record(id, change.status(), change.note(), user.getName()).orElseThrow(() -> notFound(id));
    }

    /** The same by số ký hiệu, as staff know documents: ?number=1852/QĐ-UBND (case, spaces and diacritics ignored). */
    @GetMapping("/api/documents/by-number/status")
    @Operation(summary = "Tình trạng hiệu lực theo số ký hiệu")
    Validity statusByNumber(@Parameter(description = "Số ký hiệu", example = "712/QĐ-TTg") @RequestParam String number) {
        return status(idOf(number));
    }

    @PutMapping(value = "/api/documents/by-number/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Cán bộ ghi nhận tình trạng hiệu lực, theo số ký hiệu")
    @BodyExample(EXAMPLE)
    Validity recordByNumber(@Parameter(description = "Số ký hiệu", example = "712/QĐ-TTg") @RequestParam String number, @RequestBody StatusChange change,
                            @Parameter(hidden = true) Principal user) {
        return record(idOf(number), change, user);
    }

    private String idOf(String number) {
        return validity.idOfNumber(number)
                .orElseThrow(() -> new NotFoundException("document-not-found", "không có văn bản số " + number
                        + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó"));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("document-not-found", "không có văn bản mã " + id
                + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó");
    }
}
