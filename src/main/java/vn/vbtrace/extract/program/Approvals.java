package vn.vbtrace.extract.program;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.token.NumberTokens;

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

    private static final Pattern PRIME_MINISTER = Pattern.compile("/QĐ-TTg$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu})");

    private Approvals() {
    }

    static String of(String text, List<NumberToken> numbers, ProgramMention mention) {
        String before = text.substring(Math.max(0, mention.start() - REACH), mention.start());
        if (APPROVES_BEFORE.matcher(before).find()) {
            NumberToken last = null;
            for (int i = NumberTokens.firstFrom(numbers, mention.start() - REACH); i < numbers.size()
                    && numbers.get(i).start() < mention.start(); i++) {
                NumberToken token = numbers.get(i);
                if (token.end() <= mention.start() && !clauseBreak(text, token.end(), mention.start())) {
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
        for (int i = NumberTokens.firstFrom(numbers, from); i < numbers.size() && numbers.get(i).start() <= from + 80; i++) {
            NumberToken token = numbers.get(i);
            if (APPROVED_AFTER.matcher(text.substring(from, token.start())).find()) {
                return token.number();
            }
        }
        return null;
    }

    /**
     * A national program is approved by the Prime Minister: when the sentence around {@code at} (where the
     * program is named or its short form used) cites exactly one Prime Minister's decision, that is the
     * program's ("Thực hiện Quyết định số 1322/QĐ-TTg ... và Quyết định số 36/QĐ-BKHCN ... phê duyệt Kế
     * hoạch triển khai Chương trình"). Null when it cites none or several.
     */
    static String byPrimeMinister(String text, List<NumberToken> numbers, int at) {
        int from = Math.max(text.lastIndexOf('\n', at - 1), lastSentenceEnd(text, at)) + 1;
        int to = text.indexOf('\n', at);
        to = to < 0 ? text.length() : to;
        String found = null;
        for (int i = NumberTokens.firstFrom(numbers, from); i < numbers.size() && numbers.get(i).start() < to; i++) {
            NumberToken token = numbers.get(i);
            if (token.end() <= to && PRIME_MINISTER.matcher(token.number()).find()) {
                if (found != null && !found.equals(token.number())) {
                    return null;
                }
                found = token.number();
            }
        }
        return found;
    }

    private static int lastSentenceEnd(String text, int at) {
        Matcher m = SENTENCE_END.matcher(text).region(Math.max(0, at - REACH), at);
        int end = -1;
        while (m.find()) {
            end = m.start();
        }
        return end;
    }

    /** A sentence or clause ends between the number and the name: the number approves something else. */
    private static boolean clauseBreak(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.contains(";") || between.contains("\n") || between.matches("(?s).*\\.\\s.*");
    }
}
