package vn.vbtrace.parse;

import java.util.Arrays;

/**
 * A growing text in which every character remembers the raw offset it came from.
 * Each normalization step reads one MappedText and appends to a new one, so the
 * offset map survives deletions, insertions and one-for-one replacements.
 */
final class MappedText {

    private char[] chars;
    private int[] offsets;
    private int length;
    private final int rawLength;

    MappedText(int rawLength) {
        this(rawLength, 64);
    }

    /**
     * A text expected to grow to about {@code capacity} characters: a whole text made at once (NFC, the joined lines)
     * starts at its size rather than doubling from 64, which copied each ingested text's arrays eight times over.
     */
    MappedText(int rawLength, int capacity) {
        this.rawLength = rawLength;
        this.chars = new char[Math.max(16, capacity)];
        this.offsets = new int[chars.length];
    }

    /** The raw text itself, each character mapped to its own offset. */
    static MappedText of(String raw) {
        MappedText text = new MappedText(raw.length(), raw.length());
        for (int i = 0; i < raw.length(); i++) {
            text.append(raw.charAt(i), i);
        }
        return text;
    }

    void append(char c, int originalOffset) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
            offsets = Arrays.copyOf(offsets, length * 2);
        }
        chars[length] = c;
        offsets[length] = originalOffset;
        length++;
    }

    /** Copies characters [from, to) of another text with their offsets. */
    void appendRange(MappedText source, int from, int to) {
        for (int i = from; i < to; i++) {
            append(source.chars[i], source.offsets[i]);
        }
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    int offsetAt(int i) {
        return i < length ? offsets[i] : rawLength;
    }

    void setChar(int i, char c) {
        chars[i] = c;
    }

    int rawLength() {
        return rawLength;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    NormalizedText toNormalizedText() {
        int[] map = Arrays.copyOf(offsets, length + 1);
        map[length] = rawLength;
        return new NormalizedText(toString(), map);
    }
}
