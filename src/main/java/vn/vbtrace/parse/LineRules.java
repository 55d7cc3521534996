package vn.vbtrace.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    private static final String RESOURCE = "/vocab/line-joining.tsv";

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
        try (InputStream in = LineRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                String value = cells[1].strip();
                switch (cells[0]) {
                    case "unfinished" -> rules.unfinishedWords.add(value.toLowerCase(Locale.ROOT));
                    case "number-word" -> rules.numberWords.add(value.toLowerCase(Locale.ROOT));
                    case "item" -> rules.itemStarts.add(Pattern.compile(value));
                    case "heading" -> rules.standaloneHeadings.add(value);
                    case "signature" -> rules.signatureStarts.add(value);
                    case "authority" -> rules.authorityStarts.add(value);
                    case "basis" -> rules.basisOpenings.add(value);
                    default -> throw new IllegalStateException("unknown kind in " + RESOURCE + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
