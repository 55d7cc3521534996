package vn.vbtrace.trace;

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
            """)
    void readsTheNextDueDate(String normalized, LocalDate today, LocalDate next, boolean overdue) {
        Deadline deadline = Deadline.parse(normalized);
        assertThat(deadline.nextDue(today)).isEqualTo(next);
        assertThat(deadline.isOverdue(today)).isEqualTo(overdue);
    }

    @Test
    void noDeadlineOrAnUnknownFormIsNull() {
        assertThat(Deadline.parse(null)).isNull();
        assertThat(Deadline.parse(" ")).isNull();
        assertThat(Deadline.parse("sớm nhất có thể")).isNull();
    }
}
