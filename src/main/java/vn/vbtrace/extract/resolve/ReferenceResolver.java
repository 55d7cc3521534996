package vn.vbtrace.extract.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** A party committee named without its place ("của Tỉnh ủy"), and the level of the place it stands for. */
    private static final Map<String, String> UNPLACED_PARTY_COMMITTEES = Map.of("Tỉnh ủy", "tỉnh", "Thành ủy", "thành phố");
    /** Parts of a page that give the document's own number, maybe spelled otherwise than its header. */
    private static final Set<FieldSource> OWN_NUMBER_READINGS = Set.of(FieldSource.PAGE_TITLE, FieldSource.PORTAL_PANEL,
            FieldSource.ATTACHMENT);

    public List<Reference> resolve(String text, List<Mention> mentions, DocumentMetadata self, String localCommittee) {
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
                    placed(resolved.issuer(), localCommittee), resolved.date(), resolved.relation(), resolved.start(),
                    resolved.end(), text.substring(resolved.start(), resolved.end()),
                    placed(resolved.impliedIssuer(), localCommittee)));
        }
        return references;
    }

    /**
     * An issuer named without its place, placed in the document's own ({@code localCommittee}, "UBND tỉnh Hậu Giang"):
     * "Ủy ban nhân dân" is that committee; "Hội đồng nhân dân" and "Thường trực HĐND" its council ("của Hội đồng nhân
     * dân tỉnh"); "Ban Pháp chế HĐND" that committee of its council; "Văn phòng UBND tỉnh" the office of the province's
     * committee; "Tỉnh ủy" its party committee, and "Ban Thường vụ Tỉnh ủy" that committee's standing board, when the
     * document is a province's ("Nghị quyết số 08-NQ/TU ... của Tỉnh ủy"). Any other issuer as it is.
     */
    private static String placed(String issuer, String localCommittee) {
        if (issuer == null || localCommittee == null) {
            return issuer;
        }
        if (COMMITTEE.equals(issuer)) {
            return localCommittee;
        }
        if (!localCommittee.startsWith("UBND ")) {
            return issuer;
        }
        String place = localCommittee.substring("UBND ".length()); // "tỉnh Hậu Giang"
        if (UNPLACED_COUNCILS.containsKey(issuer)) {
            return UNPLACED_COUNCILS.get(issuer) + " " + place;
        }
        if (issuer.startsWith("Ban ") && issuer.endsWith(" HĐND")) {
            return issuer + " " + place;
        }
        String placeLevel = place.startsWith("thành phố ") ? "thành phố" : place.substring(0, Math.max(0, place.indexOf(' ')));
        if (!placeLevel.isEmpty() && (issuer.endsWith(" UBND " + placeLevel) || issuer.endsWith(" HĐND " + placeLevel))) {
            return issuer + place.substring(placeLevel.length()); // "Văn phòng UBND tỉnh" + " Thanh Hóa"
        }
        for (Map.Entry<String, String> party : UNPLACED_PARTY_COMMITTEES.entrySet()) { // "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"
            String level = party.getValue();
            if ((issuer.equals(party.getKey()) || issuer.endsWith(" " + party.getKey())) && place.startsWith(level + " ")) {
                return issuer + " " + place.substring(level.length() + 1);
            }
        }
        return issuer;
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
