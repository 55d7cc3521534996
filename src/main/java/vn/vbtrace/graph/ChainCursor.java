package vn.vbtrace.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import vn.vbtrace.document.Direction;

/**
 * Where the next page of one document's neighbours in a chain starts: the document, the direction and how
 * many were shown before. Opaque to callers ({@link #encode}); an unreadable cursor is a clear error.
 */
public record ChainCursor(String id, Direction direction, int offset) {

    public ChainCursor {
        if (direction == Direction.BOTH || offset < 0) {
            throw new vn.vbtrace.document.InvalidInputException("bad-cursor", "con trỏ trang chỉ một hướng và một vị trí");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + "|" + direction.name() + "|" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor an answer gave */
    public static ChainCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException();
            }
            return new ChainCursor(parts[0], Direction.valueOf(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            throw new vn.vbtrace.document.InvalidInputException("bad-cursor", "con trỏ trang không hợp lệ (cursor): dùng giá trị \"cursor\" của một câu trả lời trước");
        }
    }
}
