package vn.vbtrace.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.vbtrace.document.Json;

/**
 * Reads a catalog file row by row, never whole: CSV (comma, or tab for .tsv; a header row names the columns)
 * or JSON Lines (.jsonl, .ndjson, .json: one object a line). Each row goes to the consumer with its line number.
 */
final class CatalogFile {

    private CatalogFile() {
    }

    /** Whether the file holds relations (a from/to column) rather than records, from its first row's columns. */
    static boolean holdsRelations(Path file) {
        boolean[] relations = {false};
        try {
            read(file, (line, row) -> {
                relations[0] = row.get("from_number") != null || row.get("to_number") != null;
                throw new StopReading();
            });
        } catch (StopReading e) {
            // only the first row was needed
        }
        return relations[0];
    }

    static void read(Path file, BiConsumer<Long, CatalogRow> rows) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
                readJsonLines(reader, rows);
            } else {
                readCsv(reader, name.endsWith(".tsv") ? CSVFormat.TDF : CSVFormat.DEFAULT, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void readCsv(Reader reader, CSVFormat format, BiConsumer<Long, CatalogRow> rows) throws IOException {
        CSVFormat withHeader = format.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setCommentMarker('#').get();
        try (CSVParser parser = CSVParser.parse(reader, withHeader)) {
            if (parser.getHeaderNames().stream().map(CatalogRow::column).allMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("dòng tiêu đề không có cột nào của danh mục (xem README)");
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                CatalogRow row = new CatalogRow();
                for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
                    row.put(cell.getKey(), cell.getValue());
                }
                rows.accept(record.getParser().getCurrentLineNumber(), row);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void readJsonLines(BufferedReader reader, BiConsumer<Long, CatalogRow> rows) throws IOException {
        long number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            CatalogRow row = new CatalogRow();
            try {
                Map<String, Object> object = Json.mapper().readValue(line, Map.class);
                object.forEach(row::put);
            } catch (RuntimeException e) {
                row = null;
                rows.accept(number, null);
            }
            if (row != null) {
                rows.accept(number, row);
            }
        }
    }

    /** Ends a read early. */
    private static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }
}
