package vn.vbtrace.extract.assignment;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.Anchored;

/**
 * The verbs that give the body before them a duty ({@code duty} rows of clause-words.tsv: "chủ trì", "tập trung",
 * "khẩn trương" ...), after "được giao" or not; not the closing article's "chịu trách nhiệm thi hành", read apart, nor a
 * passive ("Trung tâm Phục vụ hành chính công phải được bố trí ở vị trí thuận lợi": where it is put, not what it does).
 */
final class DutyVerbs {

    private final Pattern verb;
    /** The same, opening a sentence: any case. */
    private final Pattern opening;

    DutyVerbs(List<String> verbs) {
        List<String> quoted = verbs.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(v -> Pattern.quote(v).replace(" ", "\\E\\s+\\Q")).toList();
        String pattern = "(?:được\\s+giao\\s+)?(?=(?:" + String.join("|", quoted) + ")(?!\\p{L})(?!\\s+thi\\s+hành)"
                + "(?!\\s+được(?!\\s+giao)))";
        this.verb = Pattern.compile(pattern);
        this.opening = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The verb at {@code at} (its "được giao" matched, the verb itself looked at), or null. */
    Matcher at(String text, int at) {
        return Anchored.at(verb, text, at);
    }

    /** The same, or opening a sentence in any case when {@code opening} ("Phối hợp với ...", "Khẩn trương ..."). */
    Matcher at(String text, int at, boolean opening) {
        return Anchored.at(opening ? this.opening : verb, text, at);
    }
}
