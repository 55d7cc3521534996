package vn.vbtrace.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Relation;

/**
 * The words a catalog's relations file uses for a relation ({@code vocab/catalog-relations.tsv}): "thay thế" is
 * REPLACES from the first number to the second, "bị thay thế bởi" the same relation the other way.
 */
final class RelationWords {

    /** A relation and whether the file names it from its target's end. */
    record Meaning(Relation relation, boolean reverse) {
    }

    private final Map<String, Meaning> byWord = new HashMap<>();

    static RelationWords load() {
        RelationWords words = new RelationWords();
        for (Relation relation : Relation.values()) {
            words.byWord.put(key(relation.name()), new Meaning(relation, false));
        }
        try (InputStream in = RelationWords.class.getResourceAsStream("/vocab/catalog-relations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the classpath: /vocab/catalog-relations.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                words.byWord.put(key(cells[0]), new Meaning(Relation.valueOf(cells[1].strip()),
                        cells.length > 2 && cells[2].strip().equals("reverse")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The meaning of a relation word, or null when the vocabulary does not know it. */
    Meaning meaning(String written) {
        return written == null ? null : byWord.get(key(written));
    }

    private static String key(String word) {
        return DocumentNumbers.fold(word).replace('_', ' ').replaceAll("[^\\p{L}\\d]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
