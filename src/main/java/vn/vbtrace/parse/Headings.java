package vn.vbtrace.parse;

/** What marks a heading line in Vietnamese administrative text: it is written in capitals. */
public final class Headings {

    private Headings() {
    }

    /** At least two letters and no lower-case letter ("TỈNH BẮC KẠN", "QUYẾT ĐỊNH:"). */
    public static boolean isAllCaps(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
