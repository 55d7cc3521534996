package vn.vbtrace.document;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A normalized deadline as the extractor writes it, read as dates: a fixed day ("2023-11-30"),
 * the end of a quarter ("2014-Q1"), a month ("2013-10") or a year ("2025": "vào năm 2025" is due by its
 * last day), or a yearly recurrence ("yearly:--11-30"; "yearly:--05,--12" means by the end of May and of
 * December every year). A period's deadline falls due, and is overdue after, the period's last day.
 */
public record Deadline(String normalized, LocalDate fixed, List<MonthDay> yearly) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEARLY_ITEM = Pattern.compile("--(\\d{2})(?:-(\\d{2}))?");

    /** The deadline, or null when the text gave none or a form this reader does not know. */
    public static Deadline parse(String normalized) {
        if (normalized == null || normalized.isBlank()) {
            return null;
        }
        String value = normalized.strip();
        if (value.startsWith("yearly:")) {
            List<MonthDay> days = new ArrayList<>();
            for (String item : value.substring("yearly:".length()).split(",")) {
                Matcher m = YEARLY_ITEM.matcher(item.strip());
                if (!m.matches()) {
                    return null;
                }
                int month = Integer.parseInt(m.group(1));
                // A month without a day ("tháng 5 hằng năm") is due by the month's last day.
                int day = m.group(2) != null ? Integer.parseInt(m.group(2)) : YearMonth.of(2001, month).lengthOfMonth();
                days.add(MonthDay.of(month, day));
            }
            return new Deadline(value, null, List.copyOf(days));
        }
        if (DAY.matcher(value).matches()) {
            return new Deadline(value, LocalDate.parse(value), List.of());
        }
        Matcher quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            YearMonth last = YearMonth.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3);
            return new Deadline(value, last.atEndOfMonth(), List.of());
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            return new Deadline(value, YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atEndOfMonth(), List.of());
        }
        if (YEAR.matcher(value).matches()) {
            return new Deadline(value, LocalDate.of(Integer.parseInt(value), 12, 31), List.of());
        }
        return null;
    }

    /**
     * The deadline as staff write it: "hằng năm, ngày 30/11", "hằng năm, tháng 5 và tháng 12", "quý I/2014",
     * "tháng 10/2013", "năm 2025", "30/11/2023".
     */
    public String asWritten() {
        if (isRecurring()) {
            StringBuilder out = new StringBuilder("hằng năm, ");
            String[] items = normalized.substring("yearly:".length()).split(",");
            for (int i = 0; i < items.length; i++) {
                Matcher m = YEARLY_ITEM.matcher(items[i].strip());
                m.matches();
                out.append(i == 0 ? "" : " và ").append(m.group(2) != null
                        ? "ngày " + Integer.parseInt(m.group(2)) + "/" + Integer.parseInt(m.group(1))
                        : "tháng " + Integer.parseInt(m.group(1)));
            }
            return out.toString();
        }
        Matcher quarter = QUARTER.matcher(normalized);
        if (quarter.matches()) {
            return "quý " + List.of("I", "II", "III", "IV").get(Integer.parseInt(quarter.group(2)) - 1) + "/" + quarter.group(1);
        }
        Matcher month = MONTH.matcher(normalized);
        if (month.matches()) {
            return "tháng " + Integer.parseInt(month.group(2)) + "/" + month.group(1);
        }
        if (YEAR.matcher(normalized).matches()) {
            return "năm " + normalized;
        }
        return VietnameseDates.format(fixed);
    }

    public boolean isRecurring() {
        return !yearly.isEmpty();
    }

    /** The next date the duty falls due on or after {@code today}; a one-off deadline is its own date. */
    public LocalDate nextDue(LocalDate today) {
        if (!isRecurring()) {
            return fixed;
        }
        LocalDate next = null;
        for (MonthDay day : yearly) {
            LocalDate candidate = day.atYear(today.getYear());
            if (candidate.isBefore(today)) {
                candidate = day.atYear(today.getYear() + 1);
            }
            if (next == null || candidate.isBefore(next)) {
                next = candidate;
            }
        }
        return next;
    }

    /**
     * A one-off deadline's date as the number yyyymmdd (2023-11-30 is 20231130), which orders as the dates do: what an
     * index holds to sort and count a body's duties by their dates without reading their text. Null for a recurring one.
     */
    public Long fixedKey() {
        return isRecurring() ? null : key(fixed);
    }

    /** A recurring deadline's days as numbers mmdd (30 November is 1130); empty for a one-off one. */
    public List<Integer> yearlyKeys() {
        return yearly.stream().map(day -> day.getMonthValue() * 100 + day.getDayOfMonth()).toList();
    }

    /** The date as yyyymmdd. */
    public static long key(LocalDate day) {
        return day.getYear() * 10_000L + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    /**
     * {@link #nextDue} as yyyymmdd, from the numbers an index holds ({@link #fixedKey}, {@link #yearlyKeys}): the
     * fixed date when there is one, else the first of the yearly days on or after {@code today}'s month and day this
     * year or, when all have passed, next year; {@code none} without either. (The OpenSearch backend's sort script
     * computes the same.)
     */
    public static long nextDueKey(long fixedKey, int[] yearlyKeys, int count, LocalDate today, long none) {
        if (fixedKey > 0) {
            return fixedKey;
        }
        long todayMonthDay = today.getMonthValue() * 100L + today.getDayOfMonth();
        long next = none;
        for (int i = 0; i < count; i++) {
            long candidate = (yearlyKeys[i] >= todayMonthDay ? today.getYear() : today.getYear() + 1) * 10_000L + yearlyKeys[i];
            next = Math.min(next, candidate);
        }
        return next;
    }

    /** A one-off deadline that has passed. A recurring one is never overdue as a whole: it comes round again. */
    public boolean isOverdue(LocalDate today) {
        return !isRecurring() && fixed.isBefore(today);
    }
}
