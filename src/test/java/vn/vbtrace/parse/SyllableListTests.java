package vn.vbtrace.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.index.AlqacData;

/**
 * The syllable list the normalizer cuts glued words by (vocab/syllables.tsv) is exactly what the ALQAC 2023 law texts
 * and the shipped corpus write, counted: text only, never a question or a labelled opening. {@code
 * -Dsyllables.write=true} writes the file again.
 */
class SyllableListTests {

    static final Path SHIPPED = Path.of("src", "main", "resources", "vocab", "syllables.tsv");
    /** A word written fewer times may be a typo or a glued word itself. */
    static final int MIN_COUNT = 3;

    static List<String> countedRows() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (AlqacData.Article article : AlqacData.load().articles()) {
            count(article.text(), counts);
        }
        for (Path file : TestCorpus.TEXTS) {
            count(Files.readString(file, StandardCharsets.UTF_8), counts);
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= MIN_COUNT).toList());
        kept.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return kept.stream().map(entry -> entry.getKey() + "\t" + entry.getValue()).toList();
    }

    /** Each run of letters, lower-cased, after the normalizer's own NFC and tone-mark placement. */
    private static void count(String raw, Map<String, Integer> counts) {
        MappedText text = TextNormalizer.nfc(raw);
        ToneMarks.toTraditional(text);
        String written = text.toString();
        int i = 0;
        while (i < written.length()) {
            if (!Character.isLetter(written.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < written.length() && Character.isLetter(written.charAt(end))) {
                end++;
            }
            counts.merge(written.substring(i, end).toLowerCase(Locale.ROOT), 1, Integer::sum);
            i = end;
        }
    }

    @Test
    void theShippedListIsWhatTheTextsWrite() throws IOException {
        List<String> counted = countedRows();
        if (Boolean.getBoolean("syllables.write")) {
            List<String> file = new ArrayList<>(List.of(
                    "# The syllables (words between spaces and punctuation, lower-cased) the texts write, with how often:",
                    "# the 2,131 articles of the ALQAC 2023 law corpus (../shared/alqac/law.json) and the five texts of",
                    "# corpus/, after Unicode NFC and the normalizer's tone-mark placement; kept when written at least "
                            + MIN_COUNT + " times.",
                    "# GluedSyllables cuts a word a page glued together (\"bannhân\") into syllables of this list. Made by",
                    "# SyllableListTests with -Dsyllables.write=true, which checks this file is what the texts give.",
                    "# syllable<TAB>occurrences"));
            file.addAll(counted);
            Files.write(SHIPPED, file, StandardCharsets.UTF_8);
        }
        List<String> shipped = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        assertThat(shipped).as("vocab/syllables.tsv against a fresh count of the texts").isEqualTo(counted);
    }
}
