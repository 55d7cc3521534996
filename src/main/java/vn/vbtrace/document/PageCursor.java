package vn.vbtrace.document;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a long answer starts, as the values its order ends on (a due date and a clause id; a year
 * and a program key), written as one opaque token: callers send back the {@code next} an answer gave, never build
 * one. A token no answer gave is a clear error, not a wrong page.
 */
public final class PageCursor {

    private PageCursor() {
    }

    public static String encode(Object first, String last) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((first + "|" + last).getBytes(StandardCharsets.UTF_8));
    }

    /** The two values, the first as a number; {@code InvalidInputException} ("bad-cursor") when it is not a cursor. */
    public static Values decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new Values(Long.parseLong(text.substring(0, bar)), text.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new InvalidInputException("bad-cursor",
                    "con trỏ trang không hợp lệ (after): dùng giá trị \"next\" của một câu trả lời trước");
        }
    }

    public record Values(long first, String last) {
    }
}
