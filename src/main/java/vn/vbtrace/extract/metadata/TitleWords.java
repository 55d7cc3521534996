package vn.vbtrace.extract.metadata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Words that keep their capitals in a sentence-cased title ({@code vocab/title-words.tsv}). */
final class TitleWords {

    private TitleWords() {
    }

    static List<String> load() {
        try (InputStream in = TitleWords.class.getResourceAsStream("/vocab/title-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the classpath: /vocab/title-words.tsv");
            }
            List<String> words = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
