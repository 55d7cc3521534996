package vn.vbtrace.extract.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.token.NumberTokens;
import vn.vbtrace.extract.vocab.DocumentTypes;

/**
 * The header's own number and its place and date, read from the cells of the header window.
 * The number follows its lead-in "Số:" in the same cell, or alone in the next cell when a layout
 * put it on a line of its own; a draft's "Số: /TTr-VPCP" has none. The place and date are one cell:
 * "Bắc Kạn, ngày 14 tháng 10 năm 2020".
 */
record Header(String number, int numberStart, int numberEnd, String place, LocalDate date, int dateStart,
              int dateEnd, int firstFieldCell) {

    /**
     * "Bắc Kạn, ngày 14 tháng 10 năm 2020", "Thành phố Hồ Chí Minh, ngày ...", also after the number in one
     * flattened cell ("Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013"): capitalized words before ", ngày";
     * or a city's district or ward known by its number ("Quận 8, ngày 08 tháng 08 năm 2006"); a space a page left
     * before the comma ("Tĩnh , ngày 03 tháng 3 năm 2017").
     */
    private static final Pattern PLACE_DATE = Pattern.compile("(?<![\\p{L}\\d])((?:(?iu:thành\\s+phố|tp\\.)\\s*)?"
            + "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,4}|(?iu:quận|phường)\\s+\\d{1,2})[ \\t]*,\\s*((?iu:ngày).*)$");

    static Header read(HeaderWindow window, List<NumberToken> tokens, DocumentTypes types) {
        TextLines cells = window.cells();
        String number = null;
        int numberStart = -1;
        int numberEnd = -1;
        String place = null;
        LocalDate date = null;
        int dateStart = -1;
        int dateEnd = -1;
        int firstField = cells.size();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (HeaderWords.WORDS.opensBody(cell) || TextLines.isAllCaps(cell) && types.byName(cell) != null) {
                firstField = Math.min(firstField, i);
            }
            Matcher leadIn = HeaderWords.WORDS.numberLeadIn.matcher(cell);
            if (number == null && leadIn.lookingAt()) {
                firstField = Math.min(firstField, i);
                NumberToken token = leadIn.end() < cell.length()
                        ? NumberTokens.startingAt(tokens, cells.starts().get(i) + leadIn.end())
                        : nextCellNumber(cells, i + 1, tokens);
                if (token != null) {
                    number = token.number();
                    numberStart = cells.starts().get(i);
                    numberEnd = token.end();
                }
            }
            Matcher placeDate = PLACE_DATE.matcher(cell);
            if (date == null && placeDate.find()) {
                String rest = placeDate.group(2);
                DateToken token = DateFinder.first(rest, 0, rest.length());
                if (token != null && token.start() == 0) {
                    firstField = Math.min(firstField, i);
                    place = placeDate.group(1).strip();
                    date = token.date();
                    dateStart = cells.starts().get(i);
                    dateEnd = dateStart + placeDate.start(2) + token.end();
                }
            }
        }
        return new Header(number, numberStart, numberEnd, place, date, dateStart, dateEnd, firstField);
    }

    /** "Số:" alone: the number that opens the next non-blank cell, or null. */
    private static NumberToken nextCellNumber(TextLines cells, int from, List<NumberToken> tokens) {
        int next = cells.nextNonBlank(from);
        return next < cells.size() ? NumberTokens.startingAt(tokens, cells.starts().get(next)) : null;
    }
}
