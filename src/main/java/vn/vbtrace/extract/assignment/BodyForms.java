package vn.vbtrace.extract.assignment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.IssuerNames;

/**
 * One body at a place in a text: the one the list of bodies and the issuers' forms read, or one no list can name, read
 * by the form of its name: a group of People's Committees by their levels, a steering committee by its field and level,
 * a local unit named bare.
 */
final class BodyForms {

    /**
     * The People's Committees of a level or several, named together: "UBND các xã, phường, thị trấn",
     * "Ủy ban nhân dân các huyện, thị", "UBND cấp xã", "Ủy ban nhân dân huyện, thị xã, thành phố". Named so
     * when the vocabulary has no name for the group, or a shorter one.
     */
    private static final String LEVEL = "(?:tỉnh|thành\\s+phố|huyện|quận|thị\\s+xã|thị\\s+trấn|thị|xã|phường)";
    private static final Pattern COUNCILS = Pattern.compile(
            "(?:UBND|Ủy\\s+ban\\s+nhân\\s+dân|Uỷ\\s+ban\\s+nhân\\s+dân)\\s+(?:(các)\\s+|(cấp)\\s+|(?=" + LEVEL + "\\s*,\\s*" + LEVEL + "))(" + LEVEL
            + "(?:\\s*,\\s*" + LEVEL + "|\\s+và\\s+" + LEVEL + ")*)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A place's name after its council's level: one to four capitalized syllables ("Phú Tân", "Trần Văn Thời"). */
    private static final Pattern PLACE = Pattern.compile("\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*){0,3}(?!\\p{L})");
    /**
     * A local unit named bare, standing for its government: "Xã Sen Phương, xã Xuân Đình có trách nhiệm ...",
     * "huyện Phú Tân". Not a Party committee or a council named after the level ("Huyện ủy", "Xã đoàn").
     */
    private static final Pattern BARE_PLACE = Pattern.compile(
            "([Xx]ã|[Pp]hường|[Tt]hị\\s+trấn|[Tt]hị\\s+xã|[Hh]uyện|[Qq]uận)[ \\t]+(?!(?:Ủy|Uỷ|Đoàn|Đảng|UBND|HĐND)(?!\\p{L}))(?=\\p{Lu})");

    /**
     * A steering committee named by its field and level ("Ban chỉ đạo phòng, chống dịch bệnh trên người tỉnh Hà
     * Giang", "Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện"): its name runs to the first level word, at most twelve
     * words on; a comma inside it only before a small word ("phòng, chống"). The province after "tỉnh" is its place,
     * not its name; a place below the province stays ("... thị xã Hà Giang").
     */
    private static final Pattern STEERING = Pattern.compile(
            "Ban\\s+[Cc]hỉ\\s+đạo(?:(?:\\s+|,\\s*(?=\\p{Ll}))(?!" + LEVEL + "(?!\\p{L}))[\\p{L}\\-]+){1,12}?\\s+(tỉnh|" + LEVEL + ")(?!\\p{L})");

    private final IssuerNames names;

    BodyForms(IssuerNames names) {
        this.names = names;
    }

    /**
     * The body named at {@code at}, ending by {@code limit}: a group of councils or a steering committee when longer than
     * what the list of bodies and the issuers' forms read, else that, else a local unit named bare; null when none is.
     */
    IssuerNames.Issuer at(String text, int at, int limit) {
        IssuerNames.Issuer body = names.single(text, at);
        if (body == null && (text.startsWith("Các ", at) || text.startsWith("các ", at))) {
            body = names.single(text, at + 4); // "Các Sở GDĐT cần chỉ đạo ...": every one of them, each the same body
        }
        if (body != null && body.end() > limit) {
            body = null;
        }
        Matcher councils = Anchored.at(COUNCILS, text, at, limit);
        if (councils != null && (body == null || body.end() < councils.end())) {
            String group = councils.group(1) != null ? "các " : councils.group(2) != null ? "cấp " : "";
            return new IssuerNames.Issuer("UBND " + group + councils.group(3).replaceAll("\\s*,\\s*", ", ").replaceAll("\\s+", " "),
                    councils.end());
        }
        IssuerNames.Issuer steering = steering(text, at, limit);
        if (steering != null && (body == null || body.end() < steering.end())) {
            return steering;
        }
        return body != null ? body : barePlace(text, at, limit);
    }

    private static IssuerNames.Issuer steering(String text, int at, int limit) {
        Matcher named = Anchored.at(STEERING, text, at, limit);
        if (named == null) {
            return null;
        }
        Matcher place = Anchored.at(PLACE, text, BodyList.skipBlanks(text, named.end()), limit);
        if (place == null) {
            return new IssuerNames.Issuer(named.group().replaceAll("\\s+", " "), named.end());
        }
        String name = named.group().replaceAll("\\s+", " ") + (named.group(1).equals("tỉnh") ? "" : " " + place.group());
        return new IssuerNames.Issuer(name, place.end());
    }

    private static IssuerNames.Issuer barePlace(String text, int at, int limit) {
        Matcher level = Anchored.at(BARE_PLACE, text, at, limit);
        Matcher place = level == null ? null : Anchored.at(PLACE, text, level.end(), limit);
        if (place == null) {
            return null;
        }
        String unit = level.group(1).replaceAll("\\s+", " ");
        return new IssuerNames.Issuer(Character.toUpperCase(unit.charAt(0)) + unit.substring(1) + " " + place.group(), place.end());
    }
}
