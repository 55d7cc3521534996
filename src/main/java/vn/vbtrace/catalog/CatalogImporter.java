package vn.vbtrace.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import vn.vbtrace.document.Relation;
import vn.vbtrace.graph.CatalogEntry;
import vn.vbtrace.graph.CatalogLink;
import vn.vbtrace.graph.CatalogWrite;
import vn.vbtrace.graph.GraphStore;

/**
 * Loads the national catalog into the graph: records first, then relations, each file streamed and written in
 * batches (one transaction of one UNWIND statement per batch), so 200,000 records cost 20 round trips and memory
 * stays flat (10,000 records or 20,000 relations a batch). Importing the same files again changes nothing ({@code unchanged}); a bad row is reported with its
 * line and skipped, the rest goes on.
 */
public final class CatalogImporter {

    static final int RECORD_BATCH = 10_000;
    static final int LINK_BATCH = 20_000;
    static final int MAX_FAILURES = 1_000;

    /** Hears progress after every batch: the phase ("records", "relations") and the rows done in it so far. */
    public interface Progress {
        void done(String phase, long rows);
    }

    private final GraphStore graph;
    private final Consumer<String> heldChanged;
    private final RelationWords words = RelationWords.load();

    /** {@code heldChanged} hears each ingested document whose status the catalog may have changed (the index keeps a copy). */
    public CatalogImporter(GraphStore graph, Consumer<String> heldChanged) {
        this.graph = graph;
        this.heldChanged = heldChanged;
    }

    public CatalogImporter(GraphStore graph) {
        this(graph, id -> { });
    }

    /**
     * Imports the record files, then the relation files. A file given among the records that holds relations
     * (its columns are from_number and to_number) is read as relations.
     */
    public CatalogReport importFiles(List<Path> files, List<Path> relationFiles, Progress progress) {
        List<Path> records = new ArrayList<>();
        List<Path> relations = new ArrayList<>(relationFiles);
        Tally tally = new Tally();
        for (Path file : files) {
            try {
                (CatalogFile.holdsRelations(file) ? relations : records).add(file);
            } catch (RuntimeException e) {
                tally.fail(file, 0, e.getMessage());
            }
        }
        for (Path file : records) {
            importRecords(file, tally, progress);
        }
        for (Path file : relations) {
            importRelations(file, tally, progress);
        }
        return new CatalogReport(tally.imported, tally.unchanged, tally.relations, List.copyOf(tally.failed), tally.failedCount);
    }

    /** The catalog shipped in a folder (the corpus's {@code catalog/}): every CSV, TSV and JSON Lines file in it. */
    public CatalogReport importFolder(Path folder, Progress progress) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
            }).sorted().toList();
            return importFiles(files, List.of(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
    }

    private void importRecords(Path file, Tally tally, Progress progress) {
        importFile(file, "records", RECORD_BATCH, CatalogImporter::entry, batch -> writeRecords(batch, tally), tally, progress);
    }

    private void importRelations(Path file, Tally tally, Progress progress) {
        importFile(file, "relations", LINK_BATCH, this::link, batch -> writeLinks(batch, tally), tally, progress);
    }

    /** Streams one file's rows into batches of {@code size}, each written at once; a bad row is counted and skipped. */
    private static <T> void importFile(Path file, String phase, int size, Function<CatalogRow, T> parse,
                                       ToIntFunction<List<T>> write, Tally tally, Progress progress) {
        List<T> batch = new ArrayList<>(size);
        long[] done = {0};
        try {
            CatalogFile.read(file, (line, row) -> {
                try {
                    batch.add(parse.apply(row));
                } catch (IllegalArgumentException e) {
                    tally.fail(file, line, e.getMessage());
                }
                if (batch.size() == size) {
                    done[0] += write.applyAsInt(batch);
                    progress.done(phase, done[0]);
                }
            });
            if (!batch.isEmpty()) {
                done[0] += write.applyAsInt(batch);
                progress.done(phase, done[0]);
            }
        } catch (RuntimeException e) {
            tally.fail(file, 0, e.getMessage());
        }
    }

    private int writeRecords(List<CatalogEntry> batch, Tally tally) {
        int n = batch.size();
        if (n > 0) {
            CatalogWrite written = graph.importCatalog(batch);
            int unchanged = written.count();
            written.held().forEach(heldChanged);
            tally.unchanged += unchanged;
            tally.imported += n - unchanged;
            batch.clear();
        }
        return n;
    }

    private int writeLinks(List<CatalogLink> batch, Tally tally) {
        int n = batch.size();
        if (n > 0) {
            CatalogWrite written = graph.importCatalogLinks(batch);
            written.held().forEach(heldChanged);
            tally.relations += written.count();
            batch.clear();
        }
        return n;
    }

    private static CatalogEntry entry(CatalogRow row) {
        if (row == null) {
            throw new IllegalArgumentException("dòng không phải một đối tượng JSON");
        }
        String number = row.get("number");
        String title = row.get("title");
        if (number == null && title == null) {
            throw new IllegalArgumentException("bản ghi cần số ký hiệu (number), hoặc trích yếu (title) với luật ghi theo tên");
        }
        if (number == null && row.get("issued_date") == null) {
            throw new IllegalArgumentException("bản ghi không có số ký hiệu cần ngày ban hành (issued_date): tên và ngày xác định văn bản");
        }
        return new CatalogEntry(number, row.get("type"), row.get("issuer"), row.date("issued_date"), row.date("effective_date"),
                row.date("expiry_date"), row.get("status"), title, row.get("source_url"));
    }

    private CatalogLink link(CatalogRow row) {
        if (row == null) {
            throw new IllegalArgumentException("dòng không phải một đối tượng JSON");
        }
        String from = row.get("from_number");
        String to = row.get("to_number");
        if (from == null || to == null) {
            throw new IllegalArgumentException("quan hệ cần from_number và to_number");
        }
        RelationWords.Meaning meaning = words.meaning(row.get("relation"));
        if (meaning == null) {
            throw new IllegalArgumentException("không biết quan hệ '" + row.get("relation")
                    + "' (ví dụ: căn cứ, hướng dẫn, sửa đổi, thay thế, bãi bỏ, hoặc REPLACES)");
        }
        Relation relation = meaning.relation();
        return meaning.reverse() ? new CatalogLink(to, from, relation, row.get("source_url"))
                : new CatalogLink(from, to, relation, row.get("source_url"));
    }

    /** What an import has done so far. */
    private static final class Tally {
        long imported;
        long unchanged;
        long relations;
        long failedCount;
        final List<CatalogReport.Failure> failed = new ArrayList<>();

        void fail(Path file, long line, String error) {
            failedCount++;
            if (failed.size() < MAX_FAILURES) {
                failed.add(new CatalogReport.Failure(file.toString(), line, error));
            }
        }
    }
}
