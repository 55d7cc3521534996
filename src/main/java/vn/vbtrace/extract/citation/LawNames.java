package vn.vbtrace.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Laws cited by name: "Luật Tổ chức chính quyền địa phương ngày 19/6/2015", "Luật Thi đua,
 * khen thưởng". The name runs from "Luật" to a date, a number, a clause break or a new name;
 * a comma followed by a lower-case word stays inside the name.
 */
final class LawNames {

    static final Pattern LAW = Pattern.compile(
            "(?<![\\p{L}])(?<type>Bộ luật|Luật|Pháp lệnh)\\s+(?<name>\\p{Lu}[\\p{L}-]*"
                    + "(?:(?:\\s+|,\\s+(?=\\p{Ll}))[\\p{L}-]+){0,14}?)"
                    + "(?=\\s*(?:,?\\s*ngày\\s|,?\\s*số\\s|năm\\s+\\d{4}|[;.():\\n“”\"]|$|,\\s*\\p{Lu}"
                    + "|\\s(?:của|đã|được|và\\s+\\p{Lu}|về|hiện hành|quy định|thì|để|nhằm|theo)\\b))");

    private LawNames() {
    }

    static Matcher matcher(String text) {
        return LAW.matcher(text);
    }
}
