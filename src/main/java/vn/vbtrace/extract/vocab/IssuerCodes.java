package vn.vbtrace.extract.vocab;

import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issuer codes of số ký hiệu ({@code vocab/issuer-codes.tsv}) and province names
 * ({@code vocab/provinces.tsv}).
 */
public final class IssuerCodes {

    private final Map<String, String> nameByCode = new HashMap<>();
    /** The same codes in the order of the file, for readers whose result follows it (the search's synonyms). */
    private final Map<String, String> namedCodesInFileOrder = new LinkedHashMap<>();
    private Provinces provinces;
    private Districts districts;

    static IssuerCodes load() {
        IssuerCodes codes = new IssuerCodes();
        for (String[] row : VocabularyFile.ISSUER_CODES.read()) {
            codes.nameByCode.put(row[0], TsvRows.cell(row, 1));
            if (TsvRows.cell(row, 1) != null) {
                codes.namedCodesInFileOrder.put(row[0], row[1]);
            }
        }
        codes.provinces = Provinces.load();
        codes.districts = Districts.load();
        return codes;
    }

    /** The issuer a code names, or null when the code is unknown or ambiguous (TW). */
    public String issuer(String code) {
        return nameByCode.get(code);
    }

    /** The known code equal to this one ignoring case ("TTG" → "TTg"), or the code itself. */
    public String codeIgnoringCase(String code) {
        for (String known : nameByCode.keySet()) {
            if (known.equalsIgnoreCase(code)) {
                return known;
            }
        }
        return code;
    }

    /** Each code that names one issuer, and that issuer ("BTC" → "Bộ Tài chính"), in the order of the file. */
    public Map<String, String> issuerByCode() {
        return Collections.unmodifiableMap(namedCodesInFileOrder);
    }

    public boolean isKnown(String code) {
        return nameByCode.containsKey(code);
    }

    /** Province names, longest first so "Thừa Thiên Huế" wins over a shorter prefix. */
    public List<String> provinces() {
        return provinces.names();
    }

    /** The provinces with their levels, spellings and the units of today. */
    public Provinces provinceTable() {
        return provinces;
    }

    /** The districts of the provinces of before 1 July 2025, with the province of each. */
    public Districts districtTable() {
        return districts;
    }

    /**
     * Whether a named issuer is the one a code stands for, or a more precise form of it: the code "UBND" stands for
     * "Ủy ban nhân dân", and "UBND tỉnh Bắc Kạn" is one.
     */
    public static boolean agrees(String coded, String named) {
        String codedKey = key(coded);
        String namedKey = key(named);
        return namedKey.equals(codedKey) || namedKey.startsWith(codedKey + " ");
    }

    /** An issuer's name as a key: folded, "Ủy ban nhân dân tỉnh X" as "UBND tỉnh X", "Hội đồng nhân dân" as "HĐND". */
    public static String key(String issuer) {
        return TextFold.fold(issuer).replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd")
                .replaceAll("\\s+", " ").strip();
    }
}
