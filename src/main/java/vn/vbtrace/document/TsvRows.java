package vn.vbtrace.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the vocabularies (vocab/*.tsv on the classpath): UTF-8, tab-separated cells (stripped),
 * # comments and blank lines skipped. Each file states how many columns its rows have; a row outside that fails
 * at load with the file and its line ("vocab/document-types.tsv:12: expected 2 to 3 columns, found 1"), and so
 * does a bad value a reader finds in a row ({@link Row#fail}). A new vocabulary is a file and one call.
 */
public final class TsvRows {

    private TsvRows() {
    }

    /** One row of a vocabulary: its cells and where it stands, for errors that point at it. */
    public record Row(String file, int line, String[] cells) {

        /** The cell at {@code index}, or null when the row is shorter or the cell is empty. */
        public String cell(int index) {
            return TsvRows.cell(cells, index);
        }

        /** The cell at {@code index} as one of the constants of {@code type}; an unknown name fails with file and line. */
        public <E extends Enum<E>> E constant(Class<E> type, int index) {
            try {
                return Enum.valueOf(type, cells[index]);
            } catch (IllegalArgumentException e) {
                throw fail("unknown " + type.getSimpleName() + ": " + cells[index]);
            }
        }

        /** The cell at {@code index} as an ISO date (2025-07-01); another form fails with file and line. */
        public java.time.LocalDate date(int index) {
            try {
                return java.time.LocalDate.parse(cells[index]);
            } catch (java.time.format.DateTimeParseException e) {
                throw fail("not a date (yyyy-mm-dd): " + cells[index]);
            }
        }

        /** An error about this row, in the loader's style: "file:line: message". */
        public IllegalStateException fail(String message) {
            return new IllegalStateException(file + ":" + line + ": " + message);
        }
    }

    /** The cell at {@code index} of a row, or null when the row is shorter or the cell is empty. */
    public static String cell(String[] cells, int index) {
        return index < cells.length && !cells[index].isEmpty() ? cells[index] : null;
    }

    /** The cells of every row, each row with {@code minColumns} to {@code maxColumns} cells. */
    public static List<String[]> read(String resource, int minColumns, int maxColumns) {
        List<String[]> cells = new ArrayList<>();
        for (Row row : rows(resource, minColumns, maxColumns)) {
            cells.add(row.cells());
        }
        return cells;
    }

    /** Every row with where it stands, each row with {@code minColumns} to {@code maxColumns} cells. */
    public static List<Row> rows(String resource, int minColumns, int maxColumns) {
        String file = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the classpath: " + file);
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                Row row = new Row(file, number, cells);
                if (cells.length < minColumns || cells.length > maxColumns) {
                    throw row.fail("expected " + (minColumns == maxColumns ? String.valueOf(minColumns) : minColumns + " to " + maxColumns)
                            + (maxColumns == 1 ? " column" : " columns") + ", found " + cells.length);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
