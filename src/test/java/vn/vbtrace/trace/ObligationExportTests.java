package vn.vbtrace.trace;

import vn.vbtrace.document.Role;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV a spreadsheet opens (Excel: UTF-8 only with its byte order mark) and the iCalendar a calendar program reads. */
class ObligationExportTests {

    private static final ResponsibleAnswers.DocumentRef DECISION =
            new ResponsibleAnswers.DocumentRef("nb6d90094afa50bd2", "1852/QĐ-UBND", "Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg");

    private static final Obligations SAMPLE = new Obligations("Sở Công Thương", LocalDate.of(2026, 11, 21), 2, 1, List.of(
            new Obligations.Obligation("Sở Công Thương", Role.REPORT,
                    "Trước ngày 30 tháng 11 hằng năm hoặc đột xuất khi có yêu cầu, gửi báo cáo về Sở Khoa học và Công nghệ; tổng hợp \"báo cáo\"",
                    "yearly:--11-30", LocalDate.of(2026, 11, 30), true, false, DECISION, null, 10, 20, "Bắc Kạn"),
            new Obligations.Obligation("Sở Công Thương", Role.EXECUTE, "Tổ chức sơ kết Chương trình vào năm 2025.",
                    "2025", LocalDate.of(2025, 12, 31), false, true, DECISION, null, 30, 40, "Bắc Kạn")), null);

    @Test
    void csvStartsWithTheByteOrderMarkAndReadsAsStaffWriteIt() {
        String csv = ObligationExport.csv(SAMPLE);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(csv).startsWith("\uFEFFCơ quan,Tỉnh,Vai trò,Nhiệm vụ,Thời hạn,Hạn tới,Định kỳ,Quá hạn,Số văn bản,Trích yếu văn bản,Cơ quan hiện nay\r\n");
        assertThat(csv).contains("\"Sở Công Thương\",\"Bắc Kạn\",\"báo cáo\",\"Trước ngày 30 tháng 11 hằng năm hoặc đột xuất khi có yêu cầu, "
                + "gửi báo cáo về Sở Khoa học và Công nghệ; tổng hợp \"\"báo cáo\"\"\",\"hằng năm, ngày 30/11\",\"30/11/2026\",có,không,\"1852/QĐ-UBND\"");
        assertThat(csv).contains("\"thực hiện\",\"Tổ chức sơ kết Chương trình vào năm 2025.\",\"năm 2025\",\"31/12/2025\",không,có,");
        assertThat(csv).endsWith("\"Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg\",\r\n");
    }

    /** Bắc Kạn became part of Thái Nguyên on 1/7/2025: the last column names the body holding the duty today. */
    @Test
    void csvNamesTheBodyThatHoldsTheDutyToday() {
        Obligations.Obligation report = SAMPLE.obligations().getFirst();
        Obligations.Obligation today = new SuccessorAnswers().decorate(report, LocalDate.of(2026, 11, 21));
        String csv = ObligationExport.csv(new Obligations(SAMPLE.body(), SAMPLE.today(), 1, 0, List.of(today), null));
        assertThat(csv).endsWith(",\"1852/QĐ-UBND\",\"Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg\",\"Sở Công Thương tỉnh Thái Nguyên\"\r\n");
        Obligations.Obligation before = new SuccessorAnswers().decorate(report, LocalDate.of(2025, 6, 30));
        assertThat(ObligationExport.csv(new Obligations(SAMPLE.body(), SAMPLE.today(), 1, 0, List.of(before), null)))
                .as("before the merger the body is its own holder").endsWith("1322/QĐ-TTg\",\r\n");
    }

    @Test
    void icsIsReadBackByACalendarParser() {
        String ics = ObligationExport.ics(SAMPLE);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<ICalendar> calendars = Biweekly.parse(ics).all();
        assertThat(calendars).as("calendars in the export").hasSize(1);
        List<VEvent> events = calendars.getFirst().getEvents();
        assertThat(events).as("one event per dated duty").hasSize(2);

        VEvent report = events.getFirst();
        assertThat(day(report.getDateStart().getValue())).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(report.getDateStart().getValue().hasTime()).as("an all-day event").isFalse();
        assertThat(report.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.YEARLY);
        assertThat(report.getSummary().getValue()).isEqualTo("Sở Công Thương tỉnh Bắc Kạn (báo cáo): Trước ngày 30 tháng 11 hằng năm "
                + "hoặc đột xuất khi có yêu cầu, gửi báo cáo về Sở Khoa học và Công nghệ; tổng hợp \"báo cáo\"");
        assertThat(report.getDescription().getValue()).startsWith("Thời hạn: hằng năm, ngày 30/11. 1852/QĐ-UBND Ban hành Kế hoạch");

        VEvent review = events.get(1);
        assertThat(day(review.getDateStart().getValue())).as("a year's deadline falls on its last day").isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(review.getRecurrenceRule()).isNull();
        assertThat(review.getSummary().getValue()).startsWith("Sở Công Thương tỉnh Bắc Kạn (thực hiện): Tổ chức sơ kết");
    }

    /** An export written a page at a time is the export of the pages' duties in one: one header, one calendar. */
    @Test
    void pagesWrittenOneAfterAnotherAreOneExport() {
        Obligations first = new Obligations(SAMPLE.body(), SAMPLE.today(), 2, 1, List.of(SAMPLE.obligations().get(0)), "next");
        Obligations second = new Obligations(SAMPLE.body(), SAMPLE.today(), 2, 1, List.of(SAMPLE.obligations().get(1)), null);
        StringWriter csv = new StringWriter();
        ObligationExport.csv(List.of(first, second), csv);
        assertThat(csv.toString()).isEqualTo(ObligationExport.csv(SAMPLE));
        StringWriter ics = new StringWriter();
        ObligationExport.ics(List.of(first, second), ics);
        assertThat(ics.toString()).isEqualTo(ObligationExport.ics(SAMPLE));
        List<ICalendar> calendars = Biweekly.parse(ics.toString()).all();
        assertThat(calendars).hasSize(1);
        assertThat(calendars.getFirst().getEvents()).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates().hasSize(2);
    }

    private static LocalDate day(ICalDate date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
