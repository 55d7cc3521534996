package vn.vbtrace.extract.body;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.IssuerNames;
import vn.vbtrace.extract.vocab.Bodies;

/**
 * What the text says about a body's place: "Chi cục Tiêu chuẩn Đo lường Chất lượng trực thuộc
 * Sở Khoa học và Công nghệ", "Chi cục TCĐLCL thuộc Sở KH&CN". Child and parent come out canonical.
 */
public final class PartOfStatements {

    private static final Pattern BELONGS = Pattern.compile("\\s+(?:trực\\s+)?thuộc\\s+");

    private final Bodies bodies;
    private final IssuerNames names;

    public PartOfStatements(Bodies bodies, IssuerNames names) {
        this.bodies = bodies;
        this.names = names;
    }

    Map<String, String> find(String text) {
        Map<String, String> parents = new HashMap<>();
        Matcher m = BELONGS.matcher(text);
        for (int from = belongsFrom(text, 0); from >= 0 && m.find(from); from = belongsFrom(text, m.end())) {
            IssuerNames.Issuer parent = names.single(text, m.end());
            String child = bodyEndingAt(text, m.start());
            if (parent != null && child != null && !child.equals(parent.name())) {
                parents.putIfAbsent(child, parent.name());
            }
        }
        return parents;
    }

    /**
     * Where find() may start looking for the next BELONGS match at or after {@code from} without missing one, or -1
     * when none is left: every match holds "thuộc" and begins with the white space before it, or before its "trực".
     * Starting at the next "thuộc"'s white space spares the regex a try at every character of the text.
     */
    private static int belongsFrom(String text, int from) {
        int at = text.indexOf("thuộc", from);
        if (at < 0) {
            return -1;
        }
        at = spaceBefore(text, at, from);
        if (at - "trực".length() >= from && text.startsWith("trực", at - "trực".length())) {
            at = spaceBefore(text, at - "trực".length(), from);
        }
        return at;
    }

    /** The start of the white space that ends at {@code at}, not before {@code from} (isWhitespace holds every \s). */
    private static int spaceBefore(String text, int at, int from) {
        while (at > from && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** The known body whose written name ends right at {@code end}, longest spelling first. */
    private String bodyEndingAt(String text, int end) {
        for (String spelling : bodies.spellingsLongestFirst()) {
            int start = end - spelling.length();
            if (start >= 0 && text.regionMatches(true, start, spelling, 0, spelling.length())
                    && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
                return bodies.canonical(spelling);
            }
        }
        return null;
    }
}
