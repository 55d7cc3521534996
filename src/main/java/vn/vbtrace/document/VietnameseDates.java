package vn.vbtrace.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents and staff write them: dd/mm/yyyy ("14/10/2020"). JSON keeps ISO dates. */
public final class VietnameseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /** "2020-10-14" → "14/10/2020"; null stays null. */
    public static String format(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }
}
