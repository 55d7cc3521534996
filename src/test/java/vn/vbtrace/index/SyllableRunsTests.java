package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.bench.CorpusGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields indexed from {@link SyllableRuns} hold exactly what {@link VietnameseAnalyzers}' chains would have
 * put there: the same terms at the same positions, field by field (the index is then the same, and queries,
 * analysed by the chains, meet it as before).
 */
class SyllableRunsTests {

    private static final String[] FIELDS = {IndexFields.TEXT, IndexFields.TEXT_SHINGLES, IndexFields.TEXT_FOLDED,
            IndexFields.TEXT_FOLDED_SHINGLES, IndexFields.TEXT_WORDS, IndexFields.HEADINGS,
            IndexFields.HEADINGS_SHINGLES, IndexFields.HEADINGS_FOLDED, IndexFields.HEADINGS_FOLDED_SHINGLES};
    private static final Analyzer CHAINS = VietnameseAnalyzers.perField();

    /** Every char, and a run of them, folds as ASCIIFoldingFilter's own method folds it (the table is made from it). */
    @Test
    void theFoldingTableFoldsEveryCharAsTheFilterDoes() {
        char[] expected = new char[4];
        char[] actual = new char[4];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char[] in = {(char) c};
            int n = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(in, 0, expected, 0, 1);
            int m = SyllableRuns.fold(in, 0, actual, 0, 1);
            assertThat(new String(actual, 0, m)).as("U+%04X", c).isEqualTo(new String(expected, 0, n));
        }
        char[] text = "Ủy ban nhân dân tỉnh Bắc Kạn giao Sở Tài chính: Æsir ß ﬁ ⑴ đồng".toCharArray();
        char[] filtered = new char[text.length * 4];
        char[] tabled = new char[text.length * 4];
        int n = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(text, 2, filtered, 3, text.length - 2);
        int m = SyllableRuns.fold(text, 2, tabled, 3, text.length - 2);
        assertThat(new String(tabled, 0, m)).isEqualTo(new String(filtered, 0, n)).contains("ban nhan dan tinh Bac Kan giao So Tai chinh");
    }

    @Test
    void theCorpusTextsGiveTheChainsTokens() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path file : files.sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertSameTokens(texts);
    }

    @Test
    void everyAlqacArticleGivesTheChainsTokens() throws IOException {
        assertSameTokens(AlqacData.load().articles().stream().map(AlqacData.Article::text).toList());
    }

    @Test
    void generatedDocumentsGiveTheChainsTokens(@TempDir Path dir) throws IOException {
        CorpusGenerator.generate(60, dir, 7L, Path.of("src/test/resources/seeds"));
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(60);
        assertSameTokens(texts);
    }

    @Test
    void shortAndOddTextsGiveTheChainsTokens() {
        assertSameTokens(List.of("", " ", "Điều", "hợp đồng", "hợp đồng lao động", "HỢP ĐỒNG LAO ĐỘNG",
                "hop dong lao dong", "Ủy ban nhân dân tỉnh; Sở Tài chính, Sở Kế hoạch và Đầu tư.",
                "1852/QĐ-UBND ngày 20/10/2021 của UBND tỉnh", "ngân sách nhà nước NSNN 2025", "ǅ ǈ ß ﬁ æ Ø đ Đ",
                "a b c d e f g", "quyền và nghĩa vụ quyền và nghĩa vụ quyền và nghĩa vụ",
                "Kĩ thuật, quản lí, QUÍ, qui định, tỉ lệ, hi sinh, Mĩ; thi, khi, kim, quyết, y tế, ki-lô-mét"));
    }

    @Test
    void theWordsFieldKeepsTheListsWordsAtTheChainsPositions() {
        // A run kept after skipped ones moves on by the syllables in between; two kept at one syllable do not.
        String text = "người lao động và người sử dụng lao động ký hợp đồng lao động";
        assertThat(tokens(SyllableRuns.of(text).stream(IndexFields.TEXT_WORDS))).isEqualTo(
                tokens(CHAINS.tokenStream(IndexFields.TEXT_WORDS, text)));
        assertThat(tokens(SyllableRuns.of(text).stream(IndexFields.TEXT_WORDS))).containsExactly(
                "lao dong/+2", "su dung/+4", "lao dong/+2", "ky hop/+2", "hop dong/+1", "lao dong/+2");
    }

    @Test
    void aTokenTooLongForTheTokenizerLeavesTheTextToTheChains() {
        String text = "mở đầu " + "x".repeat(300) + " kết thúc";
        SyllableRuns runs = SyllableRuns.of(text);
        if (runs != null) { // the tokenizer cut it without skipping a position: then the tokens must agree
            for (String field : FIELDS) {
                assertThat(tokens(runs.stream(field))).as(field).isEqualTo(tokens(CHAINS.tokenStream(field, text)));
            }
        }
    }

    private static void assertSameTokens(List<String> texts) {
        int words = 0;
        for (String text : texts) {
            SyllableRuns runs = SyllableRuns.of(text);
            assertThat(runs).as("the syllables of a text the tokenizer cut without gaps").isNotNull();
            for (String field : FIELDS) {
                List<String> replayed = tokens(runs.stream(field));
                assertThat(replayed).as("%s of %.60s", field, text).isEqualTo(tokens(CHAINS.tokenStream(field, text)));
                if (field.equals(IndexFields.TEXT_WORDS)) {
                    words += replayed.size();
                }
            }
        }
        if (texts.stream().mapToInt(String::length).sum() > 10_000) {
            assertThat(words).as("learned words met in long texts").isGreaterThan(100);
        }
    }

    /** Each token as "term/+increment". */
    private static List<String> tokens(TokenStream stream) {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "/+" + increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }
}
