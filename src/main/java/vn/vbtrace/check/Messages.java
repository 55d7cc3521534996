package vn.vbtrace.check;

import java.time.LocalDate;

/** How the check writes dates and names in its Vietnamese messages. */
final class Messages {

    private Messages() {
    }

    /** 21/5/2010, as Vietnamese documents write a date. */
    static String date(LocalDate date) {
        return date == null ? "?" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    static String name(String number, String title) {
        return number != null ? number : title;
    }
}
