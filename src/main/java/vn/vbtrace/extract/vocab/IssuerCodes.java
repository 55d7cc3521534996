package vn.vbtrace.extract.vocab;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Issuer codes of số ký hiệu ({@code vocab/issuer-codes.tsv}) and province names
 * ({@code vocab/provinces.tsv}).
 */
public final class IssuerCodes {

    private final Map<String, String> nameByCode = new HashMap<>();
    private Provinces provinces;

    static IssuerCodes load() {
        IssuerCodes codes = new IssuerCodes();
        for (String[] row : VocabularyFile.ISSUER_CODES.read()) {
            codes.nameByCode.put(row[0], TsvRows.cell(row, 1));
        }
        codes.provinces = Provinces.load();
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
}
