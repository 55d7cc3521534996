package vn.vbtrace.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Originals kept on disk: text compressed, read back and sized as the user's file, not as the stored copy. */
class OriginalFilesTests {

    @TempDir
    Path dir;

    @Test
    void aCompressedTextIsReadBackByteForByteAndSizedAsTheOriginal() throws Exception {
        OriginalFiles files = new OriginalFiles(dir);
        byte[] text = "Căn cứ Quyết định số 1322/QĐ-TTg ngày 21/5/2010 của Thủ tướng Chính phủ;\n".repeat(400)
                .getBytes(StandardCharsets.UTF_8);
        String stored = files.store("ab12cd", "txt", text);

        assertThat(stored).isEqualTo("ab/ab12cd.txt.gz");
        assertThat(Files.size(dir.resolve(stored))).isLessThan(text.length / 10);
        assertThat(files.read(stored)).isEqualTo(text);
        assertThat(files.size(stored)).isEqualTo(text.length);
    }

    @Test
    void aPdfIsKeptAsItIsAndAMissingFileHasNoSize() {
        OriginalFiles files = new OriginalFiles(dir);
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 1, 2, 3};
        String stored = files.store("ef34", "pdf", pdf);

        assertThat(stored).isEqualTo("ef/ef34.pdf");
        assertThat(files.size(stored)).isEqualTo(pdf.length);
        assertThat(files.size("zz/zz99.txt.gz")).isEqualTo(-1);
    }
}
