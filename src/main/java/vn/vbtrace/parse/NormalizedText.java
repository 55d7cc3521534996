package vn.vbtrace.parse;

/**
 * The normalized text and, for every character of it, the offset of the character in the
 * raw text it came from. {@code toOriginal} has {@code text.length() + 1} entries so that an
 * end offset maps too.
 */
public record NormalizedText(String text, int[] toOriginal) {

    public NormalizedText {
        if (toOriginal.length != text.length() + 1) {
            throw new IllegalArgumentException("offset map needs text.length() + 1 entries");
        }
    }

    /** The raw-text offset of a normalized offset (0 .. text.length()). */
    public int originalOffset(int normalizedOffset) {
        return toOriginal[normalizedOffset];
    }
}
