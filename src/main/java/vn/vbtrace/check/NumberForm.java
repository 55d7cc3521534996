package vn.vbtrace.check;

import java.util.regex.Pattern;

/**
 * The shape of a số ký hiệu under Nghị định 30/2020/NĐ-CP (number[/year]/TYPE-ISSUER[-UNIT],
 * a letter: number/ISSUER-UNIT) and the party's numbering (number-TYPE/ISSUER, e.g. 52-NQ/TW).
 */
final class NumberForm {

    private static final Pattern STATE = Pattern.compile("\\d{1,5}(/\\d{4})?/\\p{Lu}[\\p{L}]*(-[\\p{Lu}Đ][\\p{L}\\d&]*)+");
    private static final Pattern PARTY = Pattern.compile("\\d{1,5}-\\p{Lu}[\\p{L}]*/\\p{Lu}[\\p{L}\\d]*");

    private NumberForm() {
    }

    static boolean isWellFormed(String number) {
        String compact = number.replaceAll("\\s+", "");
        return STATE.matcher(compact).matches() || PARTY.matcher(compact).matches();
    }

    /** The type code of a state document's number ("QĐ" of 1322/QĐ-TTg), or null for a letter or party number. */
    static String typeCode(String number) {
        String compact = number.replaceAll("\\s+", "");
        if (!STATE.matcher(compact).matches()) {
            return null;
        }
        String[] parts = compact.split("/");
        String last = parts[parts.length - 1];
        int dash = last.indexOf('-');
        return dash < 0 ? null : last.substring(0, dash);
    }
}
