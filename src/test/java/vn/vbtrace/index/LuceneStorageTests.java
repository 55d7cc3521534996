package vn.vbtrace.index;

import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.ingest.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the two Lucene indexes of a data folder store their fields: the documents' text and extraction deflated (the
 * larger part of the folder), the duty clauses LZ4'd (an answer reads dozens of them); and the documents' ids read
 * back from doc values rather than stored fields, deleted documents left out. A command line reads the files through
 * read calls, a server maps them ({@link IndexFileAccess}): the same files either way.
 */
class LuceneStorageTests {

    @TempDir
    Path dir;
    private final Pipeline pipeline = new Pipeline();

    @Test
    void theDocumentsAreStoredDeflatedTheDutyClausesLz4() throws Exception {
        List<IngestedDocument> corpus = corpus();
        LuceneSearchIndex index = LuceneSearchIndex.openWritable(dir.resolve("index"));
        LuceneTaskIndex tasks = LuceneTaskIndex.openWritable(dir.resolve("tasks"));
        try (SearchIndex.Batch batch = index.beginBatch(); TaskIndex.Batch taskBatch = tasks.beginBatch()) {
            corpus.forEach(batch::put);
            corpus.forEach(taskBatch::put);
            batch.commit();
            taskBatch.commit();
        }
        IngestedDocument plan = corpus.stream().filter(d -> "1852/QĐ-UBND".equals(d.metadata().number())).findFirst().orElseThrow();
        assertThat(index.get(plan.id()).orElseThrow().text()).isEqualTo(plan.text());
        index.close();
        tasks.close();

        assertThat(storedFieldModes(dir.resolve("index"))).containsOnly("BEST_COMPRESSION");
        assertThat(storedFieldModes(dir.resolve("tasks"))).containsOnly("BEST_SPEED");
    }

    @Test
    void theIdsAreEveryLiveDocument() throws Exception {
        List<IngestedDocument> corpus = corpus();
        LuceneSearchIndex index = LuceneSearchIndex.openWritable(dir.resolve("index"));
        try {
            try (SearchIndex.Batch batch = index.beginBatch()) {
                corpus.forEach(batch::put);
                batch.commit();
            }
            String deleted = corpus.getFirst().id();
            try (SearchIndex.Batch batch = index.beginBatch()) {
                batch.delete(deleted);
                batch.commit();
            }
            assertThat(index.ids()).hasSize(corpus.size() - 1).doesNotContain(deleted)
                    .containsAll(corpus.subList(1, corpus.size()).stream().map(IngestedDocument::id).toList());
        } finally {
            index.close();
        }
    }

    @Test
    void anIndexWrittenThroughReadCallsIsTheOneAServerMaps() throws Exception {
        List<IngestedDocument> corpus = corpus();
        IngestedDocument plan = corpus.stream().filter(d -> "1852/QĐ-UBND".equals(d.metadata().number())).findFirst().orElseThrow();
        LuceneSearchIndex written = LuceneSearchIndex.openWritable(dir.resolve("index"), IndexFileAccess.READ_CALLS);
        try (SearchIndex.Batch batch = written.beginBatch()) {
            corpus.forEach(batch::put);
            batch.commit();
        }
        assertThat(written.get(plan.id()).orElseThrow().text()).isEqualTo(plan.text());
        written.close();

        LuceneSearchIndex served = LuceneSearchIndex.openWritable(dir.resolve("index"), IndexFileAccess.MAPPED);
        try {
            assertThat(served.ids()).containsExactlyInAnyOrderElementsOf(corpus.stream().map(IngestedDocument::id).toList());
            assertThat(served.get(plan.id()).orElseThrow().number()).isEqualTo("1852/QĐ-UBND");
        } finally {
            served.close();
        }
    }

    /**
     * A server rehearses an upload after its start (so that the first real one does not load Lucene's indexing code
     * while its user waits): the plan goes into empty copies in memory, and the indexes on disk, their files and what
     * they answer stay as they were; the plan uploaded for real afterwards is indexed as any other.
     */
    @Test
    void anUploadRehearsedLeavesBothIndexesAsTheyWere() throws Exception {
        List<IngestedDocument> corpus = corpus();
        IngestedDocument plan = corpus.stream().filter(d -> "1852/QĐ-UBND".equals(d.metadata().number())).findFirst().orElseThrow();
        List<IngestedDocument> others = corpus.stream().filter(d -> d != plan).toList();
        LuceneSearchIndex index = LuceneSearchIndex.openWritable(dir.resolve("index"));
        LuceneTaskIndex tasks = LuceneTaskIndex.openWritable(dir.resolve("tasks"));
        try {
            index.putAll(others);
            try (TaskIndex.Batch batch = tasks.beginBatch()) {
                others.forEach(batch::put);
                batch.commit();
            }
            int clauses = tasks.count();
            List<String> files = filesOf(dir);

            index.rehearse(plan);
            tasks.rehearse(plan);

            assertThat(filesOf(dir)).isEqualTo(files);
            assertThat(index.count()).isEqualTo(others.size());
            assertThat(index.get(plan.id())).isEmpty();
            assertThat(tasks.count()).isEqualTo(clauses);

            index.put(plan);
            try (TaskIndex.Batch batch = tasks.beginBatch()) {
                batch.put(plan);
                batch.commit();
            }
            assertThat(index.get(plan.id()).orElseThrow().number()).isEqualTo("1852/QĐ-UBND");
            assertThat(tasks.count()).isGreaterThan(clauses);
        } finally {
            index.close();
            tasks.close();
        }
    }

    /** Every file under the folder with its size and last change. */
    private static List<String> filesOf(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().map(file -> {
                try {
                    return folder.relativize(file) + " " + Files.size(file) + " "
                            + Files.getLastModifiedTime(file).toMillis();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private List<IngestedDocument> corpus() throws Exception {
        List<IngestedDocument> docs = new ArrayList<>();
        for (Path file : TestCorpus.TEXTS) {
            docs.add(pipeline.process(file.getFileName().toString(), TestCorpus.bytes(file), file.toString()));
        }
        return docs;
    }

    private static List<String> storedFieldModes(Path index) throws Exception {
        try (FSDirectory directory = FSDirectory.open(index)) {
            List<String> modes = new ArrayList<>();
            for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
                modes.add(segment.info.getAttribute(Lucene90StoredFieldsFormat.MODE_KEY));
            }
            assertThat(modes).isNotEmpty();
            return modes;
        }
    }
}
