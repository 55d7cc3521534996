package vn.vbtrace.extract.metadata;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The words of a header and an opening ({@code vocab/header-words.tsv}): body openings, formulas, number lead-ins. */
final class HeaderWords {

    final List<String> openings = new ArrayList<>();
    final Map<String, String> formulas = new LinkedHashMap<>();
    final Map<String, String> letters = new LinkedHashMap<>();
    final Pattern numberLeadIn;

    private HeaderWords(List<TsvRows.Row> rows) {
        List<String> leadIns = new ArrayList<>();
        List<String> notNumbers = new ArrayList<>();
        for (TsvRows.Row line : rows) {
            String[] row = line.cells();
            switch (row[0]) {
                case "opening" -> openings.add(row[1]);
                case "formula" -> formulas.put(row[1], row[2]);
                case "letter" -> letters.put(row[1], row[2]);
                case "number" -> leadIns.add(Pattern.quote(row[1]));
                case "not-number" -> notNumbers.add(row[1].replace(" ", "\\s+"));
                default -> throw line.fail("unknown header-words kind: " + row[0]);
            }
        }
        // "Số: 1852/QĐ-UBND", "SỐ:1852", "Số 12/2020/TT-BTC", "Số :" alone (the number on the next line)
        this.numberLeadIn = Pattern.compile("^(?iu:" + String.join("|", leadIns) + ")(?!\\s*(?iu:"
                + String.join("|", notNumbers) + ")(?!\\p{L}))(?!\\p{L})\\s*[:.]?\\s*");
    }

    static final HeaderWords WORDS = new HeaderWords(VocabularyFile.HEADER_WORDS.rows());

    boolean opensBody(String line) {
        for (String opening : openings) {
            if (line.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }
}
