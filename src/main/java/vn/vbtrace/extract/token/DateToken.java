package vn.vbtrace.extract.token;

import java.time.LocalDate;

/** A date written in the text ("ngày 21 tháng 5 năm 2010", "ngày 21/5/2010") and its span. */
public record DateToken(LocalDate date, int start, int end) {
}
