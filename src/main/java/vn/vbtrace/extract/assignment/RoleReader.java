package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            "(?:trước|chậm nhất|định kỳ)[^.;]*?(?:gửi\\s+)?báo\\s+cáo|(?:gửi\\s+)?báo\\s+cáo[^.;]*?(?:trước|chậm nhất)\\s+ngày",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private record CompiledCue(Pattern pattern, int length, Role role) {
    }

    private final List<CompiledCue> cues = new ArrayList<>();

    RoleReader(ClauseWords words) {
        for (ClauseWords.Cue<Role> cue : words.roles()) {
            cues.add(new CompiledCue(Pattern.compile("(?<!\\p{L})" + Pattern.quote(cue.phrase()) + "(?!\\p{L})"),
                    cue.phrase().length(), cue.meaning()));
        }
    }

    Role read(String task, String deadline) {
        if (deadline != null && REPORT_BY_DEADLINE.matcher(task).find()) {
            return Role.REPORT; // "Trước ngày 30 tháng 11 hằng năm ..., gửi báo cáo về Sở ..."
        }
        String lower = task.toLowerCase(Locale.ROOT);
        Role best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (CompiledCue cue : cues) {
            Matcher m = cue.pattern().matcher(lower);
            if (m.find() && (m.start() < bestAt || (m.start() == bestAt && cue.length() > bestLength))) {
                best = cue.role();
                bestAt = m.start();
                bestLength = cue.length();
            }
        }
        return best == null ? Role.EXECUTE : best;
    }
}
