package vn.vbtrace.extract.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.FieldOrigin;
import vn.vbtrace.document.FieldSource;
import vn.vbtrace.document.Reference;
import vn.vbtrace.extract.citation.Mention;

/**
 * Turns mentions into references. A mention of the document itself (its own number) is
 * dropped; a short form ("Quyết định 1322") takes the full number of the document of that
 * type and serial named elsewhere, or is dropped when none is; a repeated mention ("Quyết
 * định số 1322/QĐ-TTg nêu trên") borrows what the first full mention says and it does not;
 * a bare "Ủy ban nhân dân" or "Hội đồng nhân dân" issuer gets the place the document belongs to.
 */
public final class ReferenceResolver {

    private static final String COMMITTEE = "Ủy ban nhân dân";
    /** A council named without its place, and how it is named with one. */
    private static final Map<String, String> UNPLACED_COUNCILS = Map.of(
            "Hội đồng nhân dân", "HĐND", "Thường trực Hội đồng nhân dân", "Thường trực HĐND");
    /** A council, or a body of one, named with its level and no place: "UBND tỉnh", "Văn phòng HĐND huyện". */
    private static final Pattern AT_LEVEL = Pattern.compile(
            "(?<body>(?:.+ )?(?:UBND|HĐND)) (?<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)");
    /** Any body named with the province's level and no name: "Cục Thống kê tỉnh", "Công an thành phố". */
    private static final Pattern AT_PROVINCE_LEVEL = Pattern.compile("(?<body>.+) (?<level>tỉnh|thành phố)");
    /** A district's council as a reference names it: "UBND huyện Như Xuân" (with or without its province). */
    private static final Pattern DISTRICT_COUNCIL = Pattern.compile(
            "(?:UBND|HĐND) (?<district>(?:huyện|quận|thị xã) [^,]+)(?:, .+)?");
    private static final List<String> DISTRICT_LEVELS = List.of("huyện", "quận", "thị xã");
    private static final List<String> COMMUNE_LEVELS = List.of("xã", "phường", "thị trấn");
    /** Parts of a page that give the document's own number, maybe spelled otherwise than its header. */
    private static final Set<FieldSource> OWN_NUMBER_READINGS = Set.of(FieldSource.PAGE_TITLE, FieldSource.PORTAL_PANEL,
            FieldSource.ATTACHMENT);

    /**
     * A party committee as a name holds it without its place ("Tỉnh ủy", "Đảng bộ huyện"), and the level of the place
     * it stands for ({@code vocab/issuer-forms.tsv}, its "party" rows).
     */
    private final Map<String, String> partyLevels = new LinkedHashMap<>();

    public ReferenceResolver(Map<String, String> parties) {
        parties.forEach((written, level) -> partyLevels.put(
                written.substring(0, 1).toUpperCase(Locale.ROOT) + written.substring(1).toLowerCase(Locale.ROOT), level));
    }

