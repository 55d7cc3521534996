package vn.vbtrace.extract.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;
import vn.vbtrace.extract.token.IssuerNames;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.token.NumberTokens;
import vn.vbtrace.extract.vocab.DocumentTypes;

/**
 * What a portal page says about the document above the document itself: its title line ("Công văn
 * 2928/SGDĐT-KHTC ngày 21/09/2022 Hướng dẫn ...", "Quyết định số 14/2001/QĐ-UB ngày 16/03/2001 Về ...",
 * "Nghị quyết 05/2025/NQ-HĐND về ...") or a lead sentence ("Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã
 * ban hành Chương trình số 27-CTr/TU ..."). Only lines above the header (or, with no header, above the
 * body's opening) count: a line of the legal basis that starts with a type word is a citation.
 */
final class PageLead {

    /** The document as the page's lead gives it; any part may be null. */
    record Lead(String number, String type, LocalDate date, String issuer, int start, int end) {
    }

    /**
     * A news page's lead sentence: "Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU",
     * "CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17", "Thủ tướng Chính phủ Phạm Minh
     * Chính vừa ký Công điện số 201/CĐ-TTg ngày 22/10/2025", "LTS: Ngày 14-11-2016, ...": the news agency's tag or
     * the editor's note, the day, the issuer (a person's name may follow it), the verb of signing or issuing, the type
     * and the number.
     */
    private static final Pattern ISSUED = Pattern.compile("^(?<tag>\\(?[\\p{L}.]{2,20}\\)?\\s*[-–:]\\s*)?"
            + "(?<day>(?iu:ngày)\\s*\\d[^,]{1,24},\\s*)?(?<issuer>[^,.;:]{4,100}?)"
            + "\\s+(?:đã\\s+|(?<just>vừa)\\s+)?(?:ký\\s+)?(?:ban\\s+hành|ký)\\s+(?<type>\\p{L}+(?:\\s+\\p{L}+){0,3}?)\\s+số\\s+");
    /** A party's paper is often named by its bare number in a news lead ("Chỉ thị số 17 về ..."). */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,5}(?=\\s+(?:về|ngày)\\s|\\s*[,.])");
    /**
     * Between the issuer and the verb only a person's name ("Thủ tướng Chính phủ Phạm Minh Chính") or a committee's
     * term ("Ban Chấp hành Đảng bộ tỉnh khóa XIII") may stand.
     */
    private static final Pattern PERSON = Pattern.compile("(?:\\s+(?:\\p{Lu}\\p{Ll}*|(?iu:khóa|khoá)\\s+[\\p{Lu}\\d]+)){0,4}\\s*");
    /** A gazette heading's type in capitals and "CỦA" before its issuer. */
    private static final Pattern GAZETTE_TYPE = Pattern.compile("(?<type>\\p{Lu}[\\p{Lu} ]{2,30}?)\\s+CỦA\\s+");
    /** ... and "SỐ" after its issuer. */
    private static final Pattern GAZETTE_NUMBER = Pattern.compile("\\s+SỐ\\s*:?\\s*");
    private static final Pattern SO = Pattern.compile("\\s*(?iu:số)?\\s*:?\\s*");
    /** The lead is above the header; a page puts it within its first lines. */
    private static final int LEAD_LINES = 12;

    private final DocumentTypes types;
    private final IssuerNames issuers;

    PageLead(DocumentTypes types, IssuerNames issuers) {
        this.types = types;
        this.issuers = issuers;
    }

    /**
     * The page's lead, or null. {@code until}: the index of the first line that is no longer above the header.
     * {@code isPage}: the text shows it is a saved page holding a document (a header below, or a portal's
     * panel); without that, a first line "Thông tư 97/2010/TT-BTC ngày ..." is a citation, not a title,
     * unless it is written in capitals like a heading.
     */
    Lead find(String text, TextLines lines, int until, List<NumberToken> numbers, boolean isPage) {
        for (int i = 0; i < Math.min(until, LEAD_LINES); i++) {
            String line = lines.get(i);
            int lineStart = lines.starts().get(i);
            Lead lead = isPage || TextLines.isAllCaps(line) ? titleLine(text, line, lineStart, numbers) : null;
            if (lead == null && TextLines.isAllCaps(line)) {
                lead = gazetteHeading(text, lineStart, numbers);
            }
            if (lead == null) {
                lead = leadSentence(text, line, lineStart, numbers);
            }
            if (lead != null) {
                return lead;
            }
        }
        return null;
    }

    /**
     * The heading an older document was published under ("CHỈ THỊ / CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21
     * THÁNG 6 NĂM 2001 VỀ VIỆC ...", the Official Gazette's and the portals' form for texts of before about 2008): the
     * type, "CỦA" its issuer, "SỐ" its number and "NGÀY" its date, in capitals over one line or two.
     */
    private Lead gazetteHeading(String text, int lineStart, List<NumberToken> numbers) {
        Matcher heading = Anchored.at(GAZETTE_TYPE, text, lineStart);
        String type = heading == null ? null : types.byName(heading.group("type"));
        IssuerNames.Issuer issuer = type == null ? null : issuers.single(text, heading.end());
        Matcher so = issuer == null ? null : Anchored.at(GAZETTE_NUMBER, text, issuer.end());
        NumberToken number = so == null ? null : NumberTokens.startingAt(numbers, so.end());
        if (number == null) {
            return null;
        }
        DateToken date = DateFinder.at(text, number.end());
        return new Lead(number.number(), type, date == null ? null : date.date(), issuer.name(), lineStart,
                date == null ? number.end() : date.end());
    }

    /** "Công văn 2928/SGDĐT-KHTC ngày 21/09/2022 ...": a type word, the number, a date, "của" an issuer. */
    private Lead titleLine(String text, String line, int lineStart, List<NumberToken> numbers) {
        for (String type : types.namesLongestFirst()) {
            if (!line.regionMatches(true, 0, type, 0, type.length()) || line.length() == type.length()
                    || !Character.isWhitespace(line.charAt(type.length()))) {
                continue;
            }
            Matcher so = SO.matcher(line).region(type.length(), line.length());
            so.lookingAt();
            NumberToken number = NumberTokens.startingAt(numbers, lineStart + so.end());
            if (number == null) {
                return null;
            }
            DateToken date = DateFinder.at(text, number.end());
            int end = date == null ? number.end() : date.end();
            String issuer = issuerAfter(text, end);
            return new Lead(number.number(), types.byName(type), date == null ? null : date.date(), issuer,
                    lineStart, end);
        }
        return null;
    }

    private Lead leadSentence(String text, String line, int lineStart, List<NumberToken> numbers) {
        Matcher m = ISSUED.matcher(line);
        boolean found = m.find();
        // the page's title line joined with its lead ("... năm 2020 Ngày 25/3/2020, Sở Tư pháp ban hành ..."): the
        // lead starts at its day
        for (int day = line.indexOf(" Ngày "); !found && day >= 0; day = line.indexOf(" Ngày ", day + 1)) {
            found = m.region(day + 1, line.length()).lookingAt() && m.group("day") != null;
        }
        // a report's own sentence "UBND tỉnh đã ban hành Kế hoạch số ..." is a citation: news is dated, tagged or "vừa"
        if (!found || m.group("tag") == null && m.group("day") == null && m.group("just") == null) {
            return null;
        }
        // "đã ban hành văn bản số 78-CV/BTGHU": a paper named by no type, which its number's code gives
        boolean anyPaper = m.group("type").equalsIgnoreCase("văn bản");
        String type = anyPaper ? null : types.byName(m.group("type"));
        IssuerNames.Issuer issuer = issuers.single(text, lineStart + m.start("issuer"));
        if (type == null && !anyPaper || issuer != null && !PERSON.matcher(text)
                .region(issuer.end(), lineStart + m.end("issuer")).matches()) {
            return null;
        }
        NumberToken token = NumberTokens.startingAt(numbers, lineStart + m.end());
        Matcher bare = token == null ? BARE_NUMBER.matcher(line).region(m.end(), line.length()) : null;
        String number = token != null ? token.number() : bare.lookingAt() ? bare.group() : null;
        if (number == null) {
            return null;
        }
        int numberEnd = token != null ? token.end() : lineStart + bare.end();
        DateToken date = DateFinder.at(text, numberEnd);
        if (date == null) {
            date = DateFinder.first(line, m.start(), m.start("issuer"));
        }
        return new Lead(number, type, date == null ? null : date.date(), issuer == null ? null : issuer.name(),
                lineStart, date != null && date.end() > numberEnd ? date.end() : numberEnd);
    }

    /** "... của Bộ Chính trị, Ban Bí thư": the issuer named right after the number and date. */
    private String issuerAfter(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (!text.regionMatches(true, i, "của ", 0, 4)) {
            return null;
        }
        IssuerNames.Issuer issuer = issuers.at(text, i + 4);
        return issuer == null ? null : issuer.name();
    }
}
