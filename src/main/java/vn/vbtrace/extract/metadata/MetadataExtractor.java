package vn.vbtrace.extract.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.extract.assignment.BodyList;
import vn.vbtrace.extract.effect.EffectClauseFinder;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;
import vn.vbtrace.extract.token.DocumentNumberFinder;
import vn.vbtrace.extract.token.IssuerNames;
import vn.vbtrace.extract.token.NumberParts;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.vocab.DocumentTypes;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * What a document says about itself: the header (issuer block, "Số:", place and date, type
 * heading and title), the signature block, and for a saved web page its attachment list.
 * A field the text does not state stays null.
 */
public final class MetadataExtractor {

    private static final int HEADER_LINES = 25;
    private static final Pattern NUMBER_LINE = Pattern.compile("^Số(?!\\s+(?:hiệu|ký))\\s*:?\\s*(.+)$");
    /** "Bắc Kạn, ngày 14 tháng 10 năm 2020", also after "Số: …" when a PDF flattens the two header columns onto one line. */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(?:Số\\s*:?\\s*\\S+\\s+)?(\\p{Lu}[\\p{L}.' -]{1,30}?),\\s*(ngày\\s.*)$");
    private static final Pattern CLOSING_VERB = Pattern.compile(
            "^\\s+(?:thông báo|xây dựng|ban hành|quyết định|chỉ thị|hướng dẫn|báo cáo)\\b");
    private static final Pattern ATTACHMENT = Pattern.compile("(?m)^(?<type>[\\p{L} ]+?)\\s+số\\s+(?<rest>.+)$");

    private final Vocabulary vocabulary;
    private final DocumentNumberFinder numbers;
    private final IssuerNames issuers;
    private final TitleFinder titles;
    private final AddressLines addressLines;

    public MetadataExtractor(Vocabulary vocabulary, DocumentNumberFinder numbers, IssuerNames issuers) {
        this.vocabulary = vocabulary;
        this.numbers = numbers;
        this.issuers = issuers;
        this.titles = new TitleFinder(vocabulary, numbers);
        this.addressLines = new AddressLines(new BodyList(issuers), vocabulary.bodies());
    }

    /**
     * The effect a portal's attribute panel states ("Ngày hiệu lực: 01/11/2020"), as an ON_DATE clause
     * spanning the panel's label and value; null when there is no panel or its value is no date.
     */
    public EffectClause panelEffect(String text) {
        PortalPanel panel = PortalPanel.read(TextLines.of(text));
        LocalDate effective = panel.effectiveDate();
        int[] span = panel.effectiveSpan();
        if (effective == null || span == null) {
            return null;
        }
        return EffectClauseFinder.stated(effective, span[0], span[1],
                text.substring(span[0], span[1]).replaceAll("\\s+", " "));
    }

    public DocumentMetadata extract(String text, List<NumberToken> numberTokens) {
        TextLines lines = TextLines.of(text);
        int headerEnd = Math.min(lines.size(), HEADER_LINES);
        String number = headerNumber(lines, headerEnd, numberTokens);
        String place = null;
        LocalDate issued = null;
        for (int i = 0; i < headerEnd && place == null; i++) {
            Matcher m = PLACE_DATE.matcher(lines.get(i));
            if (m.matches()) {
                String rest = m.group(2);
                DateToken date = DateFinder.first(rest, 0, rest.length());
                if (date != null && date.start() == 0) {
                    place = m.group(1).strip();
                    issued = date.date();
                }
            }
        }
        PortalPanel panel = PortalPanel.read(lines);
        if (number == null) {
            number = panelNumber(panel);
        }
        if (issued == null) {
            issued = panel.issuedDate();
        }
        TitleFinder.Heading heading = titles.find(lines, headerEnd, numberTokens);
        String type = heading == null ? null : heading.type();
        String title = heading == null ? null : heading.title();
        if (type == null && panel.get(PortalPanel.Field.TYPE) != null) {
            type = vocabulary.types().byName(panel.get(PortalPanel.Field.TYPE));
        }
        if (heading != null && heading.fromPageTitle()) {
            Attachment attachment = attachment(text, type);
            if (attachment != null && number == null) {
                number = attachment.number();
                issued = issued == null ? attachment.date() : issued;
            }
        }
        NumberParts parts = number == null ? null : NumberParts.parse(number, vocabulary.types());
        if (type == null && parts != null) {
            type = parts.type(vocabulary.types());
        }
        String issuer = issuerBlock(lines, headerEnd);
        if (issuer == null) {
            issuer = panelIssuer(panel);
        }
        if (issuer == null && parts != null) {
            issuer = parts.issuer(vocabulary.issuerCodes());
        }
        if (issuer == null) {
            issuer = closingIssuer(text);
        }
        SignerFinder.Signature signature = SignerFinder.find(lines);
        String signer = signature.signer() != null ? signature.signer() : panel.get(PortalPanel.Field.SIGNER);
        return new DocumentMetadata(number, type, issuer, issued, place, title, signer, signature.title(),
                addressLines.addressees(lines), addressLines.recipients(lines), panel.get(PortalPanel.Field.STATUS));
    }

    private String panelNumber(PortalPanel panel) {
        String written = panel.get(PortalPanel.Field.NUMBER);
        List<NumberToken> found = written == null ? List.of() : numbers.find(written);
        return found.isEmpty() ? null : found.get(0).number();
    }

    /** "Ủy ban nhân dân tỉnh Bắc Kạn" as its canonical name; a name the vocabulary does not know as written. */
    private String panelIssuer(PortalPanel panel) {
        String written = panel.get(PortalPanel.Field.ISSUER);
        if (written == null) {
            return null;
        }
        IssuerNames.Issuer issuer = issuers.single(written, 0);
        return issuer != null && issuer.end() == written.length() ? issuer.name() : written;
    }

    private String headerNumber(TextLines lines, int headerEnd, List<NumberToken> tokens) {
        for (int i = 0; i < headerEnd; i++) {
            Matcher m = NUMBER_LINE.matcher(lines.get(i));
            if (m.matches()) {
                int lineStart = lines.starts().get(i);
                for (NumberToken token : tokens) {
                    if (token.start() >= lineStart && token.start() <= lineStart + lines.get(i).length()) {
                        return token.number();
                    }
                }
            }
        }
        return null;
    }

    /** The issuer block above "CỘNG HÒA XÃ HỘI ...": "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "BỘ KHOA HỌC VÀ CÔNG NGHỆ". */
    private String issuerBlock(TextLines lines, int headerEnd) {
        int first = lines.nextNonBlank(0);
        if (first >= headerEnd) {
            return null;
        }
        String line = lines.get(first);
        if (!TextLines.isAllCaps(line) || line.startsWith("CỘNG HÒA") || vocabulary.types().byName(line) != null) {
            return null;
        }
        IssuerNames.Issuer issuer = issuers.single(line, 0);
        if (issuer != null && issuer.end() < line.length()) {
            // "UBND TỈNH HẬU GIANG SỞ KHOA HỌC VÀ CÔNG NGHỆ": the parent, then the body that issues
            issuer = issuers.single(line, issuer.end() + 1);
        }
        return issuer != null && issuer.end() == line.length() ? issuer.name() : null;
    }

    /** "Bộ Khoa học và Công nghệ thông báo ...", "Ủy ban nhân dân tỉnh Hậu Giang xây dựng Kế hoạch ...". */
    private String closingIssuer(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            IssuerNames.Issuer issuer = issuers.single(text, lineStart);
            if (issuer != null && CLOSING_VERB.matcher(text.substring(issuer.end(),
                    Math.min(text.length(), issuer.end() + 20))).find()) {
                return issuer.name();
            }
            int next = text.indexOf('\n', lineStart);
            lineStart = next < 0 ? text.length() : next + 1;
        }
        return null;
    }

    private record Attachment(String number, LocalDate date) {
    }

    /** "Tệp đính kèm: Thông báo số 31/TB-BKHCN ngày 08/01/2020 (.pdf)": a page's own file. */
    private Attachment attachment(String text, String type) {
        int from = text.indexOf("Tệp đính kèm");
        if (from < 0) {
            return null;
        }
        Matcher m = ATTACHMENT.matcher(text);
        m.region(from, text.length());
        while (m.find()) {
            if (!type.equals(vocabulary.types().byName(m.group("type").strip()))) {
                continue;
            }
            List<NumberToken> found = numbers.find(m.group("rest"));
            if (!found.isEmpty()) {
                DateToken date = DateFinder.at(m.group("rest"), found.get(0).end());
                return new Attachment(found.get(0).number(), date == null ? null : date.date());
            }
        }
        return null;
    }

    static List<String> titleNames(Vocabulary vocabulary, List<String> extra) {
        List<String> names = new ArrayList<>(extra);
        for (String type : vocabulary.types().namesLongestFirst()) {
            if (!type.endsWith("uật") && !type.equals(DocumentTypes.LETTER)) {
                names.add(type); // "luật" alone is too common a word ("pháp luật")
            }
        }
        return names;
    }
}