    /**
     * {@code localCommittee}: the committee a bare "Ủy ban nhân dân" is ("UBND huyện X, tỉnh Y"), or null;
     * {@code localProvince}: the province the document belongs to with its level word ("tỉnh Y"), or null.
     */
    public List<Reference> resolve(String text, List<Mention> mentions, DocumentMetadata self, String localCommittee,
                                   String localProvince) {
        Set<String> selfKeys = selfKeys(self);
        Map<String, Mention> firstFull = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.number() != null && !mention.shortForm()) {
                firstFull.merge(DocumentNumbers.key(mention.number()), mention, ReferenceResolver::richer);
            }
        }
        Map<String, Mention> firstBySerial = new HashMap<>();
        for (Mention mention : mentions) {
            if (mention.number() != null && !mention.shortForm()) {
                firstBySerial.putIfAbsent(serialKey(mention.type(), leadingDigits(mention.number())), mention);
            }
        }
        Local local = new Local(localCommittee, localProvince, localDistrict(mentions));
        Map<String, Mention> lastFullByType = new HashMap<>(); // mentions come in text order
        List<Reference> references = new ArrayList<>();
        for (Mention mention : mentions) {
            Mention resolved = mention;
            if (mention.shortForm()) {
                Mention full = mention.number() == null ? lastFullByType.get(String.valueOf(mention.type()))
                        : firstBySerial.get(serialKey(mention.type(), mention.number()));
                resolved = full == null ? null
                        : mention.withNumber(full.number()).withDetails(full.type(), full.issuer(), full.date(),
                                full.impliedIssuer());
            } else if (mention.number() != null) {
                lastFullByType.put(String.valueOf(mention.type()), mention);
            }
            if (resolved == null) {
                continue;
            }
            if (resolved.number() != null) {
                String key = DocumentNumbers.key(resolved.number());
                if (selfKeys.contains(key)) {
                    continue;
                }
                resolved = borrow(resolved, firstFull.get(key));
            }
            references.add(new Reference(resolved.number(), resolved.title(), resolved.type(),
                    placed(resolved.issuer(), local), resolved.date(), resolved.relation(),
                    resolved.start(), resolved.end(), text.substring(resolved.start(), resolved.end()),
                    placed(resolved.impliedIssuer(), local)));
        }
        return references;
    }

    /**
     * An issuer named without its place, placed in the document's own ({@code localCommittee}, "UBND tỉnh Hậu Giang"):
     * "Ủy ban nhân dân" is that committee; "Hội đồng nhân dân" and "Thường trực HĐND" its council ("của Hội đồng nhân
     * dân tỉnh"); "Ban Pháp chế HĐND" that committee of its council; "Văn phòng UBND tỉnh" the office of the province's
     * committee; "Tỉnh ủy" its party committee, and "Ban Thường vụ Tỉnh ủy" that committee's standing board, when the
     * document is a province's ("Nghị quyết số 08-NQ/TU ... của Tỉnh ủy"). A council written with its level ("của
     * UBND tỉnh", "của HĐND huyện") is placed at that level: the document's own place, the province around it, or,
     * in a commune's document, its district ({@code localDistrict}); any other body written with the province's level
     * ("Cục Thống kê tỉnh") in that province; left as written when that place is not known.
     * Any other issuer as it is.
     */
    private String placed(String issuer, Local local) {
        String localCommittee = local.committee();
        if (issuer == null || localCommittee == null) {
            return issuer;
        }
        if (COMMITTEE.equals(issuer)) {
            return localCommittee;
        }
        if (!localCommittee.startsWith("UBND ")) {
            return issuer;
        }
        String place = localCommittee.substring("UBND ".length()); // "tỉnh Hậu Giang", "huyện X, tỉnh Y"
        if (UNPLACED_COUNCILS.containsKey(issuer)) {
            return UNPLACED_COUNCILS.get(issuer) + " " + place;
        }
        if (issuer.startsWith("Ban ") && issuer.endsWith(" HĐND")) {
            return issuer + " " + place;
        }
        for (Pattern unplaced : List.of(AT_LEVEL, AT_PROVINCE_LEVEL)) {
            Matcher atLevel = unplaced.matcher(issuer);
            if (atLevel.matches()) { // "UBND tỉnh", "Văn phòng UBND tỉnh", "Ban Pháp chế HĐND huyện", "Cục Thống kê tỉnh"
                String levelled = placeAtLevel(atLevel.group("level"), place, local);
                return levelled == null ? issuer : atLevel.group("body") + " " + levelled;
            }
        }
        for (Map.Entry<String, String> party : partyLevels.entrySet()) { // "Tỉnh ủy", "Ban Chấp hành Đảng bộ huyện"
            if (issuer.equals(party.getKey()) || issuer.endsWith(" " + party.getKey())) {
                String levelled = placeAtLevel(party.getValue(), place, local);
                return levelled == null ? issuer : issuer + " " + nameOf(levelled, party.getKey(), party.getValue());
            }
        }
        return issuer;
    }

    /** Where the document stands: its committee, its province ("tỉnh Y") and a commune's district; any may be null. */
    private record Local(String committee, String province, String district) {
    }

    /**
     * The place of {@code level} the document stands in: its own place when it is of that level ("huyện X, tỉnh Y"),
     * the province around it ("tỉnh Y", else the document's province), or the district of a commune's document; null
     * when unknown.
     */
    private static String placeAtLevel(String level, String place, Local local) {
        if (place.startsWith(level + " ")) {
            return place;
        }
        int comma = place.lastIndexOf(", ");
        String around = comma < 0 ? null : place.substring(comma + 2); // "tỉnh Y" of "huyện X, tỉnh Y"
        if (around != null && around.startsWith(level + " ")) {
            return around;
        }
        if (around == null && local.province() != null && local.province().startsWith(level + " ")) {
            return local.province(); // a commune's header without its province, which the text names elsewhere
        }
        boolean commune = COMMUNE_LEVELS.stream().anyMatch(communeLevel -> place.startsWith(communeLevel + " "));
        if (commune && DISTRICT_LEVELS.contains(level) && local.district() != null && local.district().startsWith(level + " ")) {
            return local.district();
        }
        return null;
    }

    /**
     * "Như Xuân" of "huyện Như Xuân, tỉnh Thanh Hóa": a party committee whose name holds its level ("Huyện ủy", "Đảng
     * bộ huyện") is named by its place's name alone; "Đảng ủy" with the level ("Đảng ủy xã Cát Vân").
     */
    private static String nameOf(String levelled, String party, String level) {
        int comma = levelled.indexOf(", ");
        String local = comma < 0 ? levelled : levelled.substring(0, comma);
        String levelSyllable = level.split(" ")[0];
        return party.toLowerCase(Locale.ROOT).contains(levelSyllable) ? local.substring(level.length() + 1) : local;
    }

    /**
     * The district of a commune's document whose header names only the commune: the one district the document's
     * references name ("Quyết định số 37/QĐ-UBND ... của UBND huyện Như Xuân"); null when they name none or several.
     */
    private static String localDistrict(List<Mention> mentions) {
        Set<String> districts = new HashSet<>();
        for (Mention mention : mentions) {
            Matcher m = mention.issuer() == null ? null : DISTRICT_COUNCIL.matcher(mention.issuer());
            if (m != null && m.matches()) {
                districts.add(m.group("district"));
            }
        }
        return districts.size() == 1 ? districts.iterator().next() : null;
    }

    /**
     * The document's own number, and what a page's title, panel or attachment list gives as its number when
     * that is spelled differently ("1961/2019/QĐ-UBND" in a title over the header's "1961/QĐ-UBND"): the
     * page speaks of the document itself there, never of another one.
     */
    private static Set<String> selfKeys(DocumentMetadata self) {
        Set<String> keys = new HashSet<>();
        if (self.number() == null) {
            return keys;
        }
        keys.add(DocumentNumbers.key(self.number()));
        FieldOrigin origin = self.provenance().get("number");
        if (origin != null) {
            for (FieldOrigin.Reading other : origin.others()) {
                if (OWN_NUMBER_READINGS.contains(other.source()) && other.value() != null) {
                    keys.add(DocumentNumbers.key(other.value()));
                }
            }
        }
        return keys;
    }

    /** "1322" of "1322/QĐ-TTg"; a short form "Quyết định 1322" names the first Quyết định whose number starts so. */
    private static String leadingDigits(String number) {
        int i = 0;
        while (i < number.length() && Character.isDigit(number.charAt(i))) {
            i++;
        }
        return number.substring(0, i);
    }

    private static String serialKey(String type, String serial) {
        return type + "|" + serial;
    }

    /** Fills what a mention leaves out from the fullest mention of the same number. */
    private static Mention borrow(Mention mention, Mention fullest) {
        if (fullest == null || fullest == mention) {
            return mention;
        }
        String issuer = mention.issuer() != null ? mention.issuer() : fullest.issuer();
        return mention.withDetails(
                mention.type() != null ? mention.type() : fullest.type(),
                issuer,
                mention.date() != null ? mention.date() : fullest.date(),
                issuer != null ? null : mention.impliedIssuer() != null ? mention.impliedIssuer() : fullest.impliedIssuer());
    }

    private static Mention richer(Mention a, Mention b) {
        int scoreA = (a.date() != null ? 2 : 0) + (a.issuer() != null ? 1 : 0);
        int scoreB = (b.date() != null ? 2 : 0) + (b.issuer() != null ? 1 : 0);
        return scoreB > scoreA ? b : a;
    }
}
