package vn.vbtrace.extract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.vocab.DocumentTypes;

/**
 * Type words in front of a number: a name in any case ("Quyết định số", "QUYẾT ĐỊNH SỐ",
 * "Thông tư liên tịch số") or an abbreviation ("QĐ 1322/QĐ-TTg").
 */
public final class TypeWords {

    /** A type word found before a number: its canonical name and where the word starts. */
    public record TypeWord(String type, int start) {
    }

    private final DocumentTypes types;
    private final Pattern beforeNumber;
    private final Pattern shortForm;
    private final Pattern backReference;
    /** The characters a type's name can start with: where a short form or a back-reference can begin. */
    private final QuickMatcher.Starts nameStarts;

    public TypeWords(DocumentTypes types) {
        this.types = types;
        List<String> names = new ArrayList<>();
        for (String name : types.namesLongestFirst()) {
            names.add(name.replace(" ", "\\s+"));
        }
        List<String> abbreviations = new ArrayList<>();
        types.abbreviations().forEach(abbreviations::add);
        abbreviations.sort((a, b) -> b.length() - a.length());
        String nameAlternatives = String.join("|", names);
        // tried at each of the 40 characters before every number: the first-letter test spares the alternation
        String nameOrAbbreviation = FirstLetters.of(types.namesLongestFirst(), abbreviations);
        // a word boundary, or a capital glued to the word before it by a page that lost the space ("tạiTờ trình số")
        this.beforeNumber = Pattern.compile(nameOrAbbreviation + "(?:(?<!\\p{L})|(?<=\\p{Ll})(?=\\p{Lu}))(?:(?<name>(?iu:" + nameAlternatives + "))|(?<abbr>"
                + String.join("|", abbreviations) + "))\\s*(?:(?iu:số)\\s*:?\\s*)?$");
        // each name's first word, as written: "Quyết", "Thông", "Nghị" ...
        this.nameStarts = QuickMatcher.Starts.words(types.namesLongestFirst().stream()
                .map(name -> name.indexOf(' ') < 0 ? name : name.substring(0, name.indexOf(' '))).toList());
        this.shortForm = Pattern.compile("(?<!\\p{L})(?<name>" + nameAlternatives
                + ")\\s+(?:số\\s+)?(?<serial>" + DocumentNumberFinder.SERIAL + ")(?![\\d/\\p{L}-])(?!\\s[-–]\\s\\p{Lu})"); // not "100 - KL/TW"
        this.backReference = Pattern.compile("(?<!\\p{L})(?<name>" + nameAlternatives
                + ")\\s+(?:nêu|đã nêu|nói)\\s+(?:ở\\s+)?trên(?!\\p{L})");
    }

    /** Back-references without a number ("Quyết định nêu trên"): the matcher over the whole text. */
    public QuickMatcher backReferences(String text) {
        return QuickMatcher.of(backReference, nameStarts, text);
    }

    /** The type word that ends right before {@code numberStart}, or null. */
    public TypeWord before(String text, int numberStart) {
        int from = Math.max(0, numberStart - 40);
        Matcher m = beforeNumber.matcher(text).region(from, numberStart);
        m.useTransparentBounds(true);
        if (!m.find()) {
            return null;
        }
        String type = m.group("name") != null ? types.byName(m.group("name")) : types.byAbbreviation(m.group("abbr"));
        return type == null ? null : new TypeWord(type, m.start());
    }

    /** Short forms with a serial only ("Quyết định 1322"): the matcher over the whole text. */
    public QuickMatcher shortForms(String text) {
        return QuickMatcher.of(shortForm, nameStarts, text);
    }

    public String canonical(String writtenName) {
        return types.byName(writtenName);
    }
}
