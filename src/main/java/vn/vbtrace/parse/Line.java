package vn.vbtrace.parse;

/**
 * One line of the text after whitespace clean-up. {@code tableCell}: the raw line began with a
 * tab (one cell of a flattened table); {@code afterDroppedLine}: a pipe or separator line stood
 * just before it, which marks a block boundary of a flattened header. {@code text}: the content's characters,
 * made once (joining reads each line's text several times).
 */
record Line(MappedText content, String text, int newlineOffset, boolean tableCell, boolean afterDroppedLine) {

    boolean isBlank() {
        return content.length() == 0;
    }
}
