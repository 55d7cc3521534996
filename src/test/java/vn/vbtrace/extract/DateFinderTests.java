package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;

class DateFinderTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # words (seed 004: "ngày 21 tháng 5 năm 2010")
            ' ngày 21 tháng 5 năm 2010 của'   | 2010-05-21
            # slashes (seed 003: "ngày 31/8/2020")
            ' ngày 31/8/2020 của'             | 2020-08-31
            # a comma before the date (seed 001: "52-NQ/TW, ngày 27/9/2019")
            ', ngày 27/9/2019 của'            | 2019-09-27
            # zero-padded (seed 004: "ngày 06/7/2010")
            ' ngày 06/7/2010;'                | 2010-07-06
            # ALL CAPS in a title (seed 003)
            ' NGÀY 31/8/2020 CỦA'             | 2020-08-31
            # a line break left between words
            ' ngày 25 tháng\n9 năm 2020.'     | 2020-09-25
            # dashes
            ' ngày 21-5-2010'                 | 2010-05-21
            # "ngày" glued to the day by a lost space (issue 10: devset, Long An 14/2014/QĐ-UBND)
            ' ngày26/11/2003;'                | 2003-11-26
            # ... and to a date in words
            ' ngày26 tháng 11 năm 2003'       | 2003-11-26
            # a year a PDF's text split by a space (devset-fresh m09: "24/2021/QĐ-TTg ngày 16/7/20 21 của")
            ' ngày 16/7/20 21 của'            | 2021-07-16
            """)
    void readsTheDateRightAfterANumber(String text, LocalDate expected) {
        DateToken date = DateFinder.at(text.replace("\\n", "\n"), 0);
        assertThat(date).isNotNull();
        assertThat(date.date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a date that does not exist is a typo, not a date
            ' ngày 31/2/2020'
            # another word first: the date does not belong to the number
            ' của Thủ tướng Chính phủ ngày 31/8/2020'
            # a year of five digits is a typo, not a date (issue 10: devset, Ninh Thuận "năm 20010")
            ' ngày 25 tháng 6 năm 20010'
            # ... and two digits after a split year is not one (only a century's two digits split so)
            ' ngày 25 tháng 6 năm 21 10'
            ' ngày 25/6/20 101'
            """)
    void findsNoDateWhereThereIsNone(String text) {
        assertThat(DateFinder.at(text, 0)).isNull();
    }
}
