package vn.vbtrace.extract.citation;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * Laws cited by name: "Luật Tổ chức chính quyền địa phương ngày 19/6/2015", "Luật Thi đua,
 * khen thưởng", "Luật Phòng, chống ma túy số 23/2000/QH10". The name runs from "Luật" to a date,
 * a number, a clause break or a word that cannot be part of a name ({@code vocab/law-names.tsv});
 * a comma stays inside the name only before the words that file allows.
 */
final class LawNames {

    /** A code of laws, also written with a capital L ("Bộ Luật Dân sự"). */
    private static final String CODE_OF_LAWS = "Bộ [lL]uật";
    private static final String TYPE = "(?<type>" + CODE_OF_LAWS + "|Luật|Pháp lệnh)";
    /** What joins the laws an amending law names ("của Luật A và Luật B", "Luật A, Luật B"). */
    private static final Pattern JOIN = Pattern.compile("\\s*(?:,\\s*|\\s+và\\s+)(?=(?:" + CODE_OF_LAWS + "|Luật|Pháp lệnh)\\s+(?:các\\s+)?\\p{Lu})");

    /** A type word that opens a dated name: "Luật", "Bộ luật", "Pháp lệnh", capitalized. */
    private static final Pattern DATED_TYPE = Pattern.compile("(?<![\\p{L}])" + TYPE + "\\s+");
    /**
     * The first date or number after a law's name: "ngày 26 tháng 11 năm 2003", "ngày26/11/2003", "số 87/2015/QH13",
     * and "s 46/2010/QH12", what a PDF that dropped its accented letters leaves of "số"; a bare date with "ngày" left
     * out ("Luật ... địa phương 22/11/2019").
     */
    private static final Pattern DATE_AHEAD = Pattern.compile("(?iu),?\\s*(?:ngày\\s*\\d|số\\s+\\d|(?<!\\p{L})s\\s*\\d"
            + "|(?<=\\s)(?<bare>\\d{1,2}/\\d{1,2}/\\d{4})(?![\\d/]))");
    /** What a name before a bare date cannot hold: a number, a portal panel's cell. */
    private static final Pattern BARE_DATE_BREAK = Pattern.compile("[\\d|]");
    /** What a dated name cannot hold: a clause break, a blank line, another document's type word. */
    private static final Pattern NOT_IN_A_DATED_NAME = Pattern.compile("[;:.“”\"]|\\n\\s*\\n|(?<!\\p{L})(?:Nghị định"
            + "|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công văn|Hiến pháp|Kế hoạch)(?!\\p{L})");
    /** Another law's name: no part of a dated name, unless the name is an amending law's, which runs through them. */
    private static final Pattern ANOTHER_LAW = Pattern.compile("(?<!\\p{L})(?:Luật|" + CODE_OF_LAWS + "|Pháp lệnh)(?!\\p{L})");
    /** The type as the vocabulary names it: "Bộ Luật" is "Bộ luật". */
    static String typeWord(String written) {
        return written.startsWith("Bộ ") ? "Bộ luật" : written;
    }

    /** The longest dated name read ("Luật sửa đổi, bổ sung một số điều của Luật A, Luật B ..." is longer, and amending). */
    private static final int LONGEST_DATED_NAME = 240;
    /**
     * The longest amending law's name read: it lists the laws it amends, nine in "Luật sửa đổi, bổ sung một số điều của
     * Luật Chứng khoán, Luật Kế toán, ... và Luật Xử lý vi phạm hành chính" (Luật số 56/2024/QH15), 251 characters.
     */
    private static final int LONGEST_AMENDING_NAME = 600;

    private final Pattern law;
    private static final QuickMatcher.Starts TYPE_STARTS = QuickMatcher.Starts.words("Bộ luật", "Bộ Luật", "Luật", "Pháp lệnh");
    private final Pattern amending;
    private final Pattern titleOpening;
    private final Pattern passed;
    private final Pattern amendingWords;
    private final Pattern datedStop;
    private final Map<String, String> issuerByType = new HashMap<>();

