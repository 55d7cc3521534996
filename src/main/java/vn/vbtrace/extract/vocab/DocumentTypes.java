package vn.vbtrace.extract.vocab;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Type names and their số ký hiệu abbreviations (a main one, and others in a third column), from {@code vocab/document-types.tsv}. */
public final class DocumentTypes {

    public static final String LETTER = "Công văn";

    private final Map<String, String> nameByAbbreviation = new HashMap<>();
    private final Map<String, String> nameByLowerName = new HashMap<>();
    private final List<String> namesLongestFirst = new ArrayList<>();
    private final Map<String, String> mainAbbreviationByName = new LinkedHashMap<>();

    static DocumentTypes load() {
        DocumentTypes types = new DocumentTypes();
        for (String[] row : VocabularyFile.DOCUMENT_TYPES.read()) {
            String name = row[0];
            String abbreviation = TsvRows.cell(row, 1);
            types.nameByLowerName.put(name.toLowerCase(Locale.ROOT), name);
            types.namesLongestFirst.add(name);
            types.mainAbbreviationByName.put(name, abbreviation == null ? "" : abbreviation);
            if (abbreviation != null) {
                types.nameByAbbreviation.put(abbreviation, name);
            }
            String others = TsvRows.cell(row, 2);
            if (others != null) {
                for (String other : others.split("\\|")) {
                    types.nameByAbbreviation.put(other.strip(), name); // "BCTĐ": báo cáo thẩm định
                }
            }
        }
        types.namesLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return types;
    }

    /** The type an abbreviation stands for ("QĐ" → "Quyết định"), or null. Case matters: "TT" is not "Tt". */
    public String byAbbreviation(String abbreviation) {
        return nameByAbbreviation.get(abbreviation);
    }

    /** The canonical spelling of a type name written in any case ("QUYẾT ĐỊNH" → "Quyết định"), or null. */
    public String byName(String written) {
        return nameByLowerName.get(written.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    public List<String> namesLongestFirst() {
        return namesLongestFirst;
    }

    /** Each type name and its main abbreviation ("" when it has none: "Hiến pháp"), in the order of the file. */
    public Map<String, String> mainAbbreviationByName() {
        return Collections.unmodifiableMap(mainAbbreviationByName);
    }

    public Iterable<String> abbreviations() {
        return nameByAbbreviation.keySet();
    }
}
