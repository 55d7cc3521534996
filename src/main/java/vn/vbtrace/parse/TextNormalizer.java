package vn.vbtrace.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a document's raw text into the text every later stage and the user see:
 * Unicode NFC, one tone-mark placement, syllables a page glued together set apart again, clean whitespace, no
 * table pipes or separator lines, and lines broken mid-phrase joined again. Every character keeps the offset of
 * the raw character it came from.
 */
public final class TextNormalizer {

    private static final Pattern DROPPED_LINE = Pattern.compile("^(?:\\|[ |]*|[-_=─]{3,}|[-_=─ ]{5,})$");
    private static final LineJoiner JOINER = new LineJoiner(LineRules.DEFAULT);

    /** A DROPPED_LINE (matched whole) begins with "|", a rule character or a space; most lines start otherwise. */
    private static boolean mayBeDropped(MappedText line) {
        return line.length() > 0 && "|-_=─ ".indexOf(line.charAt(0)) >= 0;
    }

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new NormalizedText("", new int[] {0});
        }
        MappedText text = nfc(raw);
        lookalikes(text);
        ToneMarks.toTraditional(text);
        text = GluedSyllables.split(text);
        List<Line> lines = splitLines(text);
        return JOINER.join(lines, raw.length()).toNormalizedText();
    }

    /**
     * NFC one base character (with its combining marks) at a time, so each composed
     * character maps to the offset where its base character stood.
     */
    static MappedText nfc(String raw) {
        MappedText out = new MappedText(raw.length(), raw.length());
        int i = 0;
        while (i < raw.length()) {
            int end = i + 1;
            while (end < raw.length() && isCombining(raw.charAt(end))) {
                end++;
            }
            if (end == i + 1) {
                out.append(raw.charAt(i), i);
            } else {
                String composed = Normalizer.normalize(raw.substring(i, end), Normalizer.Form.NFC);
                for (int k = 0; k < composed.length(); k++) {
                    out.append(composed.charAt(k), i);
                }
            }
            i = end;
        }
        return out;
    }

    /**
     * Letters that look like Vietnamese ones but are not: the Icelandic eth "Ð"/"ð" typed for "Đ"/"đ"
     * ("BỘ GIÁO DỤC VÀ ÐÀO TẠO" in a provincial database), which no Vietnamese text means. One for one.
     */
    static void lookalikes(MappedText text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00D0') {
                text.setChar(i, '\u0110');
            } else if (c == '\u00F0') {
                text.setChar(i, '\u0111');
            }
        }
    }

    private static boolean isCombining(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Splits into lines with clean spaces (tabs and no-break spaces become spaces, runs
     * collapse, ends trimmed) and drops pipe-only and separator lines.
     */
    static List<Line> splitLines(MappedText text) {
        List<Line> lines = new ArrayList<>();
        MappedText current = new MappedText(text.rawLength());
        boolean tableCell = false;
        boolean atLineStart = true;
        boolean pendingSpace = false;
        boolean afterDropped = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            int breakAt = i;
            int escape = escapedLineBreak(text, i);
            if (escape > 0) {
                c = '\n'; // a line break saved as the two characters "\n" (a page copied out of JSON): the same break
                i += escape - 1;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (mayBeDropped(current) && DROPPED_LINE.matcher(current.toString()).matches()) {
                    afterDropped = true;
                } else {
                    lines.add(new Line(current, current.toString(), text.offsetAt(breakAt), tableCell, afterDropped));
                    afterDropped = false;
                }
                current = new MappedText(text.rawLength());
                tableCell = false;
                atLineStart = true;
                pendingSpace = false;
                continue;
            }
            if (c == '\t' && atLineStart) {
                tableCell = true;
            }
            if (isSpace(c)) {
                pendingSpace = current.length() > 0;
                continue;
            }
            atLineStart = false;
            if (pendingSpace) {
                current.append(' ', text.offsetAt(i - 1));
                pendingSpace = false;
            }
            current.append(c, text.offsetAt(i));
        }
        return lines;
    }

    /**
     * The length of a line break written as an escape sequence at {@code i} ("\\r\\n", "\\n" or "\\r" as
     * backslash and letter, left by pages copied out of JSON strings), or 0. No document writes these
     * as text of its own.
     */
    private static int escapedLineBreak(MappedText text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != '\\') {
            return 0;
        }
        char letter = text.charAt(i + 1);
        if (letter == 'r' && i + 3 < text.length() && text.charAt(i + 2) == '\\' && text.charAt(i + 3) == 'n') {
            return 4;
        }
        return letter == 'n' || letter == 'r' ? 2 : 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u200B'
                || c == '\u3000' || c == '\f' || c == '\u000B' || (c >= '\u2000' && c <= '\u200A');
    }
}
