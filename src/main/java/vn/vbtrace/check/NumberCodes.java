package vn.vbtrace.check;

import vn.vbtrace.document.TextFold;
import vn.vbtrace.extract.token.NumberParts;
import vn.vbtrace.extract.vocab.IssuerCodes;
import vn.vbtrace.extract.vocab.Vocabulary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a số ký hiệu itself says about its document: the type its code names ("QĐ" is a Quyết định)
 * and the issuer its code names ("TTg" is the Thủ tướng Chính phủ). A citation that writes
 * another type or issuer beside the number contradicts itself, whatever the repository holds.
 */
final class NumberCodes {

    /** What joins a joint paper's makers in an issuer's name. */
    private static final Pattern JOINT = Pattern.compile("\\s*,\\s*");

    private final Vocabulary vocabulary;

    NumberCodes(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The type the number's code names, or null when the number has no type code. */
    String type(String number) {
        NumberParts parts = NumberParts.parse(number, vocabulary.types());
        return parts.typeCode() == null ? null : parts.type(vocabulary.types());
    }

    /** The issuer the number's code names, or null when the code alone does not say (TW, unknown codes). */
    String issuer(String number) {
        String issuer = NumberParts.parse(number, vocabulary.types()).issuer(vocabulary.issuerCodes());
        return issuer == null || issuer.isBlank() ? null : issuer;
    }

    /** The issuer code as written in the number ("TTg" of 1322/QĐ-TTg), for messages. */
    String issuerCode(String number) {
        List<String> codes = NumberParts.parse(number, vocabulary.types()).issuerCodes();
        return codes.isEmpty() ? null : codes.getFirst();
    }

    String typeCode(String number) {
        return NumberParts.parse(number, vocabulary.types()).typeCode();
    }

    /**
     * A named issuer agrees with the coded one when it is that issuer or a more precise form of it; of a joint paper's
     * makers, written with commas ("Bộ Tài chính, Bộ Nội vụ", "Bộ Chính trị, Ban Bí thư"), when each one named is one
     * of them ("Bộ Tài chính" of a TTLT-BTC-BNV). A maker whose own name holds a comma ("Bộ Văn hóa, Thể thao và Du
     * lịch") is cut in two on both sides alike, so it still agrees with itself.
     */
    static boolean issuerAgrees(String coded, String named) {
        if (IssuerCodes.agrees(coded, named)) {
            return true;
        }
        List<String> codedMakers = List.of(JOINT.split(coded));
        List<String> namedMakers = List.of(JOINT.split(named));
        if (codedMakers.size() < 2 && namedMakers.size() < 2) {
            return false;
        }
        return namedMakers.stream().allMatch(one -> codedMakers.stream().anyMatch(maker -> IssuerCodes.agrees(maker, one)));
    }

    static boolean typeAgrees(String coded, String named) {
        return TextFold.fold(coded).equals(TextFold.fold(named));
    }

    /** "Ủy ban nhân dân tỉnh X" and "UBND tỉnh X" are one issuer. */
    static String issuerKey(String issuer) {
        return IssuerCodes.key(issuer);
    }
}
