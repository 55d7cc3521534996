package vn.vbtrace.extract.vocab;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How issuers of every level are written ({@code vocab/issuer-forms.tsv}): level words ("huyện",
 * "xã"), councils and committees ("Ủy ban nhân dân"), party committees ("Tỉnh ủy"), a standing
 * board, holders' titles and the heads of departments. Each map goes from a written form to its
 * canonical one, longest written form first.
 */
public final class IssuerForms {

    private final Map<String, String> levels = new LinkedHashMap<>();
    private final Map<String, String> councils = new LinkedHashMap<>();
    private final Map<String, String> parties = new LinkedHashMap<>();
    private final Map<String, String> standing = new LinkedHashMap<>();
    private final List<String> positions = new ArrayList<>();
    private final List<String> departments = new ArrayList<>();
    private final List<String> councilCommittees = new ArrayList<>();
    private final List<String> agencies = new ArrayList<>();

    static IssuerForms load() {
        Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
        IssuerForms forms = new IssuerForms();
        for (TsvRows.Row line : VocabularyFile.ISSUER_FORMS.rows()) {
            String[] row = line.cells();
            String written = row[1];
            String canonical = TsvRows.cell(row, 2);
            switch (row[0]) {
                case "level" -> byKind.computeIfAbsent("level", k -> new LinkedHashMap<>()).put(written, canonical);
                case "council" -> byKind.computeIfAbsent("council", k -> new LinkedHashMap<>()).put(written, canonical);
                case "party" -> byKind.computeIfAbsent("party", k -> new LinkedHashMap<>()).put(written, canonical);
                case "standing" -> byKind.computeIfAbsent("standing", k -> new LinkedHashMap<>()).put(written, canonical);
                case "position" -> forms.positions.add(written);
                case "department" -> forms.departments.add(written);
                case "agency" -> {
                    forms.agencies.add(written);
                    forms.departments.add(written); // read as a department is, by its head
                }
                case "council-committee" -> forms.councilCommittees.add(written);
                default -> throw line.fail("unknown issuer form kind: " + row[0]);
            }
        }
        longestFirst(byKind.getOrDefault("level", Map.of()), forms.levels);
        longestFirst(byKind.getOrDefault("council", Map.of()), forms.councils);
        longestFirst(byKind.getOrDefault("party", Map.of()), forms.parties);
        longestFirst(byKind.getOrDefault("standing", Map.of()), forms.standing);
        forms.positions.sort(Comparator.comparingInt(String::length).reversed());
        forms.departments.sort(Comparator.comparingInt(String::length).reversed());
        forms.councilCommittees.sort(Comparator.comparingInt(String::length).reversed());
        forms.agencies.sort(Comparator.comparingInt(String::length).reversed());
        return forms;
    }

    private static void longestFirst(Map<String, String> from, Map<String, String> to) {
        from.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()).forEach(e -> to.put(e.getKey(), e.getValue()));
    }

    /** "huyện" → "huyện", "TP." → "thành phố". */
    public Map<String, String> levels() {
        return levels;
    }

    /** "Ủy ban nhân dân" → "UBND", "Thường trực HĐND" → "Thường trực HĐND". */
    public Map<String, String> councils() {
        return councils;
    }

    /** "Tỉnh ủy" → its level "tỉnh". */
    public Map<String, String> parties() {
        return parties;
    }

    /** "Ban Thường vụ" → "Ban Thường vụ". */
    public Map<String, String> standing() {
        return standing;
    }

    public List<String> positions() {
        return positions;
    }

    public List<String> departments() {
        return departments;
    }

    /** The heads of a ministry's agencies and their branches ("Tổng cục", "Cục", "Chi cục"), among the departments'. */
    public List<String> agencies() {
        return agencies;
    }

    /** The committees of a council ("Ban Pháp chế", "Ban Kinh tế - Ngân sách"), written before it. */
    public List<String> councilCommittees() {
        return councilCommittees;
    }
}
