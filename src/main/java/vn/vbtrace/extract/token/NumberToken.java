package vn.vbtrace.extract.token;

/**
 * A số ký hiệu found in the text. {@code written} is the span as it stands (it may hold a
 * stray space or an upper-cased code); {@code number} is the official spelling.
 */
public record NumberToken(String written, String number, int start, int end) {
}
