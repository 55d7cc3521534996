package vn.vbtrace.extract.citation;

import java.util.Set;
import vn.vbtrace.extract.token.NumberParts;
import vn.vbtrace.extract.vocab.IssuerCodes;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Who made a cited paper, as far as its number and type say. A paper's maker is what the text names
 * ("của Chính phủ"); what the number's code stands for ("NĐ-CP": Chính phủ) is only implied, and is kept
 * apart. The code still decides whether a maker named for a neighbour in a list can be this paper's too.
 */
final class Makers {

    /** The Party's central code, and the central bodies whose papers carry it (Hướng dẫn 36-HD/VPTW, 3/4/2018). */
    private static final String PARTY_CENTRAL_CODE = "TW";
    private static final Set<String> PARTY_CENTRAL_BODIES = Set.of("Bộ Chính trị", "Ban Bí thư",
            "Ban Chấp hành Trung ương");

    private final Vocabulary vocabulary;
    private final LawNames lawNames;

    Makers(Vocabulary vocabulary, LawNames lawNames) {
        this.vocabulary = vocabulary;
        this.lawNames = lawNames;
    }

    /** The maker the number's code stands for, else the one the type has by law (a Luật: Quốc hội); or null. */
    String implied(Mention mention) {
        String coded = coded(mention.number());
        return coded != null ? coded : lawNames.issuerOf(mention.type());
    }

    /** Whether a number carries the Party's central code, which names no one maker ("01-KL/TW"). */
    private boolean partyCentral(String number) {
        return number != null && NumberParts.parse(number, vocabulary.types()).issuerCodes().contains(PARTY_CENTRAL_CODE);
    }

    /**
     * Whether two papers' numbers name one maker by their codes ("361/TTr-CP", "362/ĐA-CP"): a list written "A và B
     * ngày D" gives both the day when they are one maker's (a law and a decree joined so are not).
     */
    boolean sameCode(Mention first, Mention second) {
        String coded = coded(first.number());
        return coded != null && coded.equals(coded(second.number()));
    }

    /** The maker a number's codes stand for, or null. */
    private String coded(String number) {
        return number == null ? null : NumberParts.parse(number, vocabulary.types()).issuer(vocabulary.issuerCodes());
    }

    /**
     * Whether {@code maker}, named after another maker of a paper, made it together with that one: a joint paper's
     * code names it among its makers ("72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", "TTLT-BTC-BNV"), or the Party's central
     * code "TW" (which names none: issuer-codes.tsv) stands for it among the Party's central bodies ("Kết luận số
     * 126-KL/TW ... của Bộ Chính trị, Ban Bí thư").
     */
    boolean joins(String number, String type, String maker) {
        if (number == null) {
            return false;
        }
        if (partyCentral(number)) {
            return PARTY_CENTRAL_BODIES.contains(maker);
        }
        NumberParts parts = NumberParts.parse(number, vocabulary.types());
        boolean joint = parts.typeCode() != null && parts.typeCode().endsWith("LT")
                || type != null && type.endsWith("liên tịch");
        if (!joint) {
            return false;
        }
        return parts.codeIssuers(vocabulary.issuerCodes()).stream()
                .anyMatch(coded -> coded != null && IssuerCodes.agrees(coded, maker));
    }

    /**
     * Whether {@code maker}, named for a paper of type {@code makerType} beside this one in a list, made this one
     * too: its number's code stands for that maker ("3334/STNMT-QLĐĐ" after "Sở Tài nguyên và Môi trường tại Tờ trình
     * số 2940/TTr-STNMT"), or its code stands for none and it is of the same type. A null type never matches.
     */
    boolean fits(Mention mention, String maker, String makerType) {
        if (maker == null) {
            return false;
        }
        String implied = implied(mention);
        if (implied == null && partyCentral(mention.number())) {
            return PARTY_CENTRAL_BODIES.contains(maker); // "Kết luận 01-KL/TW ... do Ban Chấp hành Trung ương ban hành"
        }
        if (implied == null) {
            return makerType != null && makerType.equals(mention.type());
        }
        return IssuerCodes.agrees(implied, maker);
    }
}
