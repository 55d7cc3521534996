package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.IssuerNames;

/**
 * Reads the bodies named at the start of a duty heading: one body ("4. Sở Tài chính"), several
 * ("Liên hiệp các Hội khoa học và kỹ thuật, Liên minh Hợp tác xã tỉnh"), or a shared head noun
 * with a list ("Các Sở: Công Thương, Nông nghiệp và Phát triển nông thôn, Y tế" → "Sở Công Thương",
 * "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế"). Names come out canonical.
 */
public final class BodyList {

    /** The bodies read and where their names end in the heading. */
    public record Read(List<String> bodies, int end) {
    }

    private static final Pattern SHARED_HEAD = Pattern.compile("^(?:Các\\s+)?(Sở|Bộ)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("(?:\\s+(?:tỉnh|thuộc tỉnh))?\\s*(?:,|;|\\s và)\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern TRAILING_PROVINCE = Pattern.compile("\\s+tỉnh(?!\\p{L})");

    private final IssuerNames names;

    public BodyList(IssuerNames names) {
        this.names = names;
    }

    public Read read(String heading) {
        Matcher shared = SHARED_HEAD.matcher(heading);
        if (shared.find()) {
            return readShared(heading, shared.end(), capitalized(shared.group(1)));
        }
        List<String> bodies = new ArrayList<>();
        int position = 0;
        while (true) {
            IssuerNames.Issuer body = names.single(heading, position);
            if (body == null) {
                break;
            }
            add(bodies, body.name());
            position = body.end();
            Matcher province = Anchored.at(TRAILING_PROVINCE, heading, position);
            if (province != null) {
                position = province.end();
            }
            Matcher separator = Anchored.at(SEPARATOR, heading, position);
            if (separator == null || names.single(heading, separator.end()) == null) {
                break;
            }
            position = separator.end();
        }
        return new Read(bodies, position);
    }

    /** "Sở: Kế hoạch và Đầu tư, Công Thương, Y tế": each item is the head noun plus the item. */
    private Read readShared(String heading, int from, String head) {
        List<String> bodies = new ArrayList<>();
        int position = from;
        while (position < heading.length()) {
            String rest = head + " " + heading.substring(position);
            IssuerNames.Issuer body = names.single(rest, 0);
            if (body == null) {
                break;
            }
            add(bodies, body.name());
            position += body.end() - head.length() - 1;
            Matcher separator = Anchored.at(COMMA, heading, position);
            if (separator == null) {
                break;
            }
            position = separator.end();
        }
        return new Read(bodies, position);
    }

    private static void add(List<String> bodies, String body) {
        if (!bodies.contains(body)) {
            bodies.add(body);
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase();
    }
}
