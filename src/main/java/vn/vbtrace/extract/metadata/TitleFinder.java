package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.extract.token.DocumentNumberFinder;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * The type heading and the title under it ("QUYẾT ĐỊNH" / "BAN HÀNH KẾ HOẠCH ..."), a letter's
 * "V/v ..." line, or a web page's title line that starts with a type word ("Thông báo Kết luận ...").
 */
final class TitleFinder {

    /**
     * A type heading and its title. {@code fromPageTitle}: a portal page's title line; {@code glued}: the type
     * word opens a longer heading ("QUY CHẾ LÀM VIỆC CỦA ...") rather than standing alone, which makes it
     * weaker than the type code of the number ("QUY ĐỊNH CỤ THỂ ..." over a number with QĐ).
     */
    record Heading(String type, String title, boolean fromPageTitle, boolean glued, String wholeLine) {

        Heading(String type, String title, boolean fromPageTitle, boolean glued) {
            this(type, title, fromPageTitle, glued, title);
        }
    }

    /**
     * A title typed in sentence case under its type heading: capitalized, no closing colon, semicolon or
     * full stop (a paragraph of the body ends with one),
     * and not the opening of the body ("Căn cứ ...", "Thực hiện ...", "Điều 1.", "(Ban hành kèm theo ...").
     */
    private static final Pattern MIXED_CASE_TITLE = Pattern.compile(
            "^(?!(?:Căn cứ|Thực hiện|Theo|Điều|Kính gửi|Số)(?!\\p{L}))\\p{Lu}\\p{Ll}[^\\n]{10,300}[^:;.]$");

    private final Vocabulary vocabulary;
    private final DocumentNumberFinder numbers;
    private final TitleCase titleCase;

    TitleFinder(Vocabulary vocabulary, DocumentNumberFinder numbers) {
        this.vocabulary = vocabulary;
        this.numbers = numbers;
        List<String> names = MetadataExtractor.titleNames(vocabulary, TitleWords.load());
        names.addAll(vocabulary.bodies().canonicalNames());
        names.addAll(vocabulary.issuerCodes().provinces());
        this.titleCase = new TitleCase(names);
    }

    /**
     * The heading among the header's cells, else a page title among the page's first lines above
     * {@code pageTitleUntil} (lines below it are the document's own: a legal basis "Thông tư số ..." is no title).
     */
    Heading find(TextLines cells, TextLines lines, int pageTitleUntil, List<NumberToken> documentNumbers) {
        Heading glued = null;
        for (int i = 0; i < cells.size(); i++) {
            String line = cells.get(i);
            String type = vocabulary.types().byName(line);
            if (type != null && TextLines.isAllCaps(line)) {
                int next = cells.nextNonBlank(i + 1);
                String title = null;
                if (next < cells.size() && TextLines.isAllCaps(cells.get(next))) {
                    title = sentenceCase(cells.get(next), documentNumbers);
                } else if (next < cells.size() && MIXED_CASE_TITLE.matcher(cells.get(next)).matches()) {
                    title = cells.get(next); // "KẾ HOẠCH" / "Triển khai thực hiện Chương trình ... năm 2024"
                }
                return new Heading(type, title, false, false);
            }
            if (line.startsWith("V/v ") || line.startsWith("V/v:")) {
                return new Heading(vocabulary.types().byName("Công văn"), line, false, false);
            }
            if (glued == null && TextLines.isAllCaps(line)) {
                glued = gluedHeading(line, documentNumbers);
            }
        }
        if (glued != null) {
            return glued;
        }
        for (int i = 0; i < Math.min(pageTitleUntil, lines.size()); i++) {
            String line = lines.get(i);
            for (String type : vocabulary.types().namesLongestFirst()) {
                // "Thông báo Kết luận ...", or its type word in capitals: "THÔNG BÁO Về việc lấy ý kiến ..."
                boolean typeWord = line.startsWith(type + " ")
                        || line.startsWith(type.toUpperCase(Locale.ROOT) + " ") && !TextLines.isAllCaps(line);
                if (typeWord && line.length() > type.length() + 10) {
                    return new Heading(type, line, true, false);
                }
            }
        }
        return null;
    }

    /** "QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ": the type word and its title on one line. */
    private Heading gluedHeading(String line, List<NumberToken> documentNumbers) {
        for (String type : vocabulary.types().namesLongestFirst()) {
            if (line.length() > type.length() + 10 && line.regionMatches(true, 0, type, 0, type.length())
                    && line.charAt(type.length()) == ' ' && !type.endsWith("uật")) {
                return new Heading(type, sentenceCase(line.substring(type.length() + 1), documentNumbers), false, true,
                        sentenceCase(line, documentNumbers));
            }
        }
        return null;
    }

    /** The heading in sentence case, each number in it spelled as the rest of the text spells it. */
    private String sentenceCase(String heading, List<NumberToken> documentNumbers) {
        List<TitleCase.Kept> kept = new ArrayList<>();
        for (NumberToken token : numbers.find(heading)) {
            String official = officialSpelling(token, documentNumbers);
            kept.add(new TitleCase.Kept(token.start(), token.end(), official));
        }
        return titleCase.sentenceCase(heading, kept);
    }

    private String officialSpelling(NumberToken inHeading, List<NumberToken> documentNumbers) {
        String key = DocumentNumbers.key(inHeading.number());
        for (NumberToken token : documentNumbers) {
            if (DocumentNumbers.key(token.number()).equals(key)) {
                return token.number();
            }
        }
        return numbers.officialSpelling(inHeading.written());
    }
}
