package vn.vbtrace.parse;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists that decide whether two lines belong together, read from
 * {@code vocab/line-joining.tsv}: words that cannot end a phrase, patterns that start a
 * new item, headings that stand alone, and lines that open a signature block.
 */
final class LineRules {

    final Set<String> unfinishedWords = new HashSet<>();
    final Set<String> numberWords = new HashSet<>();
    final List<Pattern> itemStarts = new ArrayList<>();
    final Set<String> standaloneHeadings = new HashSet<>();
    final List<String> signatureStarts = new ArrayList<>();
    final List<String> authorityStarts = new ArrayList<>();
    final List<String> basisOpenings = new ArrayList<>();

    static final LineRules DEFAULT = load();

    private static LineRules load() {
        LineRules rules = new LineRules();
        for (TsvRows.Row row : VocabularyFile.LINE_JOINING.rows()) {
            String kind = row.cells()[0];
            String value = row.cells()[1];
            switch (kind) {
                case "unfinished" -> rules.unfinishedWords.add(value.toLowerCase(Locale.ROOT));
                case "number-word" -> rules.numberWords.add(value.toLowerCase(Locale.ROOT));
                // Unicode classes: since Java 19 "\\b" is ASCII's unless asked, and "^Căn cứ\\b" never matched
                case "item" -> rules.itemStarts.add(Pattern.compile(value, Pattern.UNICODE_CHARACTER_CLASS));
                case "heading" -> rules.standaloneHeadings.add(value);
                case "signature" -> rules.signatureStarts.add(value);
                case "authority" -> rules.authorityStarts.add(value);
                case "basis" -> rules.basisOpenings.add(value);
                default -> throw row.fail("unknown line-joining kind: " + kind);
            }
        }
        return rules;
    }
}