    LawNames() {
        List<String> commaWords = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        List<String> amends = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> passedPhrases = new ArrayList<>();
        List<String> datedStops = new ArrayList<>();
        for (TsvRows.Row line : VocabularyFile.LAW_NAMES.rows()) {
            String[] row = line.cells();
            String words = row[1].replace(" ", "\\s+");
            switch (row[0]) {
                case "issuer" -> {
                    if (row.length < 3) {
                        throw line.fail("an issuer row names a type and its issuer");
                    }
                    issuerByType.put(row[1], row[2]);
                }
                case "comma" -> commaWords.add(words);
                case "stop" -> stops.add(words);
                case "amends" -> amends.add(row[1].replace(" ", "\\s*")); // a page may glue them: "một số" as "mộtsố"
                case "title" -> titles.add(words);
                case "passed" -> passedPhrases.add(words);
                case "dated-stop" -> datedStops.add(words);
                default -> throw line.fail("unknown law-names kind: " + row[0]);
            }
        }
        // "... của 37 Luật có liên quan đến quy hoạch" (Luật số 35/2018/QH14): a count of the laws before them
        this.amending = Pattern.compile("(?<![\\p{L}])" + TYPE + "\\s+(?iu:" + String.join("|", amends) + ")\\s+"
                + "(?=(?:\\d{1,3}\\s+)?(?:" + CODE_OF_LAWS + "|Luật|Pháp lệnh)\\s+(?:các\\s+)?\\p{Lu})");
        // "... một số điều của Luật A", also "... của các Luật liên quan đến đầu tư xây dựng cơ bản" (Luật số 38/2009/QH12)
        this.amendingWords = Pattern.compile("(?iu)(?:" + String.join("|", amends) + ")\\s+(?=(?:các\\s+|\\d{1,3}\\s+)?(?:" + CODE_OF_LAWS + "|Luật|Pháp lệnh)\\s)");
        this.passed = Pattern.compile("(?iu),?\\s*(?:" + String.join("|", passedPhrases) + ")\\s*$");
        this.datedStop = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", datedStops) + ")(?!\\p{L})");
        this.titleOpening = Pattern.compile("(?i)\\s*,?\\s*(?:" + String.join("|", titles) + ")(?!\\p{L})");
        String comma = "(?:" + String.join("|", commaWords) + ")(?!\\p{L})";
        String stop = "(?:" + String.join("|", stops) + ")(?!\\p{L})";
        this.law = Pattern.compile("(?=[BLP])(?<![\\p{L}])" + TYPE + "\\s+(?<name>(?:các\\s+)?\\p{Lu}[\\p{L}-]*"
                + "(?:(?:[ \\t]+|,[ \\t]+(?=" + comma + "))[\\p{L}-]+){0,14}?)"
                + "(?=\\s*(?:,?\\s*ngày(?:\\s|\\d)|,?\\s*số\\s|năm\\s+\\d{4}|(?:19|20)\\d{2}[ \\t]*(?:\\n|$)|[;.():\\n“”\"]|$|,(?!\\s*" + comma + ")"
                + "|\\s" + stop + "|\\svà\\s*$|\\s+(?:và|hoặc)\\s+số\\s))"); // "Luật A và số 161/2016/NĐ-CP": the next paper's
    }

    /** The law pattern begins with its type word (the lookahead and lookbehind before it take no characters). */
    QuickMatcher matcher(String text) {
        return QuickMatcher.of(law, TYPE_STARTS, text);
    }

    /** A law named, then dated or numbered: its type, its name as written (may be lower case, hold "của" or a comma). */
    record Dated(String type, String name, int start, int nameEnd) {
    }

    /**
     * Laws written "Luật X ngày D" or "Luật X số N": the name is all that stands between the type word and the
     * date or number, whatever its words ("Luật Cán bộ, công chức", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
     * "Luật ngân sách nhà nước", "Luật Tổ chức HĐND và UBND (sửa đổi)"), unless it breaks a clause, holds a
     * number or another law, or a word that no name has ({@code dated-stop}); "đã được Quốc hội thông qua"
     * before the date is no part of it ({@code passed}).
     */
    List<Dated> dated(String text) {
        List<Dated> found = new ArrayList<>();
        QuickMatcher type = QuickMatcher.of(DATED_TYPE, TYPE_STARTS, text);
        while (type.find()) {
            int nameStart = type.end();
            int longest = amendingWords.matcher(text).region(nameStart, text.length()).lookingAt()
                    ? LONGEST_AMENDING_NAME : LONGEST_DATED_NAME;
            Matcher date = DATE_AHEAD.matcher(text).region(nameStart, Math.min(text.length(), nameStart + longest));
            if (!date.find()) {
                continue;
            }
            String name = text.substring(nameStart, date.start());
            if (date.group("bare") != null && BARE_DATE_BREAK.matcher(name).find()) {
                continue; // a bare date far on, past a number or a panel's cell, is not the name's
            }
            Matcher passedBy = passed.matcher(name);
            if (passedBy.find()) {
                name = name.substring(0, passedBy.start());
            }
            name = name.stripTrailing();
            boolean amends = amendingWords.matcher(name).lookingAt();
            if (name.length() < 2 || NOT_IN_A_DATED_NAME.matcher(name).find() || unbalanced(name) || joinsOn(name)
                    || !amends && (datedStop.matcher(name).find() || ANOTHER_LAW.matcher(name).find())) {
                continue;
            }
            found.add(new Dated(typeWord(type.group("type")), name, type.start(), nameStart + name.length()));
        }
        return found;
    }

    /** "Luật Đầu tư công và" before "số 161/2016/NĐ-CP": a name ending in "và" goes on to the next paper, not its own. */
    private static boolean joinsOn(String name) {
        return name.endsWith(" và") || name.endsWith(" hoặc") || name.endsWith(",");
    }

    private static boolean unbalanced(String name) {
        return name.chars().filter(c -> c == '(').count() != name.chars().filter(c -> c == ')').count();
    }

    /** "Luật sửa đổi, bổ sung một số điều của " before the name of the law it amends. */
    /** Amending laws' names: "Bộ luật", "Luật" or "Pháp lệnh" first. */
    QuickMatcher amendingMatcher(String text) {
        return QuickMatcher.of(amending, TYPE_STARTS, text);
    }

    /** A law's name exactly at {@code from}, or null. */
    Matcher lawAt(String text, int from) {
        return Anchored.at(law, text, from);
    }

    /** A comma or "và" at {@code from} that leads to one more law's name; null if none does. */
    Matcher joinAt(String text, int from) {
        return Anchored.at(JOIN, text, from);
    }

    /**
     * Whether the words at {@code from} open a cited document's title ("quy định chi tiết ...",
     * "hướng dẫn thi hành ..."): a law named in them is part of that title.
     */
    boolean opensTitle(String text, int from) {
        return Anchored.at(titleOpening, text, from) != null;
    }

    /** The body that passes laws of this type ("Luật" → "Quốc hội"), by the Constitution; null if none is listed. */
    String issuerOf(String type) {
        return issuerByType.get(type);
    }
}
