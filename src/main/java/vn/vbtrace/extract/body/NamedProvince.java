package vn.vbtrace.extract.body;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.IssuerNames;

/**
 * The province a clause names for a body: "Sở Khoa học và Công nghệ tỉnh Hậu Giang chủ trì ...",
 * "Sở KH&CN các tỉnh" is no one province. Looked for from a little before the duty's span (a duty
 * heading names the body on the line above its task) to the span's end, nearest to the span first.
 */
public final class NamedProvince {

    /** How far before a duty's span its body may be named: a heading line above the task. */
    private static final int HEADING_REACH = 150;
    private static final Pattern PROVINCE_WORD = Pattern.compile("\\s+(?:tỉnh|thành phố)\\s+");

    private final IssuerNames names;

    public NamedProvince(IssuerNames names) {
        this.names = names;
    }

    /** The province named right after one of the body's spellings around [start, end), or null. */
    String near(String text, List<String> spellings, int start, int end) {
        String found = null;
        int bestDistance = Integer.MAX_VALUE;
        int from = Math.max(0, start - HEADING_REACH);
        String window = text.substring(from, Math.min(text.length(), end)).toLowerCase();
        for (String spelling : spellings) {
            String lower = spelling.toLowerCase();
            for (int at = window.indexOf(lower); at >= 0; at = window.indexOf(lower, at + 1)) {
                if (at > 0 && Character.isLetter(window.charAt(at - 1))) {
                    continue;
                }
                int after = from + at + spelling.length();
                Matcher word = PROVINCE_WORD.matcher(text).region(after, text.length());
                if (!word.lookingAt()) {
                    continue;
                }
                String province = names.provinceAt(text, word.end());
                int distance = Math.abs(from + at - start);
                if (province != null && distance < bestDistance) {
                    found = province;
                    bestDistance = distance;
                }
            }
        }
        return found;
    }
}
