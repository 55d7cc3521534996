package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.extract.assignment.DeadlineParser;

class DeadlineParserTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a fixed date in figures (seed 002)
            gửi về Bộ Khoa học và Công nghệ trước ngày 30/11/2023 để tổng hợp       | 2023-11-30
            # a fixed date in words
            hoàn thành trước ngày 15 tháng 12 năm 2021                             | 2021-12-15
            # "chậm nhất ngày"
            chậm nhất ngày 05/01/2024 gửi báo cáo                                  | 2024-01-05
            # a date written with dots (duties-fresh)
            báo cáo UBND tỉnh chậm nhất ngày 20.12.2019                            | 2019-12-20
            # a yearly day (seed 003: "Trước ngày 30 tháng 11 hằng năm")
            Trước ngày 30 tháng 11 hằng năm hoặc đột xuất khi có yêu cầu, gửi báo cáo | yearly:--11-30
            # the same with "hàng năm" and figures
            trước ngày 15/6 hàng năm báo cáo                                      | yearly:--06-15
            # two months every year (seed 004: "Định kỳ tháng 5, tháng 12 hàng năm")
            Định kỳ tháng 5, tháng 12 hàng năm hoặc khi có yêu cầu đột xuất báo cáo | yearly:--05,--12
            # a quarter (seed 000: "chậm nhất trong Quý I năm 2014")
            hoàn thành việc xây dựng, phê duyệt Dự án (chậm nhất trong Quý I năm 2014) | 2014-Q1
            # a quarter with a slash
            trong Quý III/2022                                                    | 2022-Q3
            # a month (seed 000: "vào tháng 10/2013")
            Tổ chức sơ kết 3 năm vào tháng 10/2013, tổng kết giai đoạn I (2011-2015) | 2013-10
            # a month in words
            trong tháng 6 năm 2021                                                | 2021-06
            # a year (seed 003: "Tổ chức sơ kết Chương trình vào năm 2025"; issue 3)
            Tổ chức sơ kết Chương trình vào năm 2025 và tổng kết vào năm 2030      | 2025
            # half-yearly and yearly days without a year (issue 3)
            'Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), báo cáo kết quả' | 'yearly:--06-15,--12-15'
            # a half-yearly day in words
            'định kỳ trước ngày 20 tháng 6, báo cáo Sở Nội vụ'                        | 'yearly:--06-20'
            """)
    void normalizesEachForm(String task, String deadline) {
        assertThat(DeadlineParser.parse(task)).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # "kế hoạch 05 năm, hằng năm" is a plan's period, not a deadline (seed 003)
            Xây dựng kế hoạch 05 năm, hằng năm thực hiện các nhiệm vụ của Chương trình
            # a date without "trước" is when something happened, not a deadline
            ban hành ngày 14 tháng 10 năm 2020
            # a period
            trong giai đoạn 2021 - 2030
            # a span of years is a period, not a year deadline
            trong năm 2021 - 2025
            # a day that does not exist
            trước ngày 31/2/2020
            """)
    void findsNoDeadlineWhereThereIsNone(String task) {
        assertThat(DeadlineParser.parse(task)).isNull();
    }
}
