package vn.vbtrace.check;

import vn.vbtrace.document.TextFold;
import java.util.List;
import java.util.regex.Pattern;

import vn.vbtrace.extract.token.NumberParts;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Where a document belongs: the province its issuer or place names, or national scope. A document of a provincial
 * body whose province the text does not say (a stub "1950/QĐ-UBND" cited without its issuer) is local, province unknown.
 */
final class Provinces {

    static final String NATIONAL = "national";
    static final String LOCAL_UNKNOWN = "local";

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\d]+");

    private final Vocabulary vocabulary;

    /** A province's name, its key (folded, words only) and how a text names it, made once: a check asks for hundreds of issuers' provinces. */
    private record Key(String name, String key, String asTinh, String asCity) {
        Key(String name) {
            this(name, words(name).strip());
        }

        private Key(String name, String key) {
            this(name, key, " tinh " + key + " ", " thanh pho " + key + " ");
        }
    }

    private final List<Key> keys;

    Provinces(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.keys = vocabulary.issuerCodes().provinces().stream().map(Key::new).toList();
    }

    private static String words(String text) {
        return NOT_A_WORD.matcher(TextFold.fold(text)).replaceAll(" ");
    }

    /** The province named in the text ("UBND tỉnh Bắc Kạn" → "Bắc Kạn"), or null. */
    String named(String text) {
        if (text == null) {
            return null;
        }
        String folded = " " + words(text) + " ";
        String bare = folded.strip();
        for (Key province : keys) {
            if (folded.contains(province.asTinh()) || folded.contains(province.asCity()) || bare.equals(province.key())) {
                return province.name();
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
