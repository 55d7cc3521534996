package vn.vbtrace.index;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 4, point 4: the clause a place in a document lies in, named as a reader cites it
 * ("Điều 3, khoản 2", "Mục IV, khoản 4, điểm a"), from the markers that open a line: a
 * chapter, a section ("Mục 2", or a Roman numeral heading in a plan), an article, a numbered
 * item (khoản) and a lettered one (điểm). Scanned from the top, since the markers nest.
 */
final class Clauses {

    /** A named clause and where its marker stands in the normalized text. */
    record Clause(String name, int start) {
    }

    private static final int PART = 0;
    private static final int SECTION = 1;
    private static final int ARTICLE = 2;
    private static final int ITEM = 3;
    private static final int POINT = 4;

    /**
     * One marker at a line start. Case-sensitive on purpose: a lower-case "i)" is a point, an
     * upper-case "I." a section. "Điều" may stand alone with its number on the next line, as
     * PDF conversions often leave it; the match then takes both lines, so the number is not
     * read again as an item.
     */
    private static final Pattern MARKER = Pattern.compile("^[ \\t]*(?:"
            + "(?:Chương|CHƯƠNG|Phần|PHẦN)\\s+(?<part>[IVXLCDM]+|\\d+)(?![\\p{L}\\d])"
            + "|(?:Điều|ĐIỀU)\\s+(?<article>\\d+[a-zđ]?)\\s*[.:]"
            + "|(?:Mục|MỤC)\\s+(?<section>[IVXLCDM]+|\\d+)(?![\\p{L}\\d])"
            + "|(?<roman>[IVXLCDM]+)\\s*[.:)](?=\\s|$)"
            + "|(?<item>\\d{1,2}(?:\\.\\d{1,2})*)\\s*[.)](?=\\s|$)"
            + "|(?<point>[a-zđ])\\s*\\)(?=\\s|$))", Pattern.MULTILINE);

    private Clauses() {
    }

    /** The innermost clause open at {@code offset}, with the clauses around it; empty before the first marker. */
    static Optional<Clause> at(String text, int offset) {
        String[] names = new String[POINT + 1];
        int[] starts = new int[POINT + 1];
        Matcher marker = MARKER.matcher(text);
        // The marker is tried at each line start rather than found by find(), which tries its "^" at every character
        // of the text (13 KB a document, ten documents a page of hits). The same matches, in the same order: a marker
        // spanning two lines ("Điều" and its number) is passed over as find() would.
        for (int line = 0; line >= 0 && line <= offset; line = nextLineStart(text, line)) {
            marker.region(line, text.length());
            if (!marker.lookingAt()) {
                continue;
            }
            int level;
            String name;
            if (marker.group("part") != null) {
                level = PART;
                name = (marker.group().strip().startsWith("P") ? "Phần " : "Chương ") + marker.group("part");
            } else if (marker.group("article") != null) {
                level = ARTICLE;
                name = "Điều " + marker.group("article");
            } else if (marker.group("section") != null) {
                level = SECTION;
                name = "Mục " + marker.group("section");
            } else if (marker.group("roman") != null) {
                level = SECTION;
                name = "Mục " + marker.group("roman");
            } else if (marker.group("item") != null) {
                level = ITEM;
                name = "khoản " + marker.group("item");
            } else {
                level = POINT;
                name = "điểm " + marker.group("point");
            }
            names[level] = name;
            starts[level] = marker.start() + (marker.group().length() - marker.group().stripLeading().length());
            for (int deeper = level + 1; deeper <= POINT; deeper++) {
                names[deeper] = null;
            }
            // The next marker starts at a line start after this one's end (which is never a line terminator).
            line = marker.end() - 1;
        }
        // An article number is unique in its document, so the chapter and section above it add nothing.
        int from = names[ARTICLE] != null ? ARTICLE : PART;
        StringBuilder name = new StringBuilder();
        int start = -1;
        for (int level = from; level <= POINT; level++) {
            if (names[level] != null) {
                name.append(name.isEmpty() ? "" : ", ").append(names[level]);
                start = starts[level];
            }
        }
        return start < 0 ? Optional.empty() : Optional.of(new Clause(name.toString(), start));
    }

    /**
     * Where the line after the one holding {@code at} starts, -1 when there is none: after a line terminator as
     * {@link Pattern#MULTILINE} reads them ("\r\n" as one), never at the end of the text.
     */
    private static int nextLineStart(String text, int at) {
        for (int c = at; c < text.length(); c++) {
            char ch = text.charAt(c);
            if (ch == '\n' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029'
                    || ch == '\r' && (c + 1 == text.length() || text.charAt(c + 1) != '\n')) {
                return c + 1 < text.length() ? c + 1 : -1;
            }
        }
        return -1;
    }
}
