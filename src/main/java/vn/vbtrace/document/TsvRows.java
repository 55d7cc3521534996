package vn.vbtrace.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A UTF-8 vocabulary file on the classpath: tab-separated cells (stripped), # comments and blank lines skipped. */
public final class TsvRows {

    private TsvRows() {
    }

    public static List<String[]> read(String resource) {
        try (InputStream in = TsvRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the classpath: " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
