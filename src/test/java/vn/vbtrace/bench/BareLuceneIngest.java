package vn.vbtrace.bench;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline of the scale benchmark, run as its own JVM beside vbtrace's ingest of the same files: what a
 * user could do with Lucene alone. Every text file under a folder, StandardAnalyzer, one field, one commit at the
 * end, on disk: {@code BareLuceneIngest DOCS_DIR INDEX_DIR}.
 */
public final class BareLuceneIngest {

    private BareLuceneIngest() {
    }

    public static void main(String[] args) throws IOException {
        Path docs = Path.of(args[0]);
        Path index = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docs)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long started = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (Path file : files) {
                Document doc = new Document();
                doc.add(new KeywordField("path", docs.relativize(file).toString(), Field.Store.YES));
                doc.add(new TextField("text", Files.readString(file, StandardCharsets.UTF_8), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
        }
        System.out.printf("bare Lucene: %d documents in %d ms%n", files.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
