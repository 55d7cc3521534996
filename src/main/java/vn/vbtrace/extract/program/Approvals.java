package vn.vbtrace.extract.program;

import java.util.List;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.NumberToken;

/**
 * The document that approves a named program, when the text says it next to the name:
 * "Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ phê duyệt Chương trình ..."
 * (the number before "phê duyệt", in the same clause), or after the name: "... (theo Quyết định số
 * 712/QĐ-TTg)", "... ban hành kèm theo Quyết định số X", "... phê duyệt tại Quyết định số X".
 */
final class Approvals {

    private static final int REACH = 400;
    private static final Pattern APPROVES_BEFORE = Pattern.compile("(?:phê\\s+duyệt|ban\\s+hành)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "(Quyết định số", "(theo Quyết định số", ", ban hành kèm theo Quyết định số", "được phê duyệt tại QĐ". */
    private static final Pattern APPROVED_AFTER = Pattern.compile("^\\s*[”\"]?\\s*(?:\\(\\s*(?:theo\\s+|tại\\s+)?|,?\\s*"
            + "(?:đã\\s+)?(?:được\\s+)?(?:(?:phê\\s+duyệt|ban\\s+hành)\\s+)?(?:kèm\\s+theo|tại|theo)\\s+)"
            + "(?:Quyết\\s+định|QĐ)\\s+(?:số\\s+)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Approvals() {
    }

    static String of(String text, List<NumberToken> numbers, ProgramMention mention) {
        String before = text.substring(Math.max(0, mention.start() - REACH), mention.start());
        if (APPROVES_BEFORE.matcher(before).find()) {
            NumberToken last = null;
            for (NumberToken token : numbers) {
                if (token.end() <= mention.start() && token.start() >= mention.start() - REACH
                        && !clauseBreak(text, token.end(), mention.start())) {
                    last = token;
                }
            }
            if (last != null) {
                return last.number();
            }
        }
        return after(text, numbers, mention.end());
    }

    /** "(theo Quyết định số 712/QĐ-TTg ...)", "ban hành kèm theo Quyết định số X" right after {@code from}. */
    static String after(String text, List<NumberToken> numbers, int from) {
        for (NumberToken token : numbers) {
            if (token.start() >= from && token.start() <= from + 80
                    && APPROVED_AFTER.matcher(text.substring(from, token.start())).find()) {
                return token.number();
            }
        }
        return null;
    }

    /** A sentence or clause ends between the number and the name: the number approves something else. */
    private static boolean clauseBreak(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.contains(";") || between.contains("\n") || between.matches("(?s).*\\.\\s.*");
    }
}
