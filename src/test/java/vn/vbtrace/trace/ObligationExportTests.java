package vn.vbtrace.trace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV and iCalendar a calendar program or a spreadsheet reads. */
class ObligationExportTests {

    private static final ResponsibleAnswers.DocumentRef DECISION =
            new ResponsibleAnswers.DocumentRef("nb6d90094afa50bd2", "1852/QĐ-UBND", "Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg");

    private static final Obligations SAMPLE = new Obligations("Sở Công Thương", LocalDate.of(2026, 11, 21), List.of(
            new Obligations.Obligation("Sở Công Thương", "REPORT",
                    "Trước ngày 30 tháng 11 hằng năm hoặc đột xuất khi có yêu cầu, gửi báo cáo về Sở Khoa học và Công nghệ; tổng hợp \"báo cáo\"",
                    "yearly:--11-30", LocalDate.of(2026, 11, 30), true, false, DECISION, null, 10, 20, "Bắc Kạn")));

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() {
        String csv = ObligationExport.csv(SAMPLE);
        assertThat(csv).startsWith("body,role,task,deadline,next_due,recurring,overdue,document_number,document_title,province\r\n");
        assertThat(csv).endsWith(",\"Bắc Kạn\"\r\n");
        assertThat(csv).contains("\"Sở Công Thương\",\"REPORT\",\"Trước ngày 30 tháng 11 hằng năm hoặc đột xuất khi có yêu cầu, gửi báo cáo về Sở Khoa học và Công nghệ; tổng hợp \"\"báo cáo\"\"\",\"yearly:--11-30\",\"2026-11-30\",true,false,\"1852/QĐ-UBND\"");
    }

    @Test
    void icsHasAYearlyAllDayEventWithFoldedLines() {
        String ics = ObligationExport.ics(SAMPLE);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20261130\r\n", "RRULE:FREQ=YEARLY\r\n");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Sở Công Thương tỉnh Bắc Kạn (REPORT): Trước ngày 30 tháng 11 hằng năm hoặc đột xuất khi có yêu cầu\\, gửi báo cáo về Sở Khoa học và Công nghệ\\; tổng hợp \"báo cáo\"");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }
}
