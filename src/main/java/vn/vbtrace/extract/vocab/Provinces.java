package vn.vbtrace.extract.vocab;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The provinces and centrally-run cities ({@code vocab/provinces.tsv}): the 63 before 1 July 2025
 * and the 34 since, each with its level ("tỉnh" or "thành phố"), its other spellings and the unit
 * it is part of today.
 */
public final class Provinces {

    public static final String PROVINCE = "tỉnh";
    public static final String CITY = "thành phố";

    private final List<String> names = new ArrayList<>();
    private final List<String> spellingsLongestFirst = new ArrayList<>();
    private final Map<String, String> canonicalBySpelling = new HashMap<>();
    private final Map<String, String> levelByName = new HashMap<>();
    private final Map<String, String> unitByName = new HashMap<>();

    static Provinces load() {
        Provinces provinces = new Provinces();
        for (String[] row : VocabularyFile.PROVINCES.read()) {
            String name = row[0];
            provinces.names.add(name);
            provinces.levelByName.put(name, TsvRows.cell(row, 1) == null ? PROVINCE : row[1]);
            provinces.unitByName.put(name, TsvRows.cell(row, 3) == null ? name : row[3]);
            provinces.add(name, name);
            String aliases = TsvRows.cell(row, 2);
            if (aliases != null) {
                for (String alias : aliases.split("\\|")) {
                    provinces.add(alias.strip(), name);
                }
            }
        }
        provinces.names.sort(Comparator.comparingInt(String::length).reversed());
        provinces.spellingsLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return provinces;
    }

    private void add(String spelling, String canonical) {
        spellingsLongestFirst.add(spelling);
        canonicalBySpelling.put(spelling.toLowerCase(Locale.ROOT), canonical);
    }

    /** Canonical names, longest first. */
    public List<String> names() {
        return names;
    }

    /** Every spelling (names and their other spellings), longest first, for matching at a position. */
    public List<String> spellingsLongestFirst() {
        return spellingsLongestFirst;
    }

    /** The canonical name of a spelling in any case ("THỪA THIÊN - HUẾ" → "Thừa Thiên Huế"), or null. */
    public String canonical(String spelling) {
        return canonicalBySpelling.get(spelling.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
    }

    /** "tỉnh" or "thành phố" (a centrally-run city), for a canonical name. */
    public String level(String name) {
        return levelByName.get(name);
    }

    /** The province or city of today (since 1 July 2025) that the named one is part of. */
    public String unitToday(String name) {
        return unitByName.get(name);
    }
}
