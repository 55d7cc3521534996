package vn.vbtrace.extract.token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Finds số ký hiệu in all their written shapes: 1852/QĐ-UBND, 20/2010/TT-BKHCN,
 * 28/2010/TTLT-BTC-BKHCN, 52-NQ/TW, 19-2016/NQ-CP, 4258/BKHCN-TĐC, a serial with a letter
 * (1227a/TTr-SKHĐT, 30c/NQ-CP), codes joined by a dot or a slash (01/1999/QĐ.UB,
 * 06/QC-TT.HĐND-UBND, 01/2003/TTLT/BKH-BTC), and the same with stray spaces ("13/2015/TT- BVHTTDL",
 * "05 /2008/TT-BYT", "27/2010/QĐ .UBND", a party's "100 - KL/TW", "115- HD/BTGTW"), its hyphens lost
 * ("1961/QĐUBND") or "ngày" glued to it ("1033/PTM-SMEngày 15 ..."), or upper-cased inside a heading
 * ("1322/QĐ-TTG"). One number written with different separators in one text ("42/2002/QĐ-TTg", later
 * "42/2002/QĐ/TTg") is spelled one way.
 */
public final class DocumentNumberFinder {

    /**
     * The most digits a serial has. A long register runs to six (read since issue 10); a generated set of half a
     * million documents or more reaches seven (../shared/perf/gen_corpus.py numbers every document and stub of a set
     * in one sequence, up to three times its size). Every reader of a số ký hiệu takes its serial with this many
     * digits at most (the extraction, a search's number, the short form "Quyết định 1322", the draft check), so a
     * number one of them reads is a number the others read.
     */
    public static final int SERIAL_MAX_DIGITS = 7;
    /** A serial's digits in a pattern: one to {@value #SERIAL_MAX_DIGITS}. */
    public static final String SERIAL = "\\d{1," + SERIAL_MAX_DIGITS + "}";

    /**
     * A word glued to a number by a lost space: "ngày" ("SMEngày 15 ..."), or a capitalized word of a page's panel
     * ("01/2009/TTLT-BTP-BNVNgày đăng công báo"): a capital and two lower-case letters, which no code holds (TTg, TTr
     * have one), unless they are the code's last capital and "ngày" ("SMEngày").
     */
    private static final String GLUED_WORD = "(?:ngày|\\p{Lu}(?!ngày)\\p{Ll}{2})";
    /**
     * The hyphen between codes, also as a word processor's autocorrect writes it: an en dash ("QĐ–UBND"), a hyphen or
     * non-breaking hyphen character; the number is spelled with "-" whichever was typed.
     */
    private static final String DASH = "[-\\u2010\\u2011\\u2013]";
    private static final Pattern OTHER_DASHES = Pattern.compile("[\\u2010\\u2011\\u2013]");
    /** A code: upper-case letter then upper-case letters, digits, lower-case (TTg, TTr) or &; QyĐ is the odd one. */
    private static final String CODE = "(?:QyĐ|\\p{Lu}[\\p{Lu}&](?:(?!" + GLUED_WORD + ")[\\p{L}\\d&])*)";
    /**
     * After the last code: no more letters, unless a word glued to it ({@link #GLUED_WORD}). Starts with a digit, so
     * the matcher tries only at digits; the lookbehind then says the digit begins the serial: after no letter, digit or
     * separator, or after a lone "s", what is left of "số" where a PDF dropped its accented letters ("Nghị định
     * s08/2014/NĐ-CP").
     */
    static final Pattern NUMBER = Pattern.compile(
            "\\d(?:(?<![\\p{L}\\d/.,-]\\d)|(?<=(?<![\\p{L}\\d])s\\d))\\d{0," + (SERIAL_MAX_DIGITS - 1) + "}[a-z]?(?:\\s?[-/]\\s?\\d{4})?(?:\\s?/\\s?|" + DASH + "|\\s?" + DASH + "\\s?(?=\\p{Lu}{1,6}/))"
                    + CODE + "(?:(?:\\s?" + DASH + "\\s?|[./]|\\s\\.)" + CODE + ")*(?:(?![\\p{L}\\d])|(?=" + GLUED_WORD + "))");
    /** NUMBER begins with a digit, and \d is an ASCII digit here. */
    private static final QuickMatcher.Starts DIGITS = QuickMatcher.Starts.chars("0123456789");
    /** A piece of a code after a stray space: " ĐT" of "BGD ĐT". */
    private static final Pattern SPLIT_TAIL = Pattern.compile(" (\\p{Lu}{1,4})(?![\\p{L}\\d])");
    /** The first code after the serial (and year): "QĐUBND" in "1961/QĐUBND". */
    private static final Pattern FIRST_CODE = Pattern.compile("^(\\d+[a-z]?(?:[-/]\\d{4})?/)([^-/.]+)(.*)$");
    /** The separators a number may be misprinted with: "QĐ/TTg" for "QĐ-TTg". */
    private static final Pattern SEPARATOR = Pattern.compile("[-/.]");
    private static final Pattern CODE_PART = Pattern.compile("\\p{L}[\\p{L}\\d&]*");

    private final Vocabulary vocabulary;
    private final List<String> typeCodesLongestFirst = new ArrayList<>();

    public DocumentNumberFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        vocabulary.types().abbreviations().forEach(typeCodesLongestFirst::add);
        typeCodesLongestFirst.sort((a, b) -> b.length() - a.length());
    }

    /** Every number in the text, each spelled the way the text spells it officially. */
    public List<NumberToken> find(String text) {
        List<String[]> raw = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        QuickMatcher m = QuickMatcher.of(NUMBER, DIGITS, text);
        while (m.find()) {
            int end = splitCodeEnd(text, m.group(), m.end());
            String written = text.substring(m.start(), end);
            raw.add(new String[] {written, withHyphen(OTHER_DASHES.matcher(written.replaceAll("\\s+", "")).replaceAll("-"))});
            spans.add(new int[] {m.start(), end});
        }
        Map<String, String> official = officialSpellings(raw);
        List<NumberToken> tokens = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String compact = raw.get(i)[1];
            String number = official.getOrDefault(DocumentNumbers.key(compact), compact);
            tokens.add(new NumberToken(raw.get(i)[0], number, spans.get(i)[0], spans.get(i)[1]));
        }
        return tokens;
    }

    /**
     * "01/2016/TT-BGD ĐT": a last code split by a stray space, where the two pieces make a known issuer code and
     * the first alone is none. Where the number really ends.
     */
    private int splitCodeEnd(String text, String number, int end) {
        Matcher tail = SPLIT_TAIL.matcher(text).region(end, Math.min(text.length(), end + 6));
        if (!tail.lookingAt()) {
            return end;
        }
        String last = number.substring(Math.max(number.lastIndexOf('-'), number.lastIndexOf('/')) + 1);
        boolean known = vocabulary.issuerCodes().isKnown(last);
        return !known && vocabulary.issuerCodes().isKnown(last + tail.group(1)) ? tail.end() : end;
    }

    /**
     * "1961/QĐUBND" → "1961/QĐ-UBND", "30c/NQCP" → "30c/NQ-CP": a first code that is neither a type nor an
     * issuer code, but a type code glued to an issuer code (a PDF that dropped its hyphens), gets its hyphen back.
     */
    private String withHyphen(String compact) {
        Matcher m = FIRST_CODE.matcher(compact);
        if (!m.matches()) {
            return compact;
        }
        String code = m.group(2);
        if (vocabulary.types().byAbbreviation(code) != null || vocabulary.issuerCodes().isKnown(code)) {
            return compact;
        }
        for (String type : typeCodesLongestFirst) {
            String rest = code.startsWith(type) ? code.substring(type.length()) : "";
            if (!rest.isEmpty() && vocabulary.issuerCodes().isKnown(rest.replaceAll("\\d+$", ""))) {
                return m.group(1) + type + "-" + rest + m.group(3);
            }
        }
        return compact;
    }

    /** The official spelling of one number written alone (no other mentions to learn from). */
    public String officialSpelling(String written) {
        return fixCodeCase(OTHER_DASHES.matcher(written.replaceAll("\\s+", "")).replaceAll("-"));
    }

    /**
     * One spelling per number key: a spelling with lower-case letters ("1322/QĐ-TTg") beats an
     * all-caps heading's ("1322/QĐ-TTG"); with none, codes are matched to the vocabularies ignoring case.
     */
    private Map<String, String> officialSpellings(List<String[]> raw) {
        Map<String, String> bySeparatorFreeKey = new HashMap<>();
        for (String[] written : raw) {
            String compact = written[1];
            String key = separatorFree(compact);
            String known = bySeparatorFreeKey.get(key);
            if (known == null || (isUpper(known) && !isUpper(compact)) || dashes(compact) > dashes(known)) {
                bySeparatorFreeKey.put(key, compact);
            }
        }
        bySeparatorFreeKey.replaceAll((key, spelling) -> isUpper(spelling) ? fixCodeCase(spelling) : spelling);
        Map<String, String> byKey = new HashMap<>();
        for (String[] written : raw) {
            byKey.put(DocumentNumbers.key(written[1]), bySeparatorFreeKey.get(separatorFree(written[1])));
        }
        return byKey;
    }

    private static String separatorFree(String compact) {
        return SEPARATOR.matcher(DocumentNumbers.key(compact)).replaceAll("-");
    }

    /** The official shape joins type and issuer codes with dashes: of two spellings, the one with more. */
    private static int dashes(String number) {
        return (int) number.chars().filter(c -> c == '-').count();
    }

    private String fixCodeCase(String number) {
        Matcher m = CODE_PART.matcher(number);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(knownCode(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String knownCode(String code) {
        if (vocabulary.types().byAbbreviation(code) != null || vocabulary.issuerCodes().isKnown(code)) {
            return code;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        for (String abbreviation : vocabulary.types().abbreviations()) {
            if (abbreviation.toUpperCase(Locale.ROOT).equals(upper)) {
                return abbreviation;
            }
        }
        return vocabulary.issuerCodes().codeIgnoringCase(code);
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
