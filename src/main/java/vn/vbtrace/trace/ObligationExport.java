package vn.vbtrace.trace;

import vn.vbtrace.document.Deadline;
import vn.vbtrace.document.Role;
import vn.vbtrace.document.VietnameseDates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A body's obligations as CSV (RFC 4180) for a spreadsheet and as an iCalendar (RFC 5545) for a calendar program,
 * both as staff read them: Vietnamese column names and roles, deadlines as written, dates as dd/mm/yyyy.
 */
public final class ObligationExport {

    /** Excel reads a CSV file as UTF-8 only when it starts with the byte order mark; without it Vietnamese is mojibake. */
    public static final String BOM = "\uFEFF";

    /** The last column is the body that holds the duty today, when the 2025 reorganization changed it (else empty). */
    static final String CSV_HEADER = "Cơ quan,Tỉnh,Vai trò,Nhiệm vụ,Thời hạn,Hạn tới,Định kỳ,Quá hạn,Số văn bản,Trích yếu văn bản,Cơ quan hiện nay";

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ObligationExport() {
    }

    /** The CSV, starting with the UTF-8 byte order mark. */
    public static String csv(Obligations obligations) {
        StringWriter out = new StringWriter();
        csv(List.of(obligations), out);
        return out.toString();
    }

    /**
     * The CSV of every page, written as each page comes: a body's export may hold a hundred thousand duties, which
     * are never all in memory at once.
     */
    public static void csv(Iterable<Obligations> pages, Writer out) {
        write(out, BOM + CSV_HEADER + "\r\n");
        for (Obligations page : pages) {
            StringBuilder rows = new StringBuilder();
            for (Obligations.Obligation o : page.obligations()) {
                Deadline deadline = Deadline.parse(o.deadline());
                rows.append(String.join(",", List.of(csvField(o.body()), csvField(o.province()), csvField(Role.labelOf(o.role())),
                        csvField(o.task()), csvField(deadline == null ? o.deadline() : deadline.asWritten()),
                        csvField(VietnameseDates.format(o.nextDue())), yesNo(o.recurring()), yesNo(o.overdue()),
                        csvField(o.document().number()), csvField(o.document().title()),
                        csvField(o.successor() == null ? null : o.successor().name())))).append("\r\n");
            }
            write(out, rows);
        }
    }

    private static void write(Writer out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String yesNo(boolean value) {
        return value ? "có" : "không";
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** One all-day event per dated duty; a yearly duty repeats (one RRULE per month-day it names). */
    public static String ics(Obligations obligations) {
        StringWriter out = new StringWriter();
        ics(List.of(obligations), out);
        return out.toString();
    }

    /** The calendar of every page, written as each page comes (as {@link #csv(Iterable, Writer)}). */
    public static void ics(Iterable<Obligations> pages, Writer writer) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//vbtrace//obligations//VI");
        line(out, "CALSCALE:GREGORIAN");
        int n = 0;
        for (Obligations obligations : pages) {
            for (Obligations.Obligation o : obligations.obligations()) {
                Deadline deadline = Deadline.parse(o.deadline());
                if (deadline == null) {
                    continue;
                }
                List<LocalDate> starts = deadline.isRecurring()
                        ? deadline.yearly().stream().map(day -> day.atYear(obligations.today().getYear())).toList()
                        : List.of(deadline.fixed());
                for (LocalDate start : starts) {
                    line(out, "BEGIN:VEVENT");
                    line(out, "UID:" + o.document().id() + "-" + o.start() + "-" + (n++) + "@vbtrace");
                    line(out, "DTSTAMP:" + obligations.today().format(ICS_DATE) + "T000000Z");
                    line(out, "DTSTART;VALUE=DATE:" + start.format(ICS_DATE));
                    if (deadline.isRecurring()) {
                        line(out, "RRULE:FREQ=YEARLY");
                    }
                    line(out, "SUMMARY:" + text(o.body() + (o.province() == null ? "" : " tỉnh " + o.province())
                            + " (" + Role.labelOf(o.role()) + "): " + o.task()));
                    line(out, "DESCRIPTION:" + text("Thời hạn: " + deadline.asWritten() + ". "
                            + (o.document().number() != null ? o.document().number() + " " : "")
                            + (o.document().title() != null ? o.document().title() : "")));
                    line(out, "END:VEVENT");
                }
            }
            write(writer, out);
            out.setLength(0);
        }
        line(out, "END:VCALENDAR");
        write(writer, out);
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n").strip();
    }

    /** Lines end in CRLF and fold after 75 octets of UTF-8, never inside a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(current).append("\r\n");
    }
}
