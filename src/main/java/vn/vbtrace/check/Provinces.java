package vn.vbtrace.check;

import vn.vbtrace.document.TextFold;
import java.util.List;
import java.util.Map;

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
    /** Each province's name and its key (folded, words only), made once: a check asks for hundreds of issuers' provinces. */
    private final List<Map.Entry<String, String>> keys;

    Provinces(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.keys = vocabulary.issuerCodes().provinces().stream().map(name -> Map.entry(name, words(name).strip())).toList();
    }

    private static String words(String text) {
        return TextFold.fold(text).replaceAll("[^\\p{L}\\d]+", " ");
    }

    /** The province named in the text ("UBND tỉnh Bắc Kạn" → "Bắc Kạn"), or null. */
    String named(String text) {
        if (text == null) {
            return null;
        }
        String folded = " " + words(text) + " ";
        String bare = folded.strip();
        for (Map.Entry<String, String> province : keys) {
            String key = province.getValue();
            if (folded.contains(" tinh " + key + " ") || folded.contains(" thanh pho " + key + " ") || bare.equals(key)) {
                return province.getKey();
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
        String folded = issuer == null ? "" : " " + TextFold.fold(issuer) + " ";
        if (folded.contains(" so ") || folded.contains("ubnd") || folded.contains("uy ban nhan dan") || folded.contains("huyen")
                || folded.contains("hdnd") || folded.contains("hoi dong nhan dan")) {
            return LOCAL_UNKNOWN;
        }
        if (issuer != null || type != null && TextFold.fold(type).startsWith("luat")) {
            return NATIONAL;
        }
        if (number == null) {
            return LOCAL_UNKNOWN;
        }
        List<String> codes = NumberParts.parse(number.replaceAll("\\s+", ""), vocabulary.types()).issuerCodes();
        String code = codes.isEmpty() ? "" : TextFold.fold(codes.getFirst());
        if (code.startsWith("ubnd") || code.startsWith("hdnd") || code.startsWith("s") && !code.equals("stc")) {
            return LOCAL_UNKNOWN;
        }
        return codes.isEmpty() ? LOCAL_UNKNOWN : NATIONAL;
    }
}
