package vn.vbtrace.extract.vocab;

import vn.vbtrace.document.TsvRows;

import java.util.List;

/** The extractor's vocabulary files, read by the one TSV reader the project has ({@link TsvRows}). */
final class TsvFile {

    private TsvFile() {
    }

    static List<String[]> read(String resource) {
        return TsvRows.read(resource);
    }

    static String cell(String[] row, int index) {
        return index < row.length && !row[index].isEmpty() ? row[index] : null;
    }
}
