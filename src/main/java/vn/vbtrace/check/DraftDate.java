package vn.vbtrace.check;

import vn.vbtrace.document.TextFold;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A draft's own date at the precision it is written: a draft is often dated before it is signed,
 * "ngày    tháng 3 năm 2021" (the month only) or "ngày    tháng    năm 2021" (the year only).
 * A cited document is issued after the draft only when it is dated after the last day the draft's date allows.
 */
public record DraftDate(LocalDate first, LocalDate last, Precision precision) {

    public enum Precision { DAY, MONTH, YEAR }

    /** "…, ngày 15 tháng 3 năm 2024" or with the day and month left blank; only in the header (the first lines). */
    private static final Pattern HEADER_DATE = Pattern.compile(
            "(?m)^\\s*(?:[\\p{L} .'-]{1,40},\\s*)?ngay\\s*(\\d{1,2})?[\\s.…_]*thang\\s*(\\d{1,2})?[\\s.…_]*nam\\s*(\\d{4})");

    private static final int HEADER_CHARS = 1_500;

    static DraftDate of(LocalDate date) {
        return new DraftDate(date, date, Precision.DAY);
    }

    /** The date the extractor found, else the header's date line at whatever precision it is written; null when none. */
    static DraftDate find(LocalDate extracted, String text) {
        if (extracted != null) {
            return of(extracted);
        }
        String header = TextFold.fold(text.substring(0, Math.min(text.length(), HEADER_CHARS)));
        Matcher m = HEADER_DATE.matcher(header);
        if (!m.find()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(3));
            if (m.group(2) == null) {
                return new DraftDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(1) == null) {
                return new DraftDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
            }
            return of(month.atDay(Integer.parseInt(m.group(1))));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Whether a document dated {@code date} was surely issued after the draft. */
    boolean isBefore(LocalDate date) {
        return date != null && date.isAfter(last);
    }

    /** "15/3/2024", "tháng 3/2021", "năm 2021". */
    String text() {
        return switch (precision) {
            case DAY -> Messages.date(first);
            case MONTH -> "tháng " + first.getMonthValue() + "/" + first.getYear();
            case YEAR -> "năm " + first.getYear();
        };
    }
}
