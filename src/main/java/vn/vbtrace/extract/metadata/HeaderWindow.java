package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines around a document's header, cut into its cells. A header is two columns (issuer and
 * number on the left; the national motto, place and date on the right) that web pages and PDFs
 * flatten in every way: cell by cell, one row per line with pipes, or all on one line. The window
 * starts a few lines above the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") wherever a portal's menus
 * and panels put it; without a motto it is the opening lines. Inside the window a line is cut before
 * and after the motto and the tagline, at separator rules and before "Số:".
 */
final class HeaderWindow {

    /** Lines above the motto that may hold the issuer block; lines below it that may hold the header. */
    private static final int ABOVE = 8;
    private static final int BELOW = 20;
    /** Without a motto: the opening lines. */
    private static final int OPENING = 25;
    /** How far down a page the motto is looked for (portal menus and panels come first). */
    private static final int MOTTO_SEARCH = 80;

    /**
     * The motto, also as PDFs mangle it ("CỘNG HÒA XàHỘI CHỦ NGHĨA VIÊT NAM"); not the State's name in a sentence or a
     * site's banner ("... NGÀY PHÁP LUẬT NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), which "nước" opens.
     */
    private static final Pattern MOTTO = Pattern.compile("(?iu)(?<!nước\\s)(?:CỘNG\\s*HÒA\\s*X\\p{L}{1,2}\\s*HỘI\\s*CHỦ\\s*NGHĨA\\s*VI\\p{L}{1,2}T"
            + "\\s*NAM|ĐẢNG\\s+CỘNG\\s+SẢN\\s+VIỆT\\s+NAM)");
    /** "Độc lập - Tự do - Hạnh phúc", its dashes sometimes lost. */
    private static final Pattern TAGLINE = Pattern.compile("(?iu)Độc\\s+lập\\s*[-–]?\\s*Tự[^\\n|]{0,16}?Hạnh\\s+phúc");
    /** Where a flattened header line is cut: a rule, or before "Số:". */
    private static final Pattern CUT = Pattern.compile("\\s*[-_=─*]{3,}\\s*|(?<=[\\s\\-|])(?=(?:Số|SỐ)\\s*:)");

    private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d{1,2}\\)\\s*");

    private final TextLines cells;
    private final int mottoCell;

    private HeaderWindow(TextLines cells, int mottoCell) {
        this.cells = cells;
        this.mottoCell = mottoCell;
    }

    static HeaderWindow of(TextLines lines) {
        int motto = -1;
        for (int i = 0; i < Math.min(lines.size(), MOTTO_SEARCH) && motto < 0; i++) {
            if (mayHoldMottoOrTagline(lines.get(i)) && MOTTO.matcher(lines.get(i)).find()) {
                motto = i;
            }
        }
        int from = motto < 0 ? 0 : Math.max(0, motto - ABOVE);
        int to = motto < 0 ? Math.min(lines.size(), OPENING) : Math.min(lines.size(), motto + BELOW);
        List<String> texts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int mottoCell = -1;
        for (int i = from; i < to; i++) {
            for (int[] piece : pieces(lines.get(i))) {
                String cell = lines.get(i).substring(piece[0], piece[1]);
                if (mottoCell < 0 && MOTTO.matcher(cell).matches()) {
                    mottoCell = texts.size();
                }
                texts.add(cell);
                starts.add(lines.starts().get(i) + piece[0]);
            }
        }
        return new HeaderWindow(TextLines.ofCells(texts, starts), mottoCell);
    }

    /** The line cut around the motto, the tagline, rules, "Số:" and "place, ngày", each piece stripped. */
    private static List<int[]> pieces(String line) {
        List<int[]> bounds = new ArrayList<>();
        bounds.add(new int[] {0, line.length()});
        if (mayHoldMottoOrTagline(line)) {
            bounds = cutAround(line, bounds, MOTTO);
            bounds = cutAround(line, bounds, TAGLINE);
        }
        List<int[]> pieces = new ArrayList<>();
        if (!mayBeCut(line)) {
            for (int[] bound : bounds) {
                add(line, bound[0], bound[1], pieces);
            }
            return pieces;
        }
        for (int[] bound : bounds) {
            Matcher cut = CUT.matcher(line).region(bound[0], bound[1]);
            cut.useTransparentBounds(true);
            int start = bound[0];
            while (cut.find()) {
                add(line, start, cut.start(), pieces);
                start = cut.end();
            }
            add(line, start, bound[1], pieces);
        }
        return pieces;
    }

    private static List<int[]> cutAround(String line, List<int[]> bounds, Pattern pattern) {
        List<int[]> out = new ArrayList<>();
        for (int[] bound : bounds) {
            Matcher m = pattern.matcher(line).region(bound[0], bound[1]);
            if (!m.find()) {
                out.add(bound);
                continue;
            }
            out.add(new int[] {bound[0], m.start()});
            out.add(new int[] {m.start(), m.end()});
            out.add(new int[] {m.end(), bound[1]});
        }
        return out;
    }

    /**
     * False when MOTTO and TAGLINE cannot match in the line: both hold an "Ộ" ("CỘNG", "Độc"), and under their
     * (?iu) only "Ộ" and "ộ" fold to it. Most header lines lack it, and the case-folding regexes are costly.
     */
    private static boolean mayHoldMottoOrTagline(String line) {
        return line.indexOf('ộ') >= 0 || line.indexOf('Ộ') >= 0;
    }

    /** False when CUT cannot match anywhere in the line: it needs a rule character or a "Số"/"SỐ" (case as written). */
    private static boolean mayBeCut(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("-_=─*".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return line.contains("Số") || line.contains("SỐ");
    }

    /** Adds [from, to) without the white space and stray table marks at its ends, unless nothing is left. */
    private static void add(String line, int from, int to, List<int[]> pieces) {
        int start = from;
        int end = to;
        while (start < end && (Character.isWhitespace(line.charAt(start)) || "|-–*".indexOf(line.charAt(start)) >= 0)) {
            start++;
        }
        Matcher footnote = FOOTNOTE.matcher(line).region(start, end);
        if (footnote.lookingAt()) {
            start = footnote.end(); // "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM": a PDF's footnote mark before the issuer
        }
        while (end > start && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == '|')) {
            end--;
        }
        if (end > start) {
            pieces.add(new int[] {start, end});
        }
    }

    TextLines cells() {
        return cells;
    }

    /** Index of the motto's cell, or -1 when the window has none. */
    int mottoCell() {
        return mottoCell;
    }

    static boolean isMotto(String cell) {
        return MOTTO.matcher(cell).matches() || TAGLINE.matcher(cell).matches();
    }
}
