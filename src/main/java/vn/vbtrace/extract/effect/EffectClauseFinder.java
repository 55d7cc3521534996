package vn.vbtrace.extract.effect;

import vn.vbtrace.document.EffectKind;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * The document's own effect clause: "Quyết định này có hiệu lực kể từ ngày ký" (ON_SIGNING),
 * "kể từ ngày ban hành" (ON_SIGNING too: a document is issued the day it is signed),
 * "... có hiệu lực thi hành sau 10 ngày kể từ ngày ký ban hành" (AFTER_DAYS), "... có hiệu lực
 * (thi hành) từ ngày 01 tháng 01 năm 2021" / "kể từ ngày 01/7/2021" (ON_DATE), with an end
 * when written ("đến hết ngày 31/12/2025"). Only a clause about "... này" counts: "Luật X có
 * hiệu lực từ ngày ..." speaks of another document.
 */
public final class EffectClauseFinder {


    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "Quyết định này có hiệu lực", "Kế hoạch này có hiệu lực thi hành": the self-mention before the verb. */
    private static final Pattern CLAUSE = Pattern.compile(
            "(?<subject>\\p{Lu}[\\p{L} ]{1,30}?\\s+này)\\s+có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?\\s*");
    /** What follows a CLAUSE's subject, from its "này" on; the subject begins at most 31 characters before its white space. */
    private static final Pattern TAIL = Pattern.compile("này\\s+có\\s+hiệu\\s+lực");
    private static final QuickMatcher.Starts TAIL_STARTS = QuickMatcher.Starts.words("này");
    private static final int LONGEST_SUBJECT_BEFORE_SPACE = 31;
    private static final Pattern AFTER = Pattern.compile(
            "^(?:sau|kể\\s+từ\\s+ngày\\s+thứ)\\s+(\\d{1,3})\\s+ngày,?\\s+(?:kể\\s+)?từ\\s+ngày\\s+ký", FLAGS);
    private static final Pattern SIGNING = Pattern.compile("^(?:kể\\s+)?từ\\s+ngày\\s+(?:ký|ban\\s+hành)", FLAGS);
    private static final Pattern FROM_DATE = Pattern.compile("^(?:kể\\s+)?từ\\s+(?=ngày\\s+\\d)", FLAGS);
    private static final Pattern UNTIL = Pattern.compile("đến\\s+(?:hết\\s+)?(?=ngày\\s+\\d)", FLAGS);

    private EffectClauseFinder() {
    }

    /** The first effect clause about the document itself, or null. {@code issued} dates a relative clause. */
    public static EffectClause find(String text, LocalDate issued) {
        Matcher clause = CLAUSE.matcher(text);
        BitSet starts = clauseStarts(text);
        for (int from = starts.nextSetBit(0); from >= 0; from = starts.nextSetBit(from)) {
            if (!clause.region(from, text.length()).lookingAt()) {
                from++;
                continue;
            }
            from = clause.end(); // where find() would go on
            int sentenceEnd = sentenceEnd(text, clause.end());
            String rest = text.substring(clause.end(), sentenceEnd);
            int start = clause.start("subject");
            String quote = text.substring(start, sentenceEnd).replaceAll("\\s+", " ").strip();
            LocalDate until = endDate(rest);
            Matcher after = AFTER.matcher(rest);
            if (after.find()) {
                int days = Integer.parseInt(after.group(1));
                return new EffectClause(EffectKind.AFTER_DAYS, days, issued == null ? null : issued.plusDays(days), until,
                        start, sentenceEnd, quote);
            }
            Matcher fromDate = FROM_DATE.matcher(rest);
            if (fromDate.find()) {
                DateToken date = DateFinder.at(rest, fromDate.end());
                if (date != null) {
                    return new EffectClause(EffectKind.ON_DATE, null, date.date(), until, start, sentenceEnd, quote);
                }
            }
            if (SIGNING.matcher(rest).find()) {
                return new EffectClause(EffectKind.ON_SIGNING, null, issued, until, start, sentenceEnd, quote);
            }
        }
        return null;
    }

    /**
     * The places where a CLAUSE match can begin, tried in text order as find() would try every place. A match
     * holds "này có hiệu lực" (its TAIL) and begins at most 31 characters ("\p{Lu}[\p{L} ]{1,30}?") before the
     * run of white space in front of that "này"; no other place can begin one, so the whole text need not be tried.
     */
    private static BitSet clauseStarts(String text) {
        BitSet starts = new BitSet();
        QuickMatcher tail = QuickMatcher.of(TAIL, TAIL_STARTS, text);
        while (tail.find()) {
            int spaceStart = tail.start();
            while (spaceStart > 0 && Character.isWhitespace(text.charAt(spaceStart - 1))) {
                spaceStart--; // Character.isWhitespace holds every \s character (and a few more: a wider window is safe)
            }
            if (spaceStart < tail.start()) { // CLAUSE needs white space before "này"
                starts.set(Math.max(0, spaceStart - LONGEST_SUBJECT_BEFORE_SPACE), tail.start());
            }
        }
        return starts;
    }

    /** An effect stated outside the text's own clauses (a portal's "Ngày hiệu lực: …"): ON_DATE, no end. */
    public static EffectClause stated(LocalDate effective, int start, int end, String quote) {
        return new EffectClause(EffectKind.ON_DATE, null, effective, null, start, end, quote);
    }

    private static LocalDate endDate(String rest) {
        Matcher until = UNTIL.matcher(rest);
        if (!until.find()) {
            return null;
        }
        DateToken date = DateFinder.at(rest, until.end());
        return date == null ? null : date.date();
    }

    /** The clause ends at the sentence's full stop or semicolon ("ký./." keeps its stop), or a blank line. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || (c == '.' && (i + 1 == text.length() || !Character.isDigit(text.charAt(i + 1))))) {
                return i + 1;
            }
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
