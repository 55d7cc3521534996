package vn.vbtrace.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Normalized deadlines read as dates, counted from a given day. */
class DeadlineTests {

    @ParameterizedTest(name = "{0} on {1} → next {2}, overdue {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # 4258/BKHCN-TĐC: reports "trước ngày 30/11/2023", seen three years later
            2023-11-30        | 2026-11-21 | 2023-11-30 | true
            # the same deadline seen the week before it
            2023-11-30        | 2023-11-23 | 2023-11-30 | false
            # Thông báo 2013: "chậm nhất trong Quý I năm 2014" is due by the quarter's last day
            2014-Q1           | 2014-03-31 | 2014-03-31 | false
            # Thông báo 2013: "sơ kết 3 năm vào tháng 10/2013" is due by the month's end
            2013-10           | 2013-11-01 | 2013-10-31 | true
            # 1852/QĐ-UBND: "Trước ngày 30 tháng 11 hằng năm", before this year's date
            yearly:--11-30    | 2026-11-21 | 2026-11-30 | false
            # the same after this year's date rolls to next year
            yearly:--11-30    | 2026-12-01 | 2027-11-30 | false
            # Hậu Giang plan: "Định kỳ tháng 5, tháng 12 hàng năm" is by the end of May and of December
            yearly:--05,--12  | 2026-06-01 | 2026-12-31 | false
            yearly:--05,--12  | 2027-01-02 | 2027-05-31 | false
            # Issue 15: 1852/QĐ-UBND "Tổ chức sơ kết Chương trình vào năm 2025" is due by the year's last day...
            2025              | 2025-12-31 | 2025-12-31 | false
            # ...and overdue the day after (it used to be neither due nor overdue)
            2025              | 2026-01-05 | 2025-12-31 | true
            # a quarter is overdue the day after its last day
            2024-Q2           | 2024-07-01 | 2024-06-30 | true
            """)
    void readsTheNextDueDate(String normalized, LocalDate today, LocalDate next, boolean overdue) {
        Deadline deadline = Deadline.parse(normalized);
        assertThat(deadline.nextDue(today)).isEqualTo(next);
        assertThat(deadline.isOverdue(today)).isEqualTo(overdue);
        // What an index sorts and counts by: the same date from the numbers it holds.
        int[] yearly = deadline.yearlyKeys().stream().mapToInt(Integer::intValue).toArray();
        long fixed = deadline.fixedKey() == null ? 0 : deadline.fixedKey();
        assertThat(Deadline.nextDueKey(fixed, yearly, yearly.length, today, Long.MAX_VALUE)).isEqualTo(Deadline.key(next));
    }

    @Test
    void withoutADeadlineTheKeyIsTheOneGivenForNone() {
        assertThat(Deadline.nextDueKey(0, new int[0], 0, LocalDate.of(2026, 11, 21), 99_999_999L)).isEqualTo(99_999_999L);
    }

    @ParameterizedTest(name = "{0} is written \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            yearly:--11-30    | hằng năm, ngày 30/11
            yearly:--05,--12  | hằng năm, tháng 5 và tháng 12
            2014-Q1           | quý I/2014
            2024-Q4           | quý IV/2024
            2013-10           | tháng 10/2013
            2025              | năm 2025
            2023-11-30        | 30/11/2023
            """)
    void isWrittenAsStaffWriteIt(String normalized, String written) {
        assertThat(Deadline.parse(normalized).asWritten()).isEqualTo(written);
    }

    @Test
    void noDeadlineOrAnUnknownFormIsNull() {
        assertThat(Deadline.parse(null)).isNull();
        assertThat(Deadline.parse(" ")).isNull();
        assertThat(Deadline.parse("sớm nhất có thể")).isNull();
    }
}
