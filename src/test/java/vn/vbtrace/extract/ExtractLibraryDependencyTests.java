package vn.vbtrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extraction library stays plain Java: no Spring, Lucene or Neo4j class is referenced. */
class ExtractLibraryDependencyTests {

    @Test
    void noCompiledExtractClassReferencesAFramework() throws IOException, URISyntaxException {
        Path root = Path.of(Extractor.class.getResource("Extractor.class").toURI()).getParent();
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        assertThat(classes).hasSizeGreaterThan(20);
        for (Path file : classes) {
            // class references sit in the constant pool as UTF-8 names such as "org/springframework/..."
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(constants).as(file.getFileName().toString())
                    .doesNotContain("org/springframework", "org/apache/lucene", "org/neo4j");
        }
    }
}
