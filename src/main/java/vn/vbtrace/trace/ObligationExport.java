package vn.vbtrace.trace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A body's obligations as CSV (RFC 4180) and as an iCalendar (RFC 5545) for a calendar program. */
public final class ObligationExport {

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ObligationExport() {
    }

    public static String csv(Obligations obligations) {
        StringBuilder out = new StringBuilder("body,role,task,deadline,next_due,recurring,overdue,document_number,document_title,province\r\n");
        for (Obligations.Obligation o : obligations.obligations()) {
            out.append(String.join(",", List.of(csvField(o.body()), csvField(o.role()), csvField(o.task()),
                    csvField(o.deadline()), csvField(o.nextDue() == null ? null : o.nextDue().toString()),
                    String.valueOf(o.recurring()), String.valueOf(o.overdue()),
                    csvField(o.document().number()), csvField(o.document().title()), csvField(o.province())))).append("\r\n");
        }
        return out.toString();
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** One all-day event per dated duty; a yearly duty repeats (one RRULE per month-day it names). */
    public static String ics(Obligations obligations) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//vbtrace//obligations//VI");
        line(out, "CALSCALE:GREGORIAN");
        int n = 0;
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
                        + " (" + o.role() + "): " + o.task()));
                line(out, "DESCRIPTION:" + text((o.document().number() != null ? o.document().number() : "")
                        + " " + (o.document().title() != null ? o.document().title() : "")));
                line(out, "END:VEVENT");
            }
        }
        line(out, "END:VCALENDAR");
        return out.toString();
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
