package vn.vbtrace.index;

import vn.vbtrace.document.TextFold;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.extract.token.DocumentNumberFinder;
import vn.vbtrace.extract.vocab.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A số ký hiệu however it is typed: "1322/QĐ-TTg", "1322/QD-TTg", "1322 qđ ttg", "QĐ 1322",
 * "quyết định 1322". A whole number matches the number key exactly; a number with its parts
 * spaced out is put back together; digits next to a type ("QĐ", "quyết định") match the
 * digits-with-code field, since a user often remembers no more than that. Each form also
 * matches the documents that cite the number, lower, so a number only cited finds its citers.
 */
final class NumberQueries {

    /**
     * A số ký hiệu as typed: digits, then / or - separated parts ("1322/QĐ-TTg", "52-NQ/TW", "20/2010/TT-BKHCN").
     * As many digits as the extraction reads in a document (DocumentNumberFinder.SERIAL): a number the ingest took
     * from a document must be one a search takes from a query.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "\\b" + DocumentNumberFinder.SERIAL + "(?:\\s*[/-]\\s*[\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d&]+)*)+");
    /** Digits then up to three short codes, on folded text: "1322 qd ttg". */
    private static final Pattern SPACED = Pattern.compile(
            "(?<![\\p{L}\\d/])(" + DocumentNumberFinder.SERIAL + ")((?:[\\s/-]+[a-z]{1,6}){1,3})(?![\\p{L}\\d])");
    private static final Pattern BARE_DIGITS = Pattern.compile(
            "(?<![\\p{L}\\d/-])\\d{2," + DocumentNumberFinder.SERIAL_MAX_DIGITS + "}(?![\\p{L}\\d])");
    /** Folded type name → the name as the TYPE field holds it. Filled by loadTypes, so declared first. */
    private static final Map<String, String> TYPE_NAMES = new LinkedHashMap<>();
    /** Folded type name or code → folded code ("quyet dinh" → "qd", "qd" → "qd"); a name without a code maps to "". */
    private static final Map<String, String> TYPES = loadTypes();

    private NumberQueries() {
    }

    /** Digits + "|" + each code of a number, folded: "1852/QĐ-UBND" → 1852|qd, 1852|ubnd. */
    static Set<String> typedKeys(String number) {
        Set<String> keys = new LinkedHashSet<>();
        String digits = LuceneDocuments.leadingDigits(number);
        if (digits.isEmpty()) {
            return keys;
        }
        for (String part : TextFold.fold(number).split("[^a-z]+")) {
            if (!part.isEmpty()) {
                keys.add(digits + "|" + part);
            }
        }
        return keys;
    }

    /**
     * A number as a query names it: the whole key when it was typed whole ("1322/QĐ-TTg"), else
     * its digits and the codes typed beside them ("qd 1322", "1322 qd ttg").
     */
    record Asked(String key, String digits, Set<String> codes) {

        boolean matches(String number) {
            if (key != null) {
                return key.equals(DocumentNumbers.key(number));
            }
            Set<String> typed = typedKeys(number);
            return codes.stream().allMatch(code -> typed.contains(digits + "|" + code));
        }

        /** The documents that cite a number of this form. */
        Query citing() {
            if (key != null) {
                return new TermQuery(new Term(IndexFields.CITES, key));
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            codes.forEach(code -> all.add(new TermQuery(new Term(IndexFields.CITES_TYPED, digits + "|" + code)), Occur.FILTER));
            return all.build();
        }
    }

    /**
     * Every number the text names with at least one code; bare digits ("1322") name too many to count. A number
     * typed whole is asked once, by its key: the spaced and typed forms are read from the text around it
     * ("1322/QĐ-TTg" is also "1322 qd ttg" to SPACED, which would read the citers of every number sharing it).
     */
    static List<Asked> asked(String text) {
        List<Asked> asked = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            asked.add(new Asked(DocumentNumbers.key(number.group()), null, Set.of()));
        }
        String folded = TextFold.fold(wholeNumbersBlanked(text));
        Matcher spaced = SPACED.matcher(folded);
        while (spaced.find()) {
            Set<String> codes = new LinkedHashSet<>(List.of(spaced.group(2).split("[\\s/-]+")));
            codes.remove(""); // the separator before the first code
            asked.add(new Asked(null, spaced.group(1), codes));
        }
        Matcher digits = BARE_DIGITS.matcher(folded);
        while (digits.find()) {
            String before = folded.substring(0, digits.start()).replaceAll("\\s*\\bso\\s*$", "").strip();
            TYPES.forEach((type, code) -> {
                if (!code.isEmpty() && endsWithWord(before, type)) {
                    asked.add(new Asked(null, digits.group(), Set.of(code)));
                }
            });
        }
        return asked;
    }

