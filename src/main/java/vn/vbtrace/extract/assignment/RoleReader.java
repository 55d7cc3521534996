package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Role;
import vn.vbtrace.extract.vocab.ClauseWords;

/**
 * The role a duty item gives its body: the role verb that comes first in the item decides
 * ("Chủ trì, phối hợp ..." is LEAD; "Căn cứ khả năng ngân sách tham mưu ..." is ADVISE);
 * a report asked for by a deadline is REPORT; an item with no role verb is EXECUTE.
 */
final class RoleReader {

    private static final Pattern REPORT_BY_DEADLINE = Pattern.compile(
            "(?:trước|chậm nhất|định kỳ)[^.;]*?(?<!để\\s)(?:gửi\\s+)?báo\\s+cáo|(?<!để\\s)(?:gửi\\s+)?báo\\s+cáo[^.;]*?(?:trước|chậm nhất)\\s+ngày",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "Thực hiện (tốt) chức năng tham mưu", "Thực hiện (đầy đủ) chế độ báo cáo": the function named is the role. */
    private static final Pattern FUNCTION = Pattern.compile(
            "^thực\\s+hiện\\s+(?:tốt|đầy\\s+đủ|nghiêm\\s+túc)?\\s*(?:các\\s+)?(?:(chế\\s+độ\\s+báo\\s+cáo)|chức\\s+năng[^.;]{0,60}?(tham\\s+mưu))");
    /** An item that opens by directing others ("Chỉ đạo các đơn vị trực thuộc phối hợp ...") is the body's own action. */
    private static final Pattern DIRECTS = Pattern.compile("^(?:chỉ\\s+đạo|đôn\\s+đốc|hướng\\s+dẫn|yêu\\s+cầu)(?!\\p{L})");
    /** A role verb whose subject is another body: "do Bộ Khoa học và Công nghệ chủ trì". */
    private static final Pattern OTHER_AGENT = Pattern.compile("(?<!\\p{L})do\\s[^,;.()]*$");
    /**
     * What makes a report, right before it ("xây dựng", "lập", "hoàn thiện", "chuẩn bị", "soạn thảo", "thông tin"), or
     * makes it a purpose ("Trình UBND tỉnh trước ngày 10/8 để báo cáo Bộ Công Thương": the province reports, not the body).
     */
    private static final Pattern REPORT_MADE = Pattern.compile(
            "(?<!\\p{L})(?:xây\\s+dựng|lập|hoàn\\s+thiện|chuẩn\\s+bị|soạn\\s+thảo|thông\\s+tin|để)\\s+$");
    /** How far into a later part its role verb may stand to open it ("Hỗ trợ, phối hợp", "tổng hợp, báo cáo"). */
    private static final int OPENING_REACH = 12;

    /** Every role verb in one alternation, longest first: at a position the longest verb wins, as one pattern per verb did. */
    private final Pattern cues;
    /** The role of each verb; the first row wins when a verb is listed twice. */
    private final Map<String, Role> roleOf = new HashMap<>();

    RoleReader(ClauseWords words) {
        List<String> phrases = new ArrayList<>();
        for (ClauseWords.Cue<Role> cue : words.roles()) {
            if (roleOf.putIfAbsent(cue.phrase(), cue.meaning()) == null) {
                phrases.add(cue.phrase());
            }
        }
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        this.cues = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", phrases.stream().map(Pattern::quote).toList())
                + ")(?!\\p{L})");
    }

    Role read(String task, String deadline) {
        if (deadline != null && REPORT_BY_DEADLINE.matcher(task).find()) {
            return Role.REPORT; // "Trước ngày 30 tháng 11 hằng năm ..., gửi báo cáo về Sở ..."
        }
        String lower = task.toLowerCase(Locale.ROOT).strip();
        Matcher function = FUNCTION.matcher(lower);
        if (function.find()) {
            return function.group(1) != null ? Role.REPORT : Role.ADVISE;
        }
        if (DIRECTS.matcher(lower).find()) {
            return Role.EXECUTE;
        }
        int[] at = new int[1];
        Role best = first(lower, at);
        return best == null ? Role.EXECUTE : best;
    }

    /**
     * The role a later part of an item opens with, or null when it opens with none: its role verb
     * stands at its start ("báo cáo và đề xuất với Sở ...", "và phối hợp với ..."), or it asks for a
     * report by a deadline ("Trước ngày 30 tháng 11 hằng năm ..., gửi báo cáo ...").
     */
    Role opening(String part, String deadline) {
        String lower = part.toLowerCase(Locale.ROOT).strip().replaceFirst("^và\\s+", "");
        if (deadline != null && REPORT_BY_DEADLINE.matcher(lower).lookingAt()) {
            return Role.REPORT;
        }
        Matcher function = FUNCTION.matcher(lower);
        if (function.find()) {
            return function.group(1) != null ? Role.REPORT : Role.ADVISE;
        }
        int[] at = new int[1];
        Role role = first(lower, at);
        return role != null && at[0] <= OPENING_REACH ? role : null;
    }

    /**
     * "xây dựng báo cáo kết quả hoạt động", "hoàn thiện hệ thống thông tin báo cáo": a report as the thing made, whose
     * maker executes; not a report the body gives.
     */
    private static boolean reportWritten(String lower, Matcher cue) {
        return cue.group().startsWith("báo cáo") && REPORT_MADE.matcher(lower).region(0, cue.start()).find();
    }

    /** Whether the text has a role verb of the body's own. */
    boolean hasRoleVerb(String text) {
        return first(text.toLowerCase(Locale.ROOT), new int[1]) != null;
    }

    /** The first role verb of the text that is the body's own (not "do X chủ trì"); its position in {@code at}. */
    private Role first(String lower, int[] at) {
        Matcher m = cues.matcher(lower);
        int from = 0;
        while (from < lower.length() && m.find(from)) {
            if (!OTHER_AGENT.matcher(lower.substring(0, m.start())).find() && !reportWritten(lower, m)) {
                at[0] = m.start();
                return roleOf.get(m.group());
            } // else "dự thảo ... do Bộ Khoa học và Công nghệ chủ trì xây dựng": another body's role
            from = m.start() + 1;
        }
        at[0] = Integer.MAX_VALUE;
        return null;
    }
}
