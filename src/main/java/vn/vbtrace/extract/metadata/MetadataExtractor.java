package vn.vbtrace.extract.metadata;

import vn.vbtrace.document.TextFold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.FieldOrigin;
import vn.vbtrace.document.FieldSource;
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
 * heading and title), the authority line above its legal basis, the signature block, and for a
 * saved web page its attribute panel, its title or lead line and its attachment list. Each field
 * is read from every part that states it; the most trusted part gives the value (the header before
 * a portal's panel), and the field's provenance names that part and keeps what the others say when
 * it differs. A field the text does not state stays null.
 */
public final class MetadataExtractor {

    private static final Pattern ATTACHMENT = Pattern.compile("(?m)^(?<type>[\\p{L} ]+?)\\s+số\\s+(?<rest>.+)$");

    private final Vocabulary vocabulary;
    private final DocumentNumberFinder numbers;
    private final TitleFinder titles;
    private final AddressLines addressLines;
    private final IssuerFinder issuers;
    private final PageLead pageLead;

    public MetadataExtractor(Vocabulary vocabulary, DocumentNumberFinder numbers, IssuerNames issuerNames) {
        this.vocabulary = vocabulary;
        this.numbers = numbers;
        this.titles = new TitleFinder(vocabulary, numbers);
        this.addressLines = new AddressLines(new BodyList(issuerNames), vocabulary.bodies());
        this.issuers = new IssuerFinder(issuerNames, vocabulary.issuerCodes().provinceTable(),
                vocabulary.issuerCodes().districtTable(), vocabulary.types());
        this.pageLead = new PageLead(vocabulary.types(), issuerNames);
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

    /** The province the document's issuer belongs to, from its canonical name; null for a central body. */
    public String provinceOf(String issuer) {
        return issuers.provinceOf(issuer);
    }

    public DocumentMetadata extract(String text, List<NumberToken> numberTokens) {
        TextLines lines = TextLines.of(text);
        HeaderWindow window = HeaderWindow.of(lines);
        Header header = Header.read(window, numberTokens, vocabulary.types());
        PortalPanel panel = PortalPanel.read(lines);
        int leadUntil = leadLimit(lines);
        boolean isPage = window.mottoCell() >= 0 || !panel.isEmpty();
        PageLead.Lead lead = pageLead.find(text, lines, leadUntil, numberTokens, isPage);
        TitleFinder.Heading heading = titles.find(window.cells(), lines, leadUntil, numberTokens);
        Attachment attachment = heading != null && heading.fromPageTitle() ? attachment(text, heading.type()) : null;

        FieldChoice<String> number = new FieldChoice<>(DocumentNumbers::key);
        number.offer(FieldSource.HEADER, header.number(), header.number(), header.numberStart(), header.numberEnd());
        String panelNumber = panelNumber(panel);
        number.offer(FieldSource.PORTAL_PANEL, panelNumber, panelNumber, -1, -1);
        if (lead != null) {
            number.offer(FieldSource.PAGE_TITLE, lead.number(), lead.number(), lead.start(), lead.end());
        }
        if (attachment != null) {
            number.offer(FieldSource.ATTACHMENT, attachment.number(), attachment.number(), -1, -1);
        }

        FieldChoice<LocalDate> date = new FieldChoice<>(String::valueOf);
        date.offer(FieldSource.HEADER, header.date(), String.valueOf(header.date()), header.dateStart(), header.dateEnd());
        date.offer(FieldSource.PORTAL_PANEL, panel.issuedDate(), panel.get(PortalPanel.Field.ISSUED), -1, -1);
        if (lead != null) {
            date.offer(FieldSource.PAGE_TITLE, lead.date(), String.valueOf(lead.date()), lead.start(), lead.end());
        }
        if (attachment != null) {
            date.offer(FieldSource.ATTACHMENT, attachment.date(), String.valueOf(attachment.date()), -1, -1);
        }

        NumberParts parts = number.value() == null ? null : NumberParts.parse(number.value(), vocabulary.types());
        FieldChoice<String> type = types(text, lines, heading, parts, lead, panel);

        FieldChoice<String> issuer = new FieldChoice<>(IssuerFinder::key);
        String numberIssuer = parts == null ? null : parts.issuer(vocabulary.issuerCodes());
        issuers.offer(issuer, text, lines, window, header, panel, lead, numberIssuer);

        FieldChoice<String> title = new FieldChoice<>(String::valueOf);
        if (heading != null) {
            // "QUY ĐỊNH CỤ THỂ ..." over a number with QĐ: the type word was the title's first word, not the type
            String written = heading.glued() && !heading.type().equals(type.value()) ? heading.wholeLine() : heading.title();
            title.offer(heading.fromPageTitle() ? FieldSource.PAGE_TITLE : FieldSource.TYPE_HEADING, written, written, -1, -1);
        }
        FieldChoice<String> place = new FieldChoice<>(String::valueOf);
        place.offer(FieldSource.HEADER, header.place(), header.place(), header.dateStart(), header.dateEnd());
        SignerFinder.Signature signature = SignerFinder.find(lines);
        FieldChoice<String> signer = new FieldChoice<>(TextFold::fold);
        signer.offer(FieldSource.SIGNATURE, signature.signer(), signature.signer(), -1, -1);
        signer.offer(FieldSource.PORTAL_PANEL, panel.get(PortalPanel.Field.SIGNER), panel.get(PortalPanel.Field.SIGNER),
                -1, -1);

        Map<String, FieldOrigin> provenance = new LinkedHashMap<>();
        put(provenance, "number", number);
        put(provenance, "type", type);
        put(provenance, "issuer", issuer);
        put(provenance, "issuedDate", date);
        put(provenance, "place", place);
        put(provenance, "title", title);
        put(provenance, "signer", signer);
        return new DocumentMetadata(number.value(), type.value(), issuer.value(), date.value(), place.value(),
                title.value(), signer.value(), signature.title(), addressLines.addressees(lines),
                addressLines.recipients(lines), panel.get(PortalPanel.Field.STATUS), provenance);
    }

    /**
     * The type: a heading standing alone, the number's type code, a heading with its title on the same line,
     * the page's title, the portal panel, the operative formula ("QUYẾT ĐỊNH:"), the form of a letter.
     */
    private FieldChoice<String> types(String text, TextLines lines, TitleFinder.Heading heading, NumberParts parts,
                                      PageLead.Lead lead, PortalPanel panel) {
        FieldChoice<String> type = new FieldChoice<>(String::valueOf);
        boolean standing = heading != null && !heading.glued() && !heading.fromPageTitle();
        if (standing) {
            type.offer(FieldSource.TYPE_HEADING, heading.type(), heading.type(), -1, -1);
        }
        String coded = parts == null ? null : parts.type(vocabulary.types());
        type.offer(FieldSource.NUMBER, coded, coded, -1, -1);
        if (heading != null && heading.glued()) {
            type.offer(FieldSource.TYPE_HEADING, heading.type(), heading.type(), -1, -1);
        }
        if (lead != null) {
            type.offer(FieldSource.PAGE_TITLE, lead.type(), lead.type(), lead.start(), lead.end());
        }
        if (heading != null && heading.fromPageTitle()) {
            type.offer(FieldSource.PAGE_TITLE, heading.type(), heading.type(), -1, -1);
        }
        String panelType = panel.get(PortalPanel.Field.TYPE);
        type.offer(FieldSource.PORTAL_PANEL, panelType == null ? null : vocabulary.types().byName(panelType), panelType,
                -1, -1);
        for (int i = 0; i < lines.size() && type.value() == null; i++) {
            String line = lines.get(i);
            for (Map.Entry<String, String> formula : HeaderWords.WORDS.formulas.entrySet()) {
                // alone on its line, or closing the line of the last proposal ("... ngày 15/12/2008, QUYẾT ĐỊNH:")
                boolean closes = formula.getKey().endsWith(":") && line.endsWith(" " + formula.getKey());
                if (line.equals(formula.getKey()) || closes) {
                    int start = lines.starts().get(i) + line.length() - formula.getKey().length();
                    type.offer(FieldSource.OPERATIVE_FORMULA, formula.getValue(), formula.getKey(), start,
                            start + formula.getKey().length());
                }
            }
        }
        for (int i = 0; i < Math.min(lines.size(), 40) && type.value() == null; i++) {
            for (Map.Entry<String, String> letter : HeaderWords.WORDS.letters.entrySet()) {
                if (lines.get(i).startsWith(letter.getKey())) {
                    type.offer(FieldSource.LETTER_FORM, letter.getValue(), letter.getKey(), lines.starts().get(i),
                            lines.starts().get(i) + letter.getKey().length());
                }
            }
        }
        return type;
    }

    /** The index of the first line that is no longer above the header: the motto, "Số:", or the body's opening. */
    private static int leadLimit(TextLines lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (HeaderWindow.isMotto(line) || line.contains("CỘNG HÒA") || HeaderWords.WORDS.opensBody(line)
                    || HeaderWords.WORDS.numberLeadIn.matcher(line).lookingAt() && !line.startsWith("Số hiệu")) {
                return i;
            }
        }
        return lines.size();
    }

    private static void put(Map<String, FieldOrigin> provenance, String field, FieldChoice<?> choice) {
        FieldOrigin origin = choice.origin();
        if (origin != null) {
            provenance.put(field, origin);
        }
    }

    private String panelNumber(PortalPanel panel) {
        String written = panel.get(PortalPanel.Field.NUMBER);
        List<NumberToken> found = written == null ? List.of() : numbers.find(written);
        return found.isEmpty() ? null : found.get(0).number();
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
