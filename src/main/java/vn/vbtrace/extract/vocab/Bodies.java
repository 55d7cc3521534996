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
 * Canonical body names, their aliases, their scope (central or provincial) and the body each is
 * part of ({@code vocab/bodies.tsv}); lookups ignore case.
 */
public final class Bodies {

    private final Map<String, String> canonicalByLowerAlias = new HashMap<>();
    private final List<String> spellingsLongestFirst = new ArrayList<>();
    private final Map<String, String> scopeByCanonical = new HashMap<>();
    private final Map<String, String> parentByCanonical = new HashMap<>();

    public static final String CENTRAL = "central";
    public static final String PROVINCE = "province";

    static Bodies load() {
        Bodies bodies = new Bodies();
        for (String[] row : VocabularyFile.BODIES.read()) {
            String canonical = row[0];
            bodies.add(canonical, canonical);
            String scope = TsvRows.cell(row, 2);
            if (scope != null) {
                bodies.scopeByCanonical.put(canonical, scope);
            }
            String parent = TsvRows.cell(row, 3);
            if (parent != null) {
                bodies.parentByCanonical.put(canonical, parent);
            }
            String aliases = TsvRows.cell(row, 1);
            if (aliases != null) {
                for (String alias : aliases.split("\\|")) {
                    bodies.add(alias.strip(), canonical);
                }
            }
        }
        bodies.spellingsLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return bodies;
    }

    private final java.util.Map<String, List<String>> spellingsByCanonical = new java.util.concurrent.ConcurrentHashMap<>();

    private void add(String spelling, String canonical) {
        canonicalByLowerAlias.put(lower(spelling), canonical);
        spellingsLongestFirst.add(spelling);
        if (spelling.contains(" và ")) {
            add(spelling.replace(" và ", " & "), canonical); // "Sở Nông nghiệp & Phát triển nông thôn"
        }
    }

    /** The canonical name of a body written in any known spelling, or null. */
    public String canonical(String written) {
        return canonicalByLowerAlias.get(lower(written));
    }

    /** "central", "province", or null when the body is neither (consultants, enterprises) or unknown. */
    public String scope(String canonical) {
        return scopeByCanonical.get(canonical);
    }

    /** The canonical name of the body this one is part of, or null. */
    public String parent(String canonical) {
        return parentByCanonical.get(canonical);
    }

    /**
     * Every spelling of one body (its canonical name and its aliases), longest first. Asked for each
     * duty of every document, so the lists are made once, on first use, not by scanning all spellings each time.
     */
    public List<String> spellingsOf(String canonical) {
        if (canonical == null) {
            return List.of();
        }
        return spellingsByCanonical.computeIfAbsent(canonical, c -> {
            List<String> spellings = new ArrayList<>();
            for (String spelling : spellingsLongestFirst) {
                if (c.equals(canonicalByLowerAlias.get(lower(spelling)))) {
                    spellings.add(spelling);
                }
            }
            return List.copyOf(spellings);
        });
    }

    /** The canonical names only (no abbreviations), for restoring capitals in titles. */
    public List<String> canonicalNames() {
        return new ArrayList<>(new java.util.LinkedHashSet<>(canonicalByLowerAlias.values()));
    }

    /** Every known spelling, longest first, for building a matcher. */
    public List<String> spellingsLongestFirst() {
        return spellingsLongestFirst;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String lower(String text) {
        return (hasSpacesToCollapse(text) ? SPACES.matcher(text).replaceAll(" ") : text).toLowerCase(Locale.ROOT);
    }

    /** Whether SPACES changes the text: only a \s other than one lone space does (most names have none). */
    private static boolean hasSpacesToCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
