package vn.vbtrace.document;

import java.time.LocalDate;

/**
 * When the document says it takes effect: "có hiệu lực kể từ ngày ký" (ON_SIGNING),
 * "có hiệu lực sau 10 ngày kể từ ngày ký" (AFTER_DAYS, days = 10) or
 * "có hiệu lực từ ngày 01 tháng 01 năm 2021" (ON_DATE).
 * {@code effectiveDate} is computed from the document's own date when the clause is relative,
 * null when that date is unknown. {@code endDate} is set when the clause names an end.
 */
public record EffectClause(
        EffectKind kind,
        Integer days,
        LocalDate effectiveDate,
        LocalDate endDate,
        int start,
        int end,
        String text) {
}
