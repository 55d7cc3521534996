package vn.vbtrace.extract.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known names grouped by their first letter, in any case, each group longest first: reading a name at a
 * position tries only the names that can start there, not the whole list.
 */
public final class SpellingIndex {

    private final Map<Character, List<String>> byFirst = new HashMap<>();

    public SpellingIndex(List<String> spellingsLongestFirst) {
        for (String spelling : spellingsLongestFirst) {
            byFirst.computeIfAbsent(key(spelling.charAt(0)), k -> new ArrayList<>()).add(spelling);
        }
    }

    /** The names that may start at {@code from}, longest first. */
    public List<String> at(String text, int from) {
        if (from >= text.length()) {
            return List.of();
        }
        return byFirst.getOrDefault(key(text.charAt(from)), List.of());
    }

    private static char key(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
