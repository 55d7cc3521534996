package vn.vbtrace.extract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.vocab.DocumentTypes;
import vn.vbtrace.extract.vocab.IssuerCodes;

/**
 * The parts of a số ký hiệu: "20/2010/TT-BKHCN" is serial 20, year 2010, type code TT,
 * issuer code BKHCN; "52-NQ/TW" is serial 52, type NQ, issuer TW; "4258/BKHCN-TĐC" has no
 * type code (a letter), issuer BKHCN and drafting unit TĐC.
 */
public record NumberParts(String serial, String year, String typeCode, List<String> issuerCodes) {

    private static final Pattern SHAPE = Pattern.compile("^(\\d+[a-z]?)(?:[-/](\\d{4}))?[-/](.+?)(?:/([^/]+))?$");
    /** Codes are joined by a dash, or misprinted with a dot ("QĐ.UB"). */
    private static final Pattern CODE_JOINER = Pattern.compile("[-.]");

    public static NumberParts parse(String number, DocumentTypes types) {
        Matcher m = SHAPE.matcher(number);
        if (!m.matches()) {
            return new NumberParts(number, null, null, List.of());
        }
        List<String> codes = new ArrayList<>(List.of(CODE_JOINER.split(m.group(3))));
        if (m.group(4) != null) {
            codes.addAll(List.of(CODE_JOINER.split(m.group(4)))); // party form 52-NQ/TW; misprint 01/2003/TTLT/BKH-BTC
        }
        String typeCode = types.byAbbreviation(codes.get(0)) != null ? codes.remove(0) : null;
        return new NumberParts(m.group(1), m.group(2), typeCode, List.copyOf(codes));
    }

    /**
     * The type the number's code names. A number without a type code and without a year is a
     * Công văn (4258/BKHCN-TĐC); with a year it is a law or a resolution of the Quốc hội
     * (23/2000/QH10), which the number alone cannot tell apart: null. A bare serial ("Chỉ thị số 17" in a
     * news lead) has no codes and tells nothing: null.
     */
    public String type(DocumentTypes types) {
        if (typeCode == null) {
            return year == null && !issuerCodes.isEmpty() ? DocumentTypes.LETTER : null;
        }
        return types.byAbbreviation(typeCode);
    }

    /**
     * The issuer the codes name. A letter's second code is its drafting unit, not an issuer;
     * a joint document (TTLT-BTC-BKHCN) has every code as an issuer.
     */
    public String issuer(IssuerCodes codes) {
        if (issuerCodes.isEmpty()) {
            return null;
        }
        List<String> named = codeIssuers(codes);
        boolean joint = typeCode != null && typeCode.endsWith("LT");
        List<String> names = joint ? named : named.subList(0, 1);
        return names.contains(null) ? null : String.join(", ", names);
    }

    /** The issuer each code names, in order; null for a code that names none. */
    public List<String> codeIssuers(IssuerCodes codes) {
        List<String> names = new ArrayList<>();
        for (String code : issuerCodes) {
            names.add(codes.issuer(code.replaceAll("\\d+$", ""))); // QH13 → QH
        }
        return names;
    }
}
