package vn.vbtrace.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a document that say what its parts are about: its title, its opening line when
 * short (an article or a notice opens with its heading), and the headings of its chapters,
 * sections and articles ("Điều 27. Cấp Giấy phép phân loại phim"). Indexed as their own fields,
 * so a query that names a part's subject ranks that part's document above one that only uses
 * the same words in passing (the title field of BM25F, for texts that carry no title field).
 */
final class Headings {

    /** An opening line (or a title) longer than this is running text, not a heading. */
    static final int MAX_HEADING = 200;
    /** A chapter, section or article marker, then the heading on the same line. */
    private static final Pattern HEADING = Pattern.compile("^[ \\t]*(?:(?:Chương|CHƯƠNG|Phần|PHẦN|Mục|MỤC)\\s+[IVXLCDM\\d]+\\s*[.:]?"
            + "|(?:Điều|ĐIỀU)\\s+\\d+[a-zđ]?\\s*[.:]?|[IVXLCDM]+\\s*[.:])[ \\t]+(\\S[^\\n]{0," + MAX_HEADING + "})$",
            Pattern.MULTILINE);

    private Headings() {
    }

    /** The first line of the text that is not blank, when it is short enough to be a heading. */
    static Optional<String> openingLine(String text) {
        return text.lines().filter(line -> !line.isBlank()).findFirst().map(String::strip)
                .filter(line -> line.length() <= MAX_HEADING);
    }

    static String of(String title, String text) {
        List<String> headings = new ArrayList<>();
        if (title != null) {
            headings.add(title);
        }
        openingLine(text).ifPresent(headings::add);
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            headings.add(heading.group(1).strip());
        }
        return String.join("\n", headings);
    }
}
