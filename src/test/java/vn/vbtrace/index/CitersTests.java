package vn.vbtrace.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The citers of a document in the order of their day, ties by id, as one search sorted by both would give them,
 * whatever order the citers were written in (by date, as an archive is often loaded, or shuffled) and however many
 * share a day or have none.
 */
class CitersTests {

    private static final String CITED = "qd-1852-2023";

    @TempDir
    Path dir;

    @Test
    void theFirstCitersAreThoseASortByDayThenIdGivesInBothOrders() throws Exception {
        Random random = new Random(11);
        List<Citer> citers = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            // 40 days for 1,500 citers: dozens share each day; one in ten gives no date.
            LocalDate day = random.nextInt(10) == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(40));
            citers.add(new Citer("doc-" + Integer.toString(random.nextInt(1_000_000), 36) + "-" + i, day));
        }
        citers.sort((a, b) -> a.day() == null ? (b.day() == null ? 0 : 1) : b.day() == null ? -1 : a.day().compareTo(b.day()));
        assertSameAsOneSort(citers, "by date");
        Collections.shuffle(citers, random);
        assertSameAsOneSort(citers, "shuffled");
    }

    @Test
    void whenFewerCiteThanAskedEveryCiterComesInOrder() throws Exception {
        List<Citer> citers = List.of(new Citer("b", LocalDate.of(2021, 5, 1)), new Citer("a", LocalDate.of(2021, 5, 1)),
                new Citer("c", null), new Citer("d", LocalDate.of(2019, 1, 2)));
        try (var writer = new IndexWriter(FSDirectory.open(dir.resolve("few")), new IndexWriterConfig())) {
            index(writer, citers);
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(dir.resolve("few")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(Citers.first(searcher, Citers.of(CITED), 10, Citers.Order.OLDEST_FIRST)).containsExactly("d", "a", "b", "c");
            assertThat(Citers.first(searcher, Citers.of(CITED), 10, Citers.Order.NEWEST_FIRST)).containsExactly("c", "a", "b", "d");
            assertThat(Citers.first(searcher, Citers.of(CITED), 2, Citers.Order.NEWEST_FIRST)).containsExactly("c", "a");
            assertThat(Citers.first(searcher, Citers.of(CITED), 3, Citers.Order.OLDEST_FIRST)).containsExactly("d", "a", "b");
        }
    }

    private void assertSameAsOneSort(List<Citer> citers, String name) throws Exception {
        Path path = dir.resolve(name.replace(' ', '-'));
        try (var writer = new IndexWriter(FSDirectory.open(path), new IndexWriterConfig().setMaxBufferedDocs(100))) {
            // Several segments, as an ingest in batches leaves them.
            for (int from = 0; from < citers.size(); from += 300) {
                index(writer, citers.subList(from, Math.min(citers.size(), from + 300)));
                writer.commit();
            }
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(path))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            for (Citers.Order order : Citers.Order.values()) {
                for (int n : new int[] {1, 5, 37, 200, 1499, 1500, 2000}) {
                    assertThat(Citers.first(searcher, Citers.of(CITED), n, order))
                            .as("%s, %s, first %d", name, order, n)
                            .isEqualTo(oneSort(searcher, n, order == Citers.Order.NEWEST_FIRST));
                }
            }
        }
    }

    /** What a single search sorted by day (no date where the graph puts a missing value) then id returns. */
    private static List<String> oneSort(IndexSearcher searcher, int n, boolean newestFirst) throws Exception {
        SortField day = new SortField(IndexFields.ISSUED_DAY, SortField.Type.LONG, newestFirst);
        day.setMissingValue(Long.MAX_VALUE);
        ScoreDoc[] hits = searcher.search(Citers.of(CITED), n, new Sort(day, new SortedSetSortField(IndexFields.ID, false))).scoreDocs;
        return DocumentIds.of(searcher.getIndexReader(), Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray());
    }

    private static void index(IndexWriter writer, List<Citer> citers) throws Exception {
        for (Citer citer : citers) {
            Document doc = new Document();
            doc.add(new KeywordField(IndexFields.ID, citer.id(), Field.Store.NO));
            doc.add(new StringField(IndexFields.CITED_FIRST, LuceneDocuments.citedOn(CITED, citer.day()), Field.Store.NO));
            if (citer.day() != null) {
                doc.add(new NumericDocValuesField(IndexFields.ISSUED_DAY, citer.day().toEpochDay()));
            }
            writer.addDocument(doc);
        }
        // A document citing another one, which no answer may include.
        Document other = new Document();
        other.add(new KeywordField(IndexFields.ID, "unrelated", Field.Store.NO));
        other.add(new StringField(IndexFields.CITED_FIRST, LuceneDocuments.citedOn("qd-9-2020", null), Field.Store.NO));
        writer.addDocument(other);
    }

    private record Citer(String id, LocalDate day) {
    }
}
