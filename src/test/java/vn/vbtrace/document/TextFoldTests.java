package vn.vbtrace.document;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TextFold#fold} folds char by char where it can: the same strings as folding by decomposition, on every char
 * of the ranges it folds that way, on every text the project holds and on random mixes of those chars with others.
 */
class TextFoldTests {

    @Test
    void foldsWhatStaffTypeAlike() {
        assertThat(TextFold.fold("Sở Tài chính")).isEqualTo("so tai chinh");
        assertThat(TextFold.fold("ĐẮK LẮK, Đồng Tháp")).isEqualTo("dak lak, dong thap");
        // Decomposed as some editors write it: e, then the circumflex and the acute as marks.
        assertThat(TextFold.fold("Tie\u0302\u0301ng Vie\u0323\u0302t")).isEqualTo("tieng viet");
        assertThat(TextFold.fold("1852/QĐ-UBND ngày 14/10/2020 – 5.000.000 ₫")).isEqualTo("1852/qd-ubnd ngay 14/10/2020 – 5.000.000 ₫");
        assertThat(TextFold.fold("ΟΔΟΣ Sở")).isEqualTo("οδος so");
    }

    @Test
    void everyCharOfItsRangesFoldsAloneAsDecomposed() {
        for (char[] range : TextFold.ALONE_RANGES) {
            for (char c = range[0]; c <= range[1]; c++) {
                String one = String.valueOf(c);
                assertThat(TextFold.fold(one)).as("U+%04X", (int) c).isEqualTo(TextFold.foldDecomposing(one));
            }
        }
    }

    @Test
    void everyTextOfTheProjectFoldsAsDecomposed() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("corpus")), Files.walk(Path.of("src/test/resources")))) {
            texts = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".json") || p.toString().endsWith(".tsv"))
                    .toList();
        }
        assertThat(texts).hasSizeGreaterThan(100);
        long chars = 0;
        for (Path path : texts) {
            for (String line : Files.readAllLines(path)) {
                assertThat(TextFold.fold(line)).as(path + ": " + line).isEqualTo(TextFold.foldDecomposing(line));
                chars += line.length();
            }
        }
        assertThat(chars).isGreaterThan(1_000_000);
    }

    @Test
    void randomMixesFoldAsDecomposed() {
        Random random = new Random(20261207);
        // The folded ranges, with Greek (its final sigma lowers by context), Cyrillic, CJK and a surrogate pair mixed in.
        char[] others = {'Σ', 'σ', 'Ω', 'Ж', '中', '\uD83D', '\uDE00', 'ﬁ', 'Å', 'K'};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                if (n % 2 == 1 && random.nextInt(10) == 0) {
                    text.append(others[random.nextInt(others.length)]);
                } else {
                    char[] range = TextFold.ALONE_RANGES[random.nextInt(TextFold.ALONE_RANGES.length)];
                    text.append((char) (range[0] + random.nextInt(range[1] - range[0] + 1)));
                }
            }
            String mix = text.toString();
            assertThat(TextFold.fold(mix)).as(mix.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString())
                    .isEqualTo(TextFold.foldDecomposing(mix));
        }
    }
}
