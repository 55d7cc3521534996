package vn.vbtrace.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What of a server's index the process maps into its memory, read from the kernel's own account of it. */
@EnabledOnOs(OS.LINUX)
class ServerIndexDirectoryTests {

    @TempDir
    Path dir;

    @Test
    void postingsAreMappedAndStoredDocumentsAreReadWithoutMappingTheirFile() throws IOException {
        try (Directory directory = new ServerIndexDirectory(dir)) {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setUseCompoundFile(false);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < 500; i++) {
                    Document document = new Document();
                    document.add(new TextField("text", "kế hoạch số " + i + " về chuyển đổi số", Field.Store.NO));
                    document.add(new StoredField("body", ("Sở Tài chính bố trí kinh phí thực hiện kế hoạch số " + i + ". ").repeat(40)));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new TermQuery(new Term("text", "hoạch")))).isEqualTo(500);
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    assertThat(reader.storedFields().document(doc).get("body")).contains("kế hoạch số " + doc + ".");
                }
                List<String> mapped = mappedFiles();
                assertThat(mapped).as("the postings, read in place").anyMatch(file -> file.endsWith(".doc"));
                assertThat(mapped).as("the stored fields, read by read calls").noneMatch(file -> file.endsWith(".fdt") || file.endsWith(".fdx"));
                try (var files = Files.list(dir)) {
                    assertThat(files.map(Path::toString)).as("the stored fields are in a file of their own").anyMatch(f -> f.endsWith(".fdt"));
                }
            }
        }
    }

    /** The files of this test's index that this process maps, as /proc/self/maps lists them. */
    private List<String> mappedFiles() throws IOException {
        String prefix = dir.toRealPath().toString();
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .filter(file -> file.startsWith(prefix)).distinct().toList();
    }
}
