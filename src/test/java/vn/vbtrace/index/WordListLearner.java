package vn.vbtrace.index;

import vn.vbtrace.parse.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tool that made {@code src/main/resources/vocab/words.tsv}: multi-syllable words learned
 * from plain text, with no labels and no hand-made list. A run of two to four syllables is a
 * word when it occurs at least {@link #MIN_COUNT} times and, however it is cut in two, its two
 * parts occur together far more often than chance would have them (the lowest normalized
 * pointwise mutual information over its cuts is at least {@link #MIN_NPMI}). Runs never cross
 * punctuation, a line end or a number. WordListTests runs it again on the same texts and checks
 * the shipped file is what it makes; {@code -Dwords.write=true} writes the file.
 */
final class WordListLearner {

    static final int MIN_COUNT = 5;
    static final double MIN_NPMI = 0.5;
    /**
     * A run that stands inside one longer word at least this share of the times it occurs is a
     * fragment of that word, not a word ("an toàn xã" of "an toàn xã hội"), and is dropped.
     */
    static final double FRAGMENT_SHARE = 0.8;
    /** Runs of letters and spaces only: what lies between two of these cannot be one word. */
    private static final Pattern SEGMENT = Pattern.compile("[^\\p{L} ]+");

    record Word(String text, int count, double npmi) {
    }

    private final Map<String, Integer> counts = new HashMap<>();
    private long syllables;

    void add(String text) {
        String normalized = TextNormalizer.normalize(text).text().toLowerCase(Locale.ROOT);
        for (String segment : SEGMENT.split(normalized)) {
            String[] run = segment.strip().split(" +");
            if (run.length == 0 || run[0].isEmpty()) {
                continue;
            }
            syllables += run.length;
            for (int from = 0; from < run.length; from++) {
                StringBuilder gram = new StringBuilder();
                for (int n = 1; n <= WordList.MAX_SYLLABLES && from + n <= run.length; n++) {
                    gram.append(n == 1 ? "" : " ").append(run[from + n - 1]);
                    counts.merge(gram.toString(), 1, Integer::sum);
                }
            }
        }
    }

    List<Word> words() {
        Map<String, Word> candidates = new HashMap<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String[] parts = entry.getKey().split(" ");
            if (parts.length < 2 || entry.getValue() < MIN_COUNT) {
                continue;
            }
            double npmi = lowestNpmi(parts, entry.getValue());
            if (npmi >= MIN_NPMI) {
                candidates.put(entry.getKey(), new Word(entry.getKey(), entry.getValue(), npmi));
            }
        }
        java.util.Set<String> fragments = new java.util.HashSet<>();
        for (Word longer : candidates.values()) {
            String gram = longer.text();
            if (gram.indexOf(' ') == gram.lastIndexOf(' ')) {
                continue; // two syllables: no shorter word inside
            }
            for (String part : new String[] {gram.substring(gram.indexOf(' ') + 1), gram.substring(0, gram.lastIndexOf(' '))}) {
                if (longer.count() >= FRAGMENT_SHARE * counts.get(part)) {
                    fragments.add(part);
                }
            }
        }
        List<Word> words = new ArrayList<>();
        candidates.values().stream().filter(word -> !fragments.contains(word.text())).forEach(words::add);
        words.sort(Comparator.comparing(Word::text));
        return words;
    }

    private double lowestNpmi(String[] parts, int together) {
        double pTogether = together / (double) syllables;
        double lowest = 1;
        for (int cut = 1; cut < parts.length; cut++) {
            double pLeft = counts.get(String.join(" ", java.util.Arrays.copyOfRange(parts, 0, cut))) / (double) syllables;
            double pRight = counts.get(String.join(" ", java.util.Arrays.copyOfRange(parts, cut, parts.length))) / (double) syllables;
            lowest = Math.min(lowest, Math.log(pTogether / (pLeft * pRight)) / -Math.log(pTogether));
        }
        return lowest;
    }
}
