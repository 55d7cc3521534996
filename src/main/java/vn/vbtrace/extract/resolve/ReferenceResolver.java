package vn.vbtrace.extract.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
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
    private static final String COUNCIL = "Hội đồng nhân dân";

    public List<Reference> resolve(String text, List<Mention> mentions, DocumentMetadata self, String localCommittee) {
        String selfKey = self.number() == null ? null : DocumentNumbers.key(self.number());
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
                        : mention.withNumber(full.number()).withDetails(full.type(), full.issuer(), full.date());
            } else if (mention.number() != null) {
                lastFullByType.put(String.valueOf(mention.type()), mention);
            }
            if (resolved == null) {
                continue;
            }
            if (resolved.number() != null) {
                String key = DocumentNumbers.key(resolved.number());
                if (key.equals(selfKey)) {
                    continue;
                }
                resolved = borrow(resolved, firstFull.get(key));
            }
            if (COMMITTEE.equals(resolved.issuer()) && localCommittee != null) {
                resolved = resolved.withIssuer(localCommittee); // "UBND tỉnh Hậu Giang"
            } else if (COUNCIL.equals(resolved.issuer()) && localCommittee != null && localCommittee.startsWith("UBND ")) {
                resolved = resolved.withIssuer("HĐND " + localCommittee.substring("UBND ".length())); // its council
            }
            references.add(new Reference(resolved.number(), resolved.title(), resolved.type(), resolved.issuer(),
                    resolved.date(), resolved.relation(), resolved.start(), resolved.end(),
                    text.substring(resolved.start(), resolved.end())));
        }
        return references;
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
        return mention.withDetails(
                mention.type() != null ? mention.type() : fullest.type(),
                mention.issuer() != null ? mention.issuer() : fullest.issuer(),
                mention.date() != null ? mention.date() : fullest.date());
    }

    private static Mention richer(Mention a, Mention b) {
        int scoreA = (a.date() != null ? 2 : 0) + (a.issuer() != null ? 1 : 0);
        int scoreB = (b.date() != null ? 2 : 0) + (b.issuer() != null ? 1 : 0);
        return scoreB > scoreA ? b : a;
    }
}
