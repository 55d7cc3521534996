package vn.vbtrace.check;

import java.util.List;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.extract.token.NumberParts;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Where a document belongs: the province its issuer or place names, or national scope. A document of a provincial
 * body whose province the text does not say (a stub "1950/QĐ-UBND" cited without its issuer) is local, province unknown.
 */
final class Provinces {

    static final String NATIONAL = "national";
    static final String LOCAL_UNKNOWN = "local";

    private final Vocabulary vocabulary;
    private final List<String> names;

    Provinces(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.names = vocabulary.issuerCodes().provinces();
    }

    /** The province named in the text ("UBND tỉnh Bắc Kạn" → "Bắc Kạn"), or null. */
    String named(String text) {
        if (text == null) {
            return null;
        }
        String folded = " " + DocumentNumbers.fold(text).replaceAll("[^\\p{L}\\d]+", " ") + " ";
        for (String name : names) {
            String key = DocumentNumbers.fold(name).replaceAll("[^\\p{L}\\d]+", " ").strip();
            if (folded.contains(" tinh " + key + " ") || folded.contains(" thanh pho " + key + " ") || folded.strip().equals(key)) {
                return name;
            }
        }
        return null;
    }

    /** A province's name, {@link #NATIONAL}, or {@link #LOCAL_UNKNOWN}. */
    String scope(String number, String type, String issuer, String place) {
        String province = named(issuer);
        if (province == null) {
            province = named(place);
        }
        if (province != null) {
            return province;
        }
        String folded = issuer == null ? "" : " " + DocumentNumbers.fold(issuer) + " ";
        if (folded.contains(" so ") || folded.contains("ubnd") || folded.contains("uy ban nhan dan") || folded.contains("huyen")
                || folded.contains("hdnd") || folded.contains("hoi dong nhan dan")) {
            return LOCAL_UNKNOWN;
        }
        if (issuer != null || type != null && DocumentNumbers.fold(type).startsWith("luat")) {
            return NATIONAL;
        }
        if (number == null) {
            return LOCAL_UNKNOWN;
        }
        List<String> codes = NumberParts.parse(number.replaceAll("\\s+", ""), vocabulary.types()).issuerCodes();
        String code = codes.isEmpty() ? "" : DocumentNumbers.fold(codes.getFirst());
        if (code.startsWith("ubnd") || code.startsWith("hdnd") || code.startsWith("s") && !code.equals("stc")) {
            return LOCAL_UNKNOWN;
        }
        return codes.isEmpty() ? LOCAL_UNKNOWN : NATIONAL;
    }
}
