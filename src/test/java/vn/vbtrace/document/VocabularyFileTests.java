package vn.vbtrace.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every vocabulary the code reads loads through the one loader, and no file in vocab/ is read some other way. */
class VocabularyFileTests {

    @ParameterizedTest
    @EnumSource(VocabularyFile.class)
    void everyVocabularyLoadsWithTheColumnsItDeclares(VocabularyFile file) {
        List<TsvRows.Row> rows = file.rows();

        assertThat(rows).isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row.cells()[0]).as(row.file() + ":" + row.line()).isNotBlank());
    }

    @Test
    void everyFileInTheVocabularyFolderIsDeclared() throws IOException {
        List<String> declared = Arrays.stream(VocabularyFile.values()).map(VocabularyFile::resource).sorted().toList();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vocab"))) {
            List<String> shipped = files.map(path -> "/vocab/" + path.getFileName()).sorted().toList();

            assertThat(declared).isEqualTo(shipped);
        }
    }

    @Test
    void documentTypesGiveTheirAbbreviations() {
        List<String[]> rows = VocabularyFile.DOCUMENT_TYPES.read();

        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Quyết định", "QĐ"));
    }
}