    private static boolean endsWithWord(String before, String word) {
        return before.endsWith(word) && (before.length() == word.length()
                || !Character.isLetter(before.charAt(before.length() - word.length() - 1)));
    }

    /**
     * The text with each số ký hiệu blanked out, typed whole ("1322/QĐ-TTg") or spaced ("1322 qd ttg"): the words
     * of a question. A number's codes name its type and issuer: matched one by one they are in nearly every
     * document, and read as the abbreviations the synonym list expands ("QĐ" to "quyết định", "TTg" to "Thủ tướng
     * Chính phủ") they add phrases every document holds. The number is matched whole instead ({@link #addTo}).
     */
    static String withoutNumbers(String text) {
        StringBuilder out = new StringBuilder(wholeNumbersBlanked(text));
        String folded = TextFold.fold(out.toString());
        if (folded.length() == out.length()) { // else no offset of the folded text maps back
            Matcher spaced = SPACED.matcher(folded);
            while (spaced.find()) {
                for (int i = spaced.start(); i < spaced.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** The text with each number typed whole ("1322/QĐ-TTg") blanked out, so that its digits and codes are not read again. */
    private static String wholeNumbersBlanked(String text) {
        return NUMBER.matcher(text).replaceAll(" ");
    }

    static void addTo(BooleanQuery.Builder any, String text) {
        Set<Query> mentions = new LinkedHashSet<>(); // "1852/QĐ-UBND" is also "1852 qd ubnd" spaced: one phrase
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            addKey(any, DocumentNumbers.key(number.group()));
            mentions.add(mention(number.group()));
        }
        String folded = TextFold.fold(text);
        Matcher spaced = SPACED.matcher(folded);
        while (spaced.find()) {
            mentions.add(mention(spaced.group()));
            String[] codes = spaced.group(2).strip().split("[\\s/-]+");
            StringBuilder key = new StringBuilder(spaced.group(1)).append('/');
            for (int i = 0; i < codes.length; i++) {
                key.append(i == 0 ? "" : "-").append(codes[i]);
                addKey(any, key.toString());
                addTyped(any, spaced.group(1), codes[i]);
            }
        }
        mentions.stream().filter(Objects::nonNull).forEach(mention -> any.add(mention, Occur.SHOULD));
        Matcher digits = BARE_DIGITS.matcher(folded);
        while (digits.find()) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_DIGITS, digits.group())), 10f), Occur.SHOULD);
            String before = folded.substring(0, digits.start()).replaceAll("\\s*\\bso\\s*$", "").strip();
            TYPES.forEach((type, code) -> {
                if (endsWithWord(before, type)) {
                    if (!code.isEmpty()) {
                        addTyped(any, digits.group(), code);
                    }
                    String name = TYPE_NAMES.get(type);
                    if (name != null) {
                        any.add(new BoostQuery(new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(IndexFields.NUMBER_DIGITS, digits.group())), Occur.MUST)
                                .add(new TermQuery(new Term(IndexFields.TYPE, name)), Occur.MUST).build(), 30f), Occur.SHOULD);
                    }
                }
            });
        }
    }

    /**
     * The number written in a text, its syllables in a row ("1852 qd ubnd" of "Quyết định số 1852/QĐ-UBND"): the
     * query's words leave a number out ({@link #withoutNumbers}), since its codes one by one ("qd", "ttg", "ubnd")
     * are in nearly every document and would make a search for one number match them all.
     */
    private static Query mention(String number) {
        return new QueryBuilder(VietnameseAnalyzers.forField(IndexFields.TEXT_FOLDED))
                .createPhraseQuery(IndexFields.TEXT_FOLDED, number);
    }

    private static void addKey(BooleanQuery.Builder any, String key) {
        any.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_KEY, key)), 50f), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITES, key)), 5f), Occur.SHOULD);
    }

    private static void addTyped(BooleanQuery.Builder any, String digits, String code) {
        String key = digits + "|" + code;
        any.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_TYPED, key)), 30f), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITES_TYPED, key)), 3f), Occur.SHOULD);
    }

    private static Map<String, String> loadTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, String> type : Vocabulary.shipped().types().mainAbbreviationByName().entrySet()) {
            String name = type.getKey();
            String code = TextFold.fold(type.getValue());
            types.put(TextFold.fold(name), code);
            TYPE_NAMES.put(TextFold.fold(name), name);
            if (!code.isEmpty()) {
                types.putIfAbsent(code, code);
            }
        }
        return types;
    }
}
