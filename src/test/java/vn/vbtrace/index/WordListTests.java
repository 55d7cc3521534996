package vn.vbtrace.index;

import vn.vbtrace.document.TextFold;
import org.junit.jupiter.api.Test;
import vn.vbtrace.TestCorpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 2: the word list the search ships (vocab/words.tsv) is exactly what
 * WordListLearner learns from the ALQAC 2023 law texts and the shipped corpus: text only, never
 * questions or their labels. {@code -Dwords.write=true} writes the file again.
 */
class WordListTests {

    static final Path SHIPPED = Path.of("src", "main", "resources", "vocab", "words.tsv");

    static List<String> learnedRows() throws IOException {
        WordListLearner learner = new WordListLearner();
        for (AlqacData.Article article : AlqacData.load().articles()) {
            learner.add(article.text());
        }
        for (Path file : TestCorpus.TEXTS) {
            learner.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        List<String> rows = new ArrayList<>();
        for (WordListLearner.Word word : learner.words()) {
            rows.add(String.format(Locale.ROOT, "%s\t%d\t%.3f", word.text(), word.count(), word.npmi()));
        }
        return rows;
    }

    @Test
    void theShippedListIsWhatTheLearnerMakesFromTheTexts() throws IOException {
        List<String> learned = learnedRows();
        if (Boolean.getBoolean("words.write")) {
            List<String> file = new ArrayList<>(List.of(
                    "# Multi-syllable words learned from text (issue 11, point 2): made by WordListLearner",
                    "# (src/test/java/vn/vbtrace/index), run by WordListTests with -Dwords.write=true, from the",
                    "# 2,131 articles of the ALQAC 2023 law corpus (../shared/alqac/law.json) and the five texts",
                    "# of corpus/. A run of 2-4 syllables inside one sentence part (no punctuation or number",
                    "# inside) is kept when it occurs at least " + WordListLearner.MIN_COUNT + " times and the lowest normalized",
                    "# pointwise mutual information over its cuts into two parts is at least " + WordListLearner.MIN_NPMI + ",",
                    "# unless a word one syllable longer holds it at least " + WordListLearner.FRAGMENT_SHARE
                            + " of the time (a fragment: \"an toàn xã\" of \"an toàn xã hội\").",
                    "# No question, answer or relevance label was read. WordListTests checks this file is",
                    "# what the learner makes. word<TAB>occurrences<TAB>lowest NPMI"));
            file.addAll(learned);
            Files.write(SHIPPED, file, StandardCharsets.UTF_8);
        }
        List<String> shipped = Files.readAllLines(SHIPPED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        assertThat(shipped).as("vocab/words.tsv against a fresh run of WordListLearner").isEqualTo(learned);
        // What the words field keeps: every word folded (two words may fold alike).
        assertThat(WordList.size()).isEqualTo(learned.stream()
                .map(row -> vn.vbtrace.document.TextFold.fold(row.substring(0, row.indexOf('\t')))).distinct().count());
    }

    @Test
    void legalTermsAreWordsAndBoundaryAccidentsAreNot() {
        assertThat(WordList.folded().contains("hop dong")).isTrue();
        assertThat(WordList.folded().contains("co so du lieu")).isTrue();
        assertThat(WordList.folded().contains("uy ban nhan dan")).isTrue();
        assertThat(WordList.folded().contains("nang luc hanh vi")).isTrue();
        assertThat(WordList.folded().contains("dong lao")).as("hợp đồng | lao động").isFalse();
    }
}
