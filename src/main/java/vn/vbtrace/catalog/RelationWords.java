package vn.vbtrace.catalog;

import vn.vbtrace.document.TextFold;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import vn.vbtrace.document.Relation;
import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

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
        for (TsvRows.Row row : VocabularyFile.CATALOG_RELATIONS.rows()) {
            String[] cells = row.cells();
            words.byWord.put(key(cells[0]), new Meaning(row.constant(Relation.class, 1), cells.length > 2 && cells[2].equals("reverse")));
        }
        return words;
    }

    /** The meaning of a relation word, or null when the vocabulary does not know it. */
    Meaning meaning(String written) {
        return written == null ? null : byWord.get(key(written));
    }

    private static String key(String word) {
        return TextFold.fold(word).replace('_', ' ').replaceAll("[^\\p{L}\\d]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
