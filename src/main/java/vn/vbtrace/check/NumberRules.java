package vn.vbtrace.check;

import vn.vbtrace.document.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vbtrace.document.VocabularyFile;
import vn.vbtrace.extract.token.DocumentNumberFinder;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Whether a số ký hiệu keeps the official form, and the right form when it can be told. State documents
 * (Nghị định 30/2020/NĐ-CP, Phụ lục III): number[/year]/TYPE-ISSUER[-UNIT], a letter number/ISSUER-UNIT, a law
 * number/year/QHnn. Party documents: number-TYPE/ISSUER (52-NQ/TW). Issuer codes are an open list (every unit has
 * its own), so a code is judged only where its place says what it must be: the type position, a party issuer.
 */
final class NumberRules {

    /** What the form says; {@code rightForm} is the corrected number when one follows from the rules, else null. */
    record Verdict(boolean malformed, String reason, String rightForm, List<String> candidates) {

        static final Verdict WELL_FORMED = new Verdict(false, null, null, List.of());
    }

    /** Type codes that never name a drafting unit, so "1322/TTg-QĐ" has its codes in the wrong order. */
    private static final Set<String> TYPE_ONLY = Set.of("qd", "nq", "ct", "nd", "tt", "ttlt", "tb", "hd", "qyd", "qc", "pl", "kl");

    private static final Pattern PARTY = Pattern.compile("(" + DocumentNumberFinder.SERIAL + ")-([\\p{L}]+)/([\\p{L}\\d]+)");
    private static final Pattern STATE = Pattern.compile("(" + DocumentNumberFinder.SERIAL + ")(/\\d{4})?/([\\p{L}\\d&]+(?:-[\\p{L}\\d&]+)*)");
    private static final Pattern LAW_ISSUER = Pattern.compile("(?i)(QH|UBTVQH|PL-UBTVQH)\\d{1,2}");

    private final Vocabulary vocabulary;
    private final Set<String> partyIssuers;
    private final Set<String> typeCodes = new HashSet<>();

    NumberRules(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.partyIssuers = loadPartyCodes();
        for (String code : List.of("NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
                "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "PL", "NĐ", "TT", "TTLT", "NQLT", "KL")) {
            if (vocabulary.types().byAbbreviation(code) != null) {
                typeCodes.add(fold(code));
            }
        }
    }

    Verdict check(String number) {
        String compact = number.replaceAll("\\s+", "");
        Matcher party = PARTY.matcher(compact);
        if (party.matches()) {
            return party(party.group(1), party.group(2), party.group(3));
        }
        Matcher state = STATE.matcher(compact);
        if (!state.matches()) {
            return new Verdict(true, "số ký hiệu " + number + " không theo thể thức số/năm/LOẠI-CƠ QUAN (Nghị định 30/2020/NĐ-CP)"
                    + " hay số-LOẠI/CƠ QUAN (văn bản của Đảng)", null, List.of());
        }
        String serial = state.group(1);
        String year = state.group(2) == null ? "" : state.group(2);
        List<String> codes = Arrays.asList(state.group(3).split("-"));
        if (codes.size() == 1) {
            return Verdict.WELL_FORMED; // a law (77/2015/QH13) or a letter without a unit
        }
        String first = codes.get(0);
        String second = codes.get(1);
        if (isType(first)) {
            if (isPartyIssuer(second) && codes.size() == 2) {
                String right = serial + "-" + first + "/" + second;
                return new Verdict(true, "văn bản của Đảng ghi số trước loại văn bản, rồi cơ quan sau dấu gạch chéo: "
                        + right + ", không phải " + number, right, List.of(right));
            }
            return Verdict.WELL_FORMED;
        }
        if (isIssuer(first)) {
            if (TYPE_ONLY.contains(fold(second)) && !isIssuer(second)) {
                List<String> rest = new ArrayList<>(codes);
                rest.set(0, second);
                rest.set(1, first);
                String right = serial + year + "/" + String.join("-", rest);
                return new Verdict(true, "mã loại văn bản (" + second + ") phải đứng trước mã cơ quan ban hành (" + first
                        + "): " + right, right, List.of(right));
            }
            return Verdict.WELL_FORMED; // a letter: number/ISSUER-UNIT
        }
        if (isIssuer(second) || isPartyIssuer(second) || LAW_ISSUER.matcher(second).matches()) {
            List<String> candidates = new ArrayList<>();
            for (String type : nearTypes(first)) {
                List<String> fixed = new ArrayList<>(codes);
                fixed.set(0, type);
                candidates.add(serial + year + "/" + String.join("-", fixed));
            }
            return new Verdict(true, "mã loại văn bản \"" + first + "\" không có trong Nghị định 30/2020/NĐ-CP (Phụ lục III)",
                    null, candidates);
        }
        return Verdict.WELL_FORMED; // codes of a unit this vocabulary does not know: not judged
    }

    private Verdict party(String serial, String type, String issuer) {
        if (isPartyIssuer(issuer)) {
            if (!isType(type) && !fold(type).equals("cv")) {
                return new Verdict(true, "mã loại văn bản \"" + type + "\" của văn bản Đảng không có trong quy định về thể thức",
                        null, List.of());
            }
            return Verdict.WELL_FORMED;
        }
        if (isIssuer(issuer) && isType(type)) {
            String right = serial + "/" + type + "-" + issuer;
            return new Verdict(true, "văn bản của cơ quan nhà nước ghi số/LOẠI-CƠ QUAN (Nghị định 30/2020/NĐ-CP): " + right,
                    right, List.of(right));
        }
        return Verdict.WELL_FORMED;
    }

    private boolean isType(String code) {
        return typeCodes.contains(fold(code));
    }

    private boolean isIssuer(String code) {
        String bare = code.replaceAll("\\d+$", "");
        return vocabulary.issuerCodes().isKnown(vocabulary.issuerCodes().codeIgnoringCase(bare)) && !isPartyIssuer(code);
    }

    private boolean isPartyIssuer(String code) {
        return partyIssuers.contains(fold(code));
    }

    /** Known type codes one letter away from a code that is none ("QDD" → QĐ). */
    private List<String> nearTypes(String code) {
        String folded = fold(code);
        List<String> near = new ArrayList<>();
        for (String type : List.of("NQ", "QĐ", "CT", "TB", "HD", "KH", "BC", "TTr", "NĐ", "TT", "TTLT", "QyĐ", "QC", "CTr", "KL")) {
            if (distance(folded, fold(type)) == 1) {
                near.add(type);
            }
        }
        return near;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private static String fold(String code) {
        return TextFold.fold(code);
    }

    private static Set<String> loadPartyCodes() {
        Set<String> codes = new HashSet<>();
        for (String[] row : VocabularyFile.PARTY_CODES.read()) {
            codes.add(fold(row[0]));
        }
        return codes;
    }
}
