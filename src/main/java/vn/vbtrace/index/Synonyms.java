package vn.vbtrace.index;

import vn.vbtrace.document.VocabularyFile;
import vn.vbtrace.extract.vocab.Vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of forms that name one thing ("Ủy ban nhân dân" / "UBND", "Bộ Khoa học và Công nghệ" /
 * "BKHCN", "quyết định" / "QĐ"), from vocab/synonyms.tsv, the issuer codes of
 * vocab/issuer-codes.tsv and the type codes of vocab/document-types.tsv. A form is its folded
 * syllables ("KH&CN" → kh, cn), so it is found in a query however it was typed. Groups that
 * share a form are one group.
 */
final class Synonyms {

    /** Where a form of a group stands in a query's folded syllables: [start, end). */
    record Match(int start, int end, List<List<String>> others) {
    }

    /** Folded form → every form of its group (itself included). */
    private static final Map<List<String>, Set<List<String>>> GROUP_OF = load();
    /** First syllable → the forms starting with it, longest first. */
    private static final Map<String, List<List<String>>> BY_FIRST = index();

    private Synonyms() {
    }

    /** The forms found in the syllables, longest first and not overlapping, each with the other forms of its group. */
    static List<Match> find(List<String> syllables) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < syllables.size()) {
            List<String> form = longestAt(syllables, i);
            if (form == null) {
                i++;
                continue;
            }
            List<List<String>> others = GROUP_OF.get(form).stream().filter(other -> !other.equals(form)).toList();
            found.add(new Match(i, i + form.size(), others));
            i += form.size();
        }
        return found;
    }

    private static List<String> longestAt(List<String> syllables, int at) {
        for (List<String> form : BY_FIRST.getOrDefault(syllables.get(at), List.of())) {
            if (at + form.size() <= syllables.size() && syllables.subList(at, at + form.size()).equals(form)) {
                return form;
            }
        }
        return null;
    }

    private static Map<List<String>, Set<List<String>>> load() {
        List<List<String>> groups = new ArrayList<>();
        for (String[] row : VocabularyFile.SYNONYMS.read()) {
            List<String> group = new ArrayList<>(List.of(row[0]));
            if (row.length > 1) {
                group.addAll(List.of(row[1].split("\\|")));
            }
            groups.add(group);
        }
        Vocabulary vocabulary = Vocabulary.shipped(); // the extractor's issuer codes and types, parsed once per process
        vocabulary.issuerCodes().issuerByCode().forEach((code, issuer) -> groups.add(List.of(code, issuer)));
        vocabulary.types().mainAbbreviationByName().forEach((name, abbreviation) -> {
            if (!abbreviation.isBlank()) {
                groups.add(List.of(name, abbreviation));
            }
        });
        Map<List<String>, Set<List<String>>> groupOf = new HashMap<>();
        for (List<String> group : groups) {
            Set<List<String>> merged = new LinkedHashSet<>();
            for (String form : group) {
                List<String> syllables = Terms.folded(form);
                if (syllables.isEmpty()) {
                    continue;
                }
                merged.add(syllables);
                Set<List<String>> earlier = groupOf.get(syllables);
                if (earlier != null) {
                    merged.addAll(earlier);
                }
            }
            for (List<String> form : merged) {
                groupOf.put(form, merged);
            }
        }
        return groupOf;
    }

    private static Map<String, List<List<String>>> index() {
        Map<String, List<List<String>>> byFirst = new LinkedHashMap<>();
        GROUP_OF.keySet().stream()
                .sorted(java.util.Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(String::valueOf))
                .forEach(form -> byFirst.computeIfAbsent(form.getFirst(), k -> new ArrayList<>()).add(form));
        return byFirst;
    }
}
