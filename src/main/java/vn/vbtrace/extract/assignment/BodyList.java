package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** "Các Sở:", "Giám đốc các sở:", "Các Bộ trưởng:": a head noun shared by the items after the colon. */
    private static final Pattern SHARED_HEAD = Pattern.compile("(?:Các\\s+)?(Sở|Bộ)(?:\\s+trưởng)?\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("(?:\\s+(?:tỉnh|thuộc tỉnh))?\\s*(?:,|;|(?<!\\p{L})và(?=\\s))\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /**
     * The level after a body of it: "Sở Y tế tỉnh", "các sở, ngành Thành phố", "các sở, ban, ngành cấp tỉnh", "UBND các
     * huyện, thị xã, thành phố trong tỉnh", "các sở, ban, ngành, đoàn thể của tỉnh".
     */
    private static final Pattern TRAILING_PROVINCE = Pattern.compile(
            "\\s+(?:cấp\\s+|trong\\s+|trên\\s+địa\\s+bàn\\s+|của\\s+)?(?:tỉnh|[Tt]hành\\s+phố(?=\\s*[,;:]))(?!\\p{L})");
    /**
     * The office that stands for its body in a list of those who act ("Chánh Văn phòng UBND tỉnh", "Giám
     * đốc Sở Y tế", "Thủ trưởng các sở, ban, ngành", "(và) chủ tịch UBND các huyện", "Bộ trưởng Bộ Tài chính"):
     * the body is what follows the title, or the titles ("Thủ trưởng, Giám đốc các sở"). "Chánh" alone: "Chánh Văn
     * phòng", "Chánh Thanh tra".
     */
    private static final Pattern OFFICE = Pattern.compile(
            "(?:(?:(?:[Pp]hó\\s+)?(?:[Gg]iám\\s+đốc|[Cc]hủ\\s+tịch|Trưởng\\s+ban|Cục\\s+trưởng|Chi\\s+cục\\s+trưởng|Viện\\s+trưởng)"
            + "|[Tt]hủ\\s+trưởng|Bộ\\s+trưởng|Chánh|Trưởng|[Ll]ãnh\\s+đạo)(?:\\s*,\\s*|\\s+)(?=\\p{L}))+");
    /** "UBND các huyện" of one level, which names its places after it. */
    private static final Pattern NAMED_COUNCILS = Pattern.compile("UBND các (huyện|quận|thị xã|xã|phường|thị trấn)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * One of the places named after "UBND các quận": its name, or a city district's number, with its level again or not
     * and a colon before the first ("UBND các quận: Hồng Bàng, Ngô Quyền", "UBND các Quận 1, Quận 5, Quận 10").
     */
    private static final Pattern PLACE_ITEM = Pattern.compile(
            ":?[ \\t]*(?:(?:[Qq]uận|[Hh]uyện|[Pp]hường|[Xx]ã)[ \\t]+)?(\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*){0,3}(?!\\p{L})|\\d{1,2}(?![\\p{L}\\d]))");
    /** A council named with its place ("UBND huyện Trần Văn Thời"): the places after it may share its head. */
    private static final Pattern PLACED_COUNCIL = Pattern.compile("(UBND (?:huyện|quận|thị xã|xã|phường|thị trấn)) \\p{Lu}");

    /** A word for those of a kind with no name, inside a list: "đơn vị cấp tỉnh", "các cơ quan liên quan", "địa phương". */
    private static final Pattern GENERIC_ITEM = Pattern.compile(
            "(?:các\\s+)?(?:đơn\\s+vị|cơ\\s+quan|địa\\s+phương|đoàn\\s+thể)(?:\\s+(?:cấp\\s+)?(?:tỉnh|huyện|xã|có\\s+liên\\s+quan|liên\\s+quan))?(?!\\p{L})");

    private final IssuerNames names;
    private final BodyForms forms;

    public BodyList(IssuerNames names) {
        this.names = names;
        this.forms = new BodyForms(names);
    }

    /** The bodies named from {@code from} on, in {@code text} up to {@code limit}; positions in the text. */
    public Read at(String text, int from, int limit) {
        List<String> bodies = new ArrayList<>();
        int position = afterOffice(text, from, limit);
        String placeHead = null; // "UBND huyện" after "UBND các huyện Trần Văn Thời": the head of the places named next
        boolean numbered = false; // "UBND các Quận 1, Quận 5": the places named next are numbers too ("và Công ty ..." is not one)
        Matcher shared = Anchored.at(SHARED_HEAD, text, position, limit);
        // each position's body is read once: the check that a list goes on reads the next item's for the next round
        IssuerNames.Issuer body = shared == null ? forms.at(text, position, limit) : null;
        while (true) {
            Matcher place = body == null && placeHead != null ? placeAt(text, position, limit, numbered) : null;
            if (shared != null) {
                Read items = readShared(text, shared.end(), limit, capitalized(shared.group(1)));
                if (items.bodies().isEmpty()) {
                    break;
                }
                items.bodies().forEach(item -> add(bodies, item));
                position = items.end();
                placeHead = null;
            } else if (place != null) {
                add(bodies, placeHead + " " + place.group(1));
                position = place.end();
            } else if (body == null) {
                break;
            } else {
                Matcher named = NAMED_COUNCILS.matcher(body.name());
                Matcher firstPlace = named.matches() ? Anchored.at(PLACE_ITEM, text, skipBlanks(text, body.end()), limit) : null;
                if (firstPlace != null) { // "UBND các huyện Trần Văn Thời, Phú Tân và Cái Nước": each by its name
                    placeHead = "UBND " + named.group(1).toLowerCase(Locale.ROOT);
                    numbered = Character.isDigit(firstPlace.group(1).charAt(0));
                    add(bodies, placeHead + " " + firstPlace.group(1));
                    position = firstPlace.end();
                } else {
                    add(bodies, body.name());
                    position = body.end();
                    Matcher head = PLACED_COUNCIL.matcher(body.name());
                    placeHead = head.lookingAt() ? head.group(1) : null;
                    numbered = false;
                }
                Matcher province = Anchored.at(TRAILING_PROVINCE, text, position, limit);
                if (province != null) {
                    position = province.end();
                }
                position = afterProvinceName(text, position, limit);
            }
            Matcher separator = Anchored.at(SEPARATOR, text, position, limit);
            if (separator == null) {
                break;
            }
            int next = afterOffice(text, afterGenericItem(text, separator.end(), limit), limit);
            shared = Anchored.at(SHARED_HEAD, text, next, limit);
            body = shared == null ? forms.at(text, next, limit) : null;
            if (shared == null && body == null && (placeHead == null || placeAt(text, next, limit, numbered) == null)) {
                break;
            }
            position = next;
        }
        return new Read(bodies, bodies.isEmpty() ? from : position);
    }

    /**
     * The province after a body is where it is, read past: after its "tỉnh" ("Công an tỉnh Đồng Tháp"), with a level
     * word ("Sở Y tế tỉnh Bắc Kạn", "Sở Xây dựng thành phố Cần Thơ"), or a city written short ("Sở LĐ-TB&XH TP.HCM").
     */
    private int afterProvinceName(String text, int at, int limit) {
        int start = skipBlanks(text, at);
        if (start == at) {
            return at;
        }
        int placed = names.provincialPlaceEnd(text, start); // the level words are the issuers' (issuer-forms.tsv)
        if (placed > start) {
            return placed <= limit ? placed : at;
        }
        boolean afterTinh = at >= 4 && text.startsWith("tỉnh", at - 4) && (at == 4 || !Character.isLetter(text.charAt(at - 5)));
        int end = afterTinh || text.startsWith("TP", start) ? names.provinceEnd(text, start) : start;
        return end > start && end <= limit ? end : at;
    }

    /**
     * A word for those of a kind with no name, between the bodies of a list ("các sở, ban, ngành, đoàn thể, đơn vị cấp
     * tỉnh và UBND các huyện"): read past it when a body follows, for it names no body of its own.
     */
    private int afterGenericItem(String text, int at, int limit) {
        Matcher generic = Anchored.at(GENERIC_ITEM, text, at, limit);
        if (generic == null) {
            return at;
        }
        Matcher separator = Anchored.at(SEPARATOR, text, generic.end(), limit);
        return separator != null && forms.at(text, afterOffice(text, separator.end(), limit), limit) != null ? separator.end() : at;
    }

    /** A place named after a council's head, of the kind named first: a number after a number, a name after a name. */
    private static Matcher placeAt(String text, int at, int limit, boolean numbered) {
        Matcher place = Anchored.at(PLACE_ITEM, text, at, limit);
        return place != null && Character.isDigit(place.group(1).charAt(0)) == numbered ? place : null;
    }

    static int skipBlanks(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    public Read read(String heading) {
        return at(heading, 0, heading.length());
    }

    private static int afterOffice(String text, int at, int limit) {
        Matcher office = Anchored.at(OFFICE, text, at, limit);
        return office == null ? at : office.end();
    }

    /** "Sở: Kế hoạch và Đầu tư, Công Thương, Y tế": each item is the head noun plus the item. */
    private Read readShared(String text, int from, int limit, String head) {
        List<String> bodies = new ArrayList<>();
        int position = from;
        while (position < limit) {
            String rest = head + " " + text.substring(position, limit);
            IssuerNames.Issuer body = names.single(rest, 0);
            if (body == null) {
                break;
            }
            add(bodies, body.name());
            position += body.end() - head.length() - 1;
            Matcher separator = Anchored.at(COMMA, text, position, limit);
            if (separator == null || forms.at(text, separator.end(), limit) != null) {
                break; // "các Sở: Tài nguyên và Môi trường, Y tế, Ban Quản lý các khu công nghiệp tỉnh, UBND các huyện": a body of its own
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
