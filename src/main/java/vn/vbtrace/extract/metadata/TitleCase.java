package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence case for an ALL-CAPS heading: lower case, a capital at the start and after an
 * opening quote, names from the vocabularies in their own spelling ("Thủ tướng Chính phủ",
 * "Kế hoạch", "Hậu Giang"), and document numbers as written officially ("1322/QĐ-TTg").
 */
final class TitleCase {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** A span of the heading kept as given (a number's official spelling). */
    record Kept(int start, int end, String replacement) {
    }

    private final List<String> namesLongestFirst;
    /**
     * The names by their first letter as regionMatches(ignoreCase) compares it: two characters are equal so
     * exactly when their upper cases are equal or the lower cases of those are, i.e. when their folds are equal.
     * Each list keeps the names longest first, so nameAt finds the same name trying only the names that can match.
     */
    private final Map<Integer, List<String>> namesByFirst;

    TitleCase(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.namesLongestFirst = sorted;
        this.namesByFirst = byFirst(sorted);
    }

    /** The names by the fold of their first letter, each list longest first; null when a name has no such letter. */
    private static Map<Integer, List<String>> byFirst(List<String> namesLongestFirst) {
        Map<Integer, List<String>> byFirst = new HashMap<>();
        for (String name : namesLongestFirst) {
            if (name.isEmpty() || Character.isSurrogate(name.charAt(0))) {
                return null; // no index: every name is tried
            }
            byFirst.computeIfAbsent(fold(name.charAt(0)), c -> new ArrayList<>()).add(name);
        }
        return byFirst;
    }

    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase((int) c));
    }

    private List<String> namesStartingWith(char c) {
        if (namesByFirst == null || Character.isSurrogate(c)) {
            return namesLongestFirst;
        }
        return namesByFirst.getOrDefault(fold(c), List.of());
    }

    String sentenceCase(String heading, List<Kept> kept) {
        String lower = heading.toLowerCase(VIETNAMESE);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lower.length()) {
            Kept span = keptAt(kept, i);
            if (span != null) {
                out.append(span.replacement());
                i = span.end();
                continue;
            }
            String name = nameAt(lower, i);
            if (name != null) {
                out.append(name);
                i += name.length();
                continue;
            }
            out.append(lower.charAt(i));
            i++;
        }
        return capitalizeStarts(out.toString());
    }

    private static Kept keptAt(List<Kept> kept, int position) {
        for (Kept span : kept) {
            if (span.start() == position) {
                return span;
            }
        }
        return null;
    }

    private String nameAt(String lower, int position) {
        if (position > 0 && Character.isLetterOrDigit(lower.charAt(position - 1))) {
            return null;
        }
        for (String name : namesStartingWith(lower.charAt(position))) {
            if (lower.regionMatches(true, position, name, 0, name.length())) {
                int after = position + name.length();
                if (after >= lower.length() || !Character.isLetterOrDigit(lower.charAt(after))) {
                    return name;
                }
            }
        }
        return null;
    }

    private static final Pattern START = Pattern.compile("(^|[“\"(]\\s*)(\\p{Ll})");

    private static String capitalizeStarts(String text) {
        Matcher m = START.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2).toUpperCase(VIETNAMESE)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
