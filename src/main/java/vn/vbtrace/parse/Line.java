package vn.vbtrace.parse;

/**
 * One line of the text after whitespace clean-up. {@code tableCell}: the raw line began with a
 * tab (one cell of a flattened table); {@code afterDroppedLine}: a pipe or separator line stood
 * just before it, which marks a block boundary of a flattened header.
 */
record Line(MappedText content, int newlineOffset, boolean tableCell, boolean afterDroppedLine) {

    String text() {
        return content.toString();
    }

    boolean isBlank() {
        return content.length() == 0;
    }
}
