package vn.vbtrace.extract.assignment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline of a duty, normalized: a fixed date as ISO ("trước ngày 30/11/2023" →
 * "2023-11-30"), a quarter ("Quý I năm 2014" → "2014-Q1"), a month ("tháng 10/2013" →
 * "2013-10"), or a yearly recurrence ("trước ngày 30 tháng 11 hằng năm" → "yearly:--11-30",
 * "định kỳ tháng 5, tháng 12 hàng năm" → "yearly:--05,--12"; "định kỳ 6 tháng (trước ngày 15/6) và
 * hằng năm (trước ngày 15/12)" → "yearly:--06-15,--12-15"), or a year ("vào năm 2025" → "2025").
 * Null when the text gives none.
 */
public final class DeadlineParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String EVERY_YEAR = "\\s+(?:hằng|hàng)\\s+năm";
    private static final Pattern YEARLY_DAY = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s*(?:/|\\s+tháng\\s+)(\\d{1,2})" + EVERY_YEAR, FLAGS);
    private static final Pattern YEARLY_MONTHS = Pattern.compile(
            "(?<!ngày\\s\\d{1,2}\\s)tháng\\s+(\\d{1,2})((?:\\s*(?:,|và)\\s*tháng\\s+\\d{1,2})*)" + EVERY_YEAR, FLAGS);
    private static final Pattern FIXED = Pattern.compile(
            "(?:trước|chậm nhất|hạn chót|hoàn thành|đến)\\s+(?:trước\\s+)?ngày\\s+(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)"
                    + "(\\d{1,2})\\s*(?:/|-|\\.|\\s+năm\\s+)(\\d{4})", FLAGS); // "chậm nhất ngày 20.12.2019" too
    private static final Pattern QUARTER = Pattern.compile(
            "quý\\s+(IV|III|II|I|[1-4])\\s*(?:/|\\s+năm\\s+)(\\d{4})", FLAGS);
    private static final Pattern MONTH = Pattern.compile(
            "(?<!ngày\\s\\d{1,2}\\s)(?<!ngày\\s\\d{1,2}\\s{2})tháng\\s+(\\d{1,2})\\s*(?:/|\\s+năm\\s+)(\\d{4})", FLAGS);
    private static final Pattern MONTH_NUMBER = Pattern.compile("\\d{1,2}");
    /** A periodic report ("định kỳ 6 tháng", "hằng năm") with days written without a year. */
    private static final Pattern PERIODIC = Pattern.compile("định\\s+kỳ|(?:hằng|hàng)\\s+năm", FLAGS);
    private static final Pattern DAY_WITHOUT_YEAR = Pattern.compile(
            "trước\\s+ngày\\s+(\\d{1,2})\\s*(?:/|\\s+tháng\\s+)(\\d{1,2})(?!\\s*(?:/|-|\\s+năm\\s+)\\d)", FLAGS);
    /** "Tổ chức sơ kết vào năm 2025": a year. */
    private static final Pattern YEAR = Pattern.compile("(?:vào|trong)\\s+năm\\s+(\\d{4})(?!\\s*[-–/]\\s*\\d)", FLAGS);

    private DeadlineParser() {
    }

    /** The normalized deadline a task text states, or null. */
    public static String parse(String task) {
        if (!hasDigit(task)) {
            return null; // every form below has a day, a month, a quarter or a year in digits: most tasks have none
        }
        Matcher m = YEARLY_DAY.matcher(task);
        if (m.find()) {
            return "yearly:--" + two(m.group(2)) + "-" + two(m.group(1));
        }
        m = YEARLY_MONTHS.matcher(task);
        if (m.find()) {
            List<String> months = new ArrayList<>(List.of("--" + two(m.group(1))));
            Matcher more = MONTH_NUMBER.matcher(m.group(2));
            while (more.find()) {
                months.add("--" + two(more.group()));
            }
            return "yearly:" + String.join(",", months);
        }
        if (PERIODIC.matcher(task).find()) {
            List<String> days = new ArrayList<>();
            for (m = DAY_WITHOUT_YEAR.matcher(task); m.find(); ) {
                days.add("--" + two(m.group(2)) + "-" + two(m.group(1)));
            }
            if (!days.isEmpty()) {
                return "yearly:" + String.join(",", days); // "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)"
            }
        }
        m = FIXED.matcher(task);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).toString();
            } catch (DateTimeException e) {
                // not a real date: look for another
            }
        }
        m = QUARTER.matcher(task);
        if (m.find()) {
            return m.group(2) + "-Q" + quarter(m.group(1));
        }
        m = MONTH.matcher(task);
        if (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return m.group(2) + "-" + two(m.group(1));
            }
        }
        m = YEAR.matcher(task);
        if (m.find()) {
            return m.group(1);
        }
        return null;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String two(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static int quarter(String written) {
        return switch (written.toUpperCase()) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            default -> 4;
        };
    }
}
