package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

    TitleCase(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.namesLongestFirst = sorted;
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
        for (String name : namesLongestFirst) {
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
