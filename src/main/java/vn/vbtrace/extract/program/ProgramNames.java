package vn.vbtrace.extract.program;

import vn.vbtrace.document.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * Finds programs named in full: a capitalized head ("Chương trình (quốc gia)", "Dự án",
 * "Đề án") followed by a quoted name, or by an unquoted name that ends with its period
 * ("giai đoạn 2021-2030", "đến năm 2030"). A bare "Chương trình" or "Chương trình năm 2019" is
 * a short form, not a name. Names in capitals (title lines) are left to their mixed-case mention.
 */
final class ProgramNames {

    static final String HEAD = "Chương\\s+trình(?:\\s+[Qq]uốc\\s+gia)?|Dự\\s+án|Đề\\s+án";
    private static final String PERIOD = "(?:giai\\s+đoạn\\s+\\d{4}\\s*[-–]\\s*\\d{4}|(?:giai\\s+đoạn\\s+)?đến\\s+năm\\s+\\d{4})";
    /** Words that start a clause about the program rather than its name ("Chương trình năm 2019", "Dự án của ..."). */
    private static final String NOT_A_NAME = "(?!(?:năm|này|của|và|đã|được|trong|theo|để|thuộc|do|với|cho|từ|là|tại|"
            + "nêu|trên|giai|đến|các|đang|sẽ|gồm|bao)(?!\\p{L}))";
    /** Where a head ("Chương trình", "Dự án", "Đề án") and so a name can begin. */
    private static final QuickMatcher.Starts HEAD_STARTS = QuickMatcher.Starts.words("Chương", "Dự", "Đề");
    private static final Pattern NAMED = Pattern.compile("(?<!\\p{L})(?<head>" + HEAD + ")\\s+(?:về\\s+)?(?:"
            + "(?<quoted>[“\"][^”\"\\n]{5,300}[”\"])"
            + "|(?<plain>" + NOT_A_NAME + "\\p{L}[^;()\\n.“”\"]{3,300}?" + PERIOD + "))");
    /**
     * A name without its period ("Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất
     * lượng sản phẩm, hàng hóa"): it runs to a clause break, a bracket or an end word
     * ({@code end} in program-words.tsv); a line break before a lower-case word does not end it.
     */
    private static final Pattern UNPERIODED = Pattern.compile("(?=[CDĐ])(?<!\\p{L})(?<head>" + HEAD + ")\\s+(?<plain>" + NOT_A_NAME
            + "\\p{L}(?:[^;():\\n.“”\"]|\\n(?=\\p{Ll})){10,300}?)(?=\\s*(?:[;():.“”\"]|\\n(?!\\p{Ll})|$)"
            + "|\\s+" + ProgramWords.WORDS.ends + ")");
    /** The short name given right after a name: "(sau đây gọi tắt là Chương trình)" or just "(Chương trình)". */
    static final Pattern SHORT_NAME = Pattern.compile("^\\s*[”\"]?\\s*\\(\\s*(?:sau\\s+đây\\s+(?:gọi|viết)\\s+tắt\\s+là\\s+"
            + "(?:[“\"])?(?<given>[^)”\"]{2,40}?)[”\"]?|(?<head>Chương\\s+trình|Dự\\s+án|Đề\\s+án|Kế\\s+hoạch))\\s*\\)");
    private static final int MIN_NAME_WORDS = 3;
    private static final Pattern SPAN = Pattern.compile("giai\\s+đoạn\\s+(\\d{4})\\s*[-–]\\s*(\\d{4})");
    private static final Pattern UNTIL = Pattern.compile("đến\\s+năm\\s+(\\d{4})");
    private static final Pattern OTHER_THAN_NAME = Pattern.compile("[“”\"]|giai doan|den nam|tam nhin|\\d+|[-–,]");

    private ProgramNames() {
    }

    static List<ProgramMention> find(String text) {
        List<ProgramMention> found = new ArrayList<>();
        QuickMatcher m = QuickMatcher.of(NAMED, HEAD_STARTS, text);
        while (m.find()) {
            String name = collapse(m.group());
            if (isAllCaps(name)) {
                continue;
            }
            found.add(mention(collapse(m.group("head")), name, m.start(), m.end()));
        }
        found.addAll(unperioded(text, found));
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * Names written without their period, where the text shows they are names: a short name follows
     * ("(sau đây gọi tắt là Chương trình)", "(Chương trình)"), or a national program is introduced by a verb
     * ({@code intro} in program-words.tsv: "phê duyệt", "triển khai thực hiện Chương trình quốc gia ...").
     */
    private static List<ProgramMention> unperioded(String text, List<ProgramMention> named) {
        List<ProgramMention> found = new ArrayList<>();
        // UNPERIODED begins with its head, as NAMED does (the lookahead and lookbehind before it take no characters)
        QuickMatcher m = QuickMatcher.of(UNPERIODED, HEAD_STARTS, text);
        int next = 0; // named mentions come in text order and do not overlap: one pass finds the one around each match
        while (m.find()) {
            int start = m.start();
            while (next < named.size() && named.get(next).end() <= start) {
                next++;
            }
            if (next < named.size() && named.get(next).start() <= start) {
                continue;
            }
            String name = collapse(m.group());
            String head = collapse(m.group("head"));
            boolean shortNameFollows = SHORT_NAME.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80)))
                    .find();
            boolean introduced = head.toLowerCase().endsWith("quốc gia") && ProgramWords.WORDS.introBefore
                    .matcher(text.substring(Math.max(0, start - 40), start)).find();
            if (isAllCaps(name) || collapse(m.group("plain")).split(" ").length < MIN_NAME_WORDS
                    || !(shortNameFollows || introduced)) {
                continue;
            }
            found.add(mention(head, name, start, m.end()));
        }
        return found;
    }

    static ProgramMention mention(String head, String name, int start, int end) {
        Integer from = null;
        Integer to = null;
        Matcher span = SPAN.matcher(name);
        if (span.find()) {
            from = Integer.valueOf(span.group(1));
            to = Integer.valueOf(span.group(2));
        } else {
            Matcher until = UNTIL.matcher(name);
            if (until.find()) {
                to = Integer.valueOf(until.group(1));
            }
        }
        return new ProgramMention(head, name, from, to, start, end);
    }

    /** The comparison key of a name: folded, without quotes, one spelling of the period dash. */
    static String key(String name) {
        String folded = TextFold.fold(name).replaceAll("[“”\"]", "").replaceAll("\\s*[-–]\\s*", "-");
        return folded.replaceAll("\\s+", " ").strip();
    }

    /** The words of a name that say what the program does, without head, period and quotes. */
    static List<String> topicWords(String name) {
        String folded = TextFold.fold(name).replace("chuong trinh", " ").replace("quoc gia", " ")
                .replace("du an", " ").replace("de an", " ");
        String topic = OTHER_THAN_NAME.matcher(folded).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : topic.split("\\s+")) {
            if (!word.isBlank() && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static boolean isAllCaps(String name) {
        String letters = name.replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 && letters.equals(letters.toUpperCase());
    }
}
