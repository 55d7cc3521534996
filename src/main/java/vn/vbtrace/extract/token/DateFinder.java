package vn.vbtrace.extract.token;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates in the two ways documents write them, in any case and across a leftover line break. */
public final class DateFinder {

    /**
     * "ngày 21 tháng 5 năm 2010", "ngày 21/5/2010", "NGÀY 31/8/2020", "ngày 21-5-2010", and a word glued to its
     * number by a lost space ("ngày26/11/2003", "ngày 25 tháng12 năm 2006"). A year runs to four digits: "năm
     * 20010" is a typo, no date. A PDF's text may split the year by a space ("ngày 16/7/20 21"): a century's two
     * digits, one space, two more, and no digit after them. "tháng" typed again for "năm" before a year ("ngày 11
     * tháng 11 tháng 2021") is read as "năm", and "ngày" typed again for "tháng" ("ngày 13 ngày 8 năm 2009") as "tháng".
     */
    private static final String DATE = "ngày\\s*(\\d{1,2})\\s*(?:/|-|\\.|tháng\\s*|ngày\\s+(?=\\d{1,2}\\s+năm))"
            + "(\\d{1,2})\\s*(?:/|-|\\.|năm\\s*|tháng\\s*(?=\\d{4}))"
            + "(\\d{4}|(?:19|20) \\d{2})(?!\\d)";
    /** Right after a number: an optional comma, then the date ("52-NQ/TW, ngày 27/9/2019"). */
    private static final Pattern AFTER = Pattern.compile("\\s*,?\\s*(?:ban hành\\s+)?" + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANYWHERE = Pattern.compile("(?<!\\p{L})" + DATE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Bare day/month/year: "21/5/2010", used where the word ngày is left out. */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

    private static final Pattern BARE_AFTER = Pattern.compile("[ \\t]*" + NUMERIC.pattern());

    private DateFinder() {
    }

    /** The date that starts at {@code from} (after optional spaces and a comma), or null. */
    public static DateToken at(String text, int from) {
        Matcher m = Anchored.at(AFTER, text, from);
        return m == null ? null : token(m);
    }

    /** The first "ngày ..." date in the region [from, to), or null. */
    public static DateToken first(String text, int from, int to) {
        Matcher m = ANYWHERE.matcher(text).region(from, to);
        while (m.find()) {
            DateToken token = token(m);
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    /** A bare dd/mm/yyyy that starts at {@code from} after spaces ("Luật ... địa phương 22/11/2019;"), or null. */
    public static DateToken bareAt(String text, int from) {
        Matcher m = Anchored.at(BARE_AFTER, text, from);
        return m == null ? null : token(m);
    }

    /** The first bare dd/mm/yyyy in the region [from, to), or null. */
    public static DateToken firstNumeric(String text, int from, int to) {
        Matcher m = NUMERIC.matcher(text).region(from, to);
        while (m.find()) {
            DateToken token = token(m);
            if (token != null) {
                return token;
            }
        }
        return null;
    }

    private static DateToken token(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(3).replace(" ", "")), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            return new DateToken(date, m.start(), m.end());
        } catch (DateTimeException e) {
            return null; // "ngày 31/2/2020" is a typo, not a date
        }
    }
}
