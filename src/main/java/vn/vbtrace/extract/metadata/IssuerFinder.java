package vn.vbtrace.extract.metadata;

import vn.vbtrace.document.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.vbtrace.document.FieldSource;
import vn.vbtrace.extract.token.IssuerNames;
import vn.vbtrace.extract.token.IssuerReader;
import vn.vbtrace.extract.token.IssuerUnit;
import vn.vbtrace.extract.vocab.Districts;
import vn.vbtrace.extract.vocab.DocumentTypes;
import vn.vbtrace.extract.vocab.Provinces;

/**
 * The issuer of a document, from the parts of its text in order of trust: the header's issuer block;
 * the authority line above the legal basis ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"); a portal's
 * "Nơi ban hành" ("Tỉnh X" is the People's Committee of tỉnh X); the page's lead; the codes of the
 * number; a sentence naming it ("Bộ Y tế hướng dẫn ..."). A header that names a council without its
 * place ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN") or a district without its province is completed by the
 * authority line, then the portal panel, then the place of the header's date line when that is a
 * province; the completing part is recorded.
 */
final class IssuerFinder {

    /** The opening or closing sentence of a text without header: "Bộ Y tế hướng dẫn ...". */
    private static final Pattern CLOSING_VERB = Pattern.compile(
            "^\\s+(?:thông báo|xây dựng|ban hành|quyết định|chỉ thị|hướng dẫn|báo cáo|đề nghị|kết luận)(?!\\p{L})");
    /** How far into a text without a header its own issuer is looked for. */
    private static final int OPENING_REACH = 4_000;

    private final IssuerReader reader;
    private final IssuerNames names;
    private final IssuerBlock block;
    private final Provinces provinces;
    private final Districts districts;
    private final DocumentTypes types;

    IssuerFinder(IssuerNames names, Provinces provinces, Districts districts, DocumentTypes types) {
        this.names = names;
        this.reader = names.reader();
        this.block = new IssuerBlock(reader);
        this.provinces = provinces;
        this.districts = districts;
        this.types = types;
    }

    /** The issuer readings offered to {@code choice}, most trusted first. */
    void offer(FieldChoice<String> choice, String text, TextLines lines, HeaderWindow window, Header header,
               PortalPanel panel, PageLead.Lead lead, String numberIssuer) {
        IssuerUnit authority = authorityLine(lines);
        Located panelUnit = panelIssuer(panel);
        String placeProvince = header.place() == null ? null : placeProvince(header.place());
        Supplier<String> namedProvince = new FirstProvinceNamed(names, text);
        IssuerBlock.Issuers headerIssuers = block.read(window.cells(), issuerCells(window, header));
        IssuerUnit coded = numberIssuer == null ? null : names.unit(numberIssuer, 0);
        if (headerIssuers != null) {
            Completed last = complete(headerIssuers.last(), authority, panelUnit, placeProvince, namedProvince);
            IssuerUnit department = departmentOfNumber(headerIssuers, last.unit(), coded);
            headerIssuers = headerIssuers.withLast(department != null ? department : last.unit());
            choice.offer(FieldSource.HEADER, headerIssuers.name(), headerIssuers.name(), headerIssuers.start(),
                    headerIssuers.end(), department != null ? FieldSource.NUMBER : last.by());
        }
        if (authority != null) {
            Completed completed = complete(authority, null, panelUnit, placeProvince, namedProvince);
            choice.offer(FieldSource.AUTHORITY_LINE, completed.unit().name(), completed.unit().name(),
                    authority.start(), authority.end(), completed.by());
        }
        if (panelUnit != null) {
            choice.offer(FieldSource.PORTAL_PANEL, panelUnit.unit().name(), panel.get(PortalPanel.Field.ISSUER), -1, -1);
        }
        if (lead != null && lead.issuer() != null) {
            choice.offer(FieldSource.PAGE_TITLE, lead.issuer(), lead.issuer(), lead.start(), lead.end());
        }
        // the number's "UBND" of "722/UBND-MT" completed like the header's, by the place line ("Bắc Giang, ngày ...")
        Completed byPlace = coded == null ? null : complete(coded, null, null, placeProvince, namedProvince);
        boolean placed = byPlace != null && byPlace.by() != null;
        choice.offer(FieldSource.NUMBER, placed ? byPlace.unit().name() : numberIssuer, numberIssuer, -1, -1,
                placed ? byPlace.by() : null);
        if (choice.value() == null) {
            IssuerUnit closing = closingIssuer(text);
            if (closing != null) {
                Completed completed = complete(closing, null, null, placeProvince, namedProvince);
                choice.offer(FieldSource.BODY_TEXT, completed.unit().name(), closing.name(), -1, -1, completed.by());
            }
        }
    }

    /** The province a place line names: "Hà Tĩnh", or a centrally-run city with its level, "Thành phố Hồ Chí Minh". */
    private String placeProvince(String place) {
        String province = provinces.canonical(place);
        String lower = place.toLowerCase(Locale.ROOT);
        if (province == null && lower.startsWith(Provinces.CITY + " ")) {
            province = provinces.canonical(place.substring(Provinces.CITY.length() + 1));
            return province != null && Provinces.CITY.equals(provinces.level(province)) ? province : null;
        }
        return province;
    }

    /**
     * A department's letter whose header kept only its committee's line ("UBND TỈNH HẬU GIANG" over "Số:
     * 283/SXD-QLN", the line "SỞ XÂY DỰNG" lost by the page): the number's code names the department, and the
     * committee its province. Null unless the header names one province's committee alone and the code a department.
     */
    private static IssuerUnit departmentOfNumber(IssuerBlock.Issuers header, IssuerUnit committee, IssuerUnit coded) {
        boolean committeeAlone = header.units().size() == 1 && !header.chairman()
                && committee.kind() == IssuerReader.Kind.COUNCIL && "UBND".equals(committee.head()) && committee.provincial();
        if (!committeeAlone || coded == null || coded.kind() != IssuerReader.Kind.DEPARTMENT) {
            return null;
        }
        return coded.in(committee.place(), committee.level());
    }

    /** The province a document's issuer belongs to ("UBND huyện Bình Chánh, thành phố Hồ Chí Minh": Hồ Chí Minh). */
    String provinceOf(String issuer) {
        if (issuer == null) {
            return null;
        }
        String found = null;
        for (String level : List.of(Provinces.PROVINCE + " ", Provinces.CITY + " ", "Tỉnh ủy ", "Thành ủy ")) {
            for (int at = issuer.indexOf(level); at >= 0; at = issuer.indexOf(level, at + 1)) {
                String province = reader.provinceAt(issuer, at + level.length());
                if (province != null) {
                    found = province;
                }
            }
        }
        return found;
    }

    private record Completed(IssuerUnit unit, FieldSource by) {
    }

    private record Located(IssuerUnit unit) {
    }

    /** The first province the text names, read once when a reading first asks for it (most never do). */
    private static final class FirstProvinceNamed implements Supplier<String> {
        private final IssuerNames names;
        private final String text;
        private boolean read;
        private String province;

        FirstProvinceNamed(IssuerNames names, String text) {
            this.names = names;
            this.text = text;
        }

        @Override
        public String get() {
            if (!read) {
                province = names.firstProvinceNamed(text);
                read = true;
            }
            return province;
        }
    }

    private Completed complete(IssuerUnit unit, IssuerUnit authority, Located panel, String placeProvince,
                               Supplier<String> namedProvince) {
        IssuerUnit completed = unit;
        FieldSource by = null;
        if (needsPlace(completed) && authority != null && (authority.placed() || authority.province() != null)
                && authority.kind() == completed.kind()) {
            IssuerUnit placed = new IssuerUnit(completed.kind(), completed.head(), authority.level(), authority.place(),
                    authority.provincial(), authority.province(), completed.start(), completed.end());
            by = placed.name().equals(completed.name()) ? null : FieldSource.AUTHORITY_LINE; // it may only repeat the header
            completed = placed;
        }
        // "ỦY BAN NHÂN DÂN THỊ XÃ HÀ GIANG": a town named after its province is that province's capital, whatever a
        // copied page's place line says ("Hà Nội, ngày ...")
        String namesake = needsPlace(completed) && completed.placed() ? provinces.canonical(completed.place()) : null;
        if (namesake != null) {
            completed = completed.in(namesake, provinces.level(namesake));
            by = by == null ? FieldSource.DISTRICT_LIST : by;
        }
        String panelProvince = panel == null ? null : panel.unit().provinceName();
        if (needsPlace(completed) && panelProvince != null) {
            completed = completed.in(panelProvince, provinces.level(panelProvince));
            by = by == null ? FieldSource.PORTAL_PANEL : by;
        }
        if (needsPlace(completed) && placeProvince != null) {
            completed = completed.in(placeProvince, provinces.level(placeProvince));
            by = by == null ? FieldSource.PLACE_LINE : by;
        }
        String districtProvince = needsPlace(completed) && completed.placed()
                ? districts.provinceOf(completed.level(), completed.place()) : null; // "ỦY BAN NHÂN DÂN QUẬN 8"
        if (districtProvince == null && needsPlace(completed) && completed.placed()) {
            // "UBND HUYỆN CHÂU THÀNH", a name nine provinces hold: the one the text names, if it holds one
            String named = namedProvince.get();
            districtProvince = districts.holds(named, completed.level(), completed.place()) ? named : null;
        }
        if (districtProvince != null) {
            completed = completed.in(districtProvince, provinces.level(districtProvince));
            by = by == null ? FieldSource.DISTRICT_LIST : by;
        }
        boolean commune = completed.placed() && !completed.provincial() && !districts.isDistrictLevel(completed.level());
        if (needsPlace(completed) && completed.level() != null && (commune || !completed.placed())) {
            // "UBND PHƯỜNG HƯƠNG AN" (a commune or ward, which no list places) and a headerless page's "Ủy ban nhân dân
            // tỉnh xây dựng Kế hoạch ...": the province the text names (in() leaves a city's "UBND tỉnh" as it is)
            String named = namedProvince.get();
            IssuerUnit placed = named == null ? completed : completed.in(named, provinces.level(named));
            by = by == null && placed != completed ? FieldSource.BODY_TEXT : by;
            completed = placed;
        }
        return new Completed(completed, completed == unit ? null : by);
    }

    /** A council or party committee with no place, a district without its province, a department without either. */
    private static boolean needsPlace(IssuerUnit unit) {
        return switch (unit.kind()) {
            case COUNCIL, PARTY -> !unit.placed() || !unit.provincial() && unit.province() == null;
            case DEPARTMENT -> unit.province() == null;
            default -> false;
        };
    }

    /**
     * The header cells that may hold the issuer: in capitals, above the number, the place-and-date line
     * and the type heading, neither the motto nor a type heading. When none stands above the first of those, and
     * the motto comes later, the capitals between them: a page's title line may repeat the number above the header
     * ("Công văn Số: 2728/TCT-DNL V/v: ..." over "BỘ TÀI CHÍNH / TỔNG CỤC THUẾ").
     */
    private List<Integer> issuerCells(HeaderWindow window, Header header) {
        List<Integer> found = capitalCells(window.cells(), 0, header.firstFieldCell());
        if (found.isEmpty() && window.mottoCell() > header.firstFieldCell()) {
            found = capitalCells(window.cells(), header.firstFieldCell() + 1, window.mottoCell());
        }
        return found;
    }

    private List<Integer> capitalCells(TextLines cells, int from, int to) {
        List<Integer> found = new ArrayList<>();
        for (int i = Math.max(0, from); i < to; i++) {
            String cell = cells.get(i);
            if (TextLines.isAllCaps(cell) && !HeaderWindow.isMotto(cell) && types.byName(cell) == null) {
                found.add(i);
            }
        }
        return found;
    }

    /** The ALL-CAPS line right above the legal basis that names an authority, or null. */
    private IssuerUnit authorityLine(TextLines lines) {
        for (int i = 0; i + 1 < Math.min(lines.size(), 80); i++) {
            String line = lines.get(i);
            int next = lines.nextNonBlank(i + 1);
            if (line.isEmpty() || next >= lines.size() || !TextLines.isAllCaps(line)
                    || !HeaderWords.WORDS.opensBody(lines.get(next)) || line.startsWith("QUYẾT")) {
                continue;
            }
            IssuerUnit unit = reader.at(line, 0, IssuerReader.Mode.HEADER);
            if (unit != null && unit.kind() != IssuerReader.Kind.PLACE) {
                int start = lines.starts().get(i);
                return new IssuerUnit(unit.kind(), unit.head(), unit.level(), unit.place(), unit.provincial(),
                        unit.province(), start + unit.start(), start + unit.end());
            }
        }
        return null;
    }

    /** "Nơi ban hành: Ủy ban nhân dân tỉnh Bắc Kạn" as its unit; "Tỉnh X" (a place alone) is the People's Committee there. */
    private Located panelIssuer(PortalPanel panel) {
        String written = panel.get(PortalPanel.Field.ISSUER);
        if (written == null) {
            return null;
        }
        IssuerUnit unit = reader.at(written, 0, IssuerReader.Mode.HEADER);
        if (unit == null && provinces.canonical(written) != null) {
            String province = provinces.canonical(written);
            unit = new IssuerUnit(IssuerReader.Kind.COUNCIL, "UBND", provinces.level(province), province, true, null,
                    0, written.length());
        }
        if (unit == null || unit.end() < written.strip().length()) {
            return null; // a name the vocabulary does not read whole: the panel's words are kept as another reading only
        }
        if (unit.kind() == IssuerReader.Kind.PLACE && unit.provincial()) {
            unit = new IssuerUnit(IssuerReader.Kind.COUNCIL, "UBND", unit.level(), unit.place(), true, null,
                    unit.start(), unit.end());
        }
        return unit.kind() == IssuerReader.Kind.PLACE ? null : new Located(unit);
    }

    /** "Bộ Khoa học và Công nghệ thông báo ...", "Ủy ban nhân dân tỉnh Hậu Giang xây dựng Kế hoạch ...". */
    private IssuerUnit closingIssuer(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            IssuerUnit issuer = names.unit(text, lineStart);
            if (issuer != null && CLOSING_VERB.matcher(text.substring(issuer.end(),
                    Math.min(text.length(), issuer.end() + 20))).find()) {
                return issuer;
            }
            int next = text.indexOf('\n', lineStart);
            lineStart = next < 0 ? text.length() : next + 1;
        }
        return sentenceIssuer(text);
    }

    /**
     * The same in the first sentences of a text that has no header: after a full stop or a comma, not only
     * at a line's start ("Vì vậy, để ..., Bộ Tài nguyên và Môi trường hướng dẫn ...").
     */
    private IssuerUnit sentenceIssuer(String text) {
        int reach = Math.min(text.length(), OPENING_REACH);
        for (int at = 0; at + 2 < reach; at++) {
            char c = text.charAt(at);
            if ((c != '.' && c != ',') || text.charAt(at + 1) != ' ') {
                continue;
            }
            int start = at + 2;
            IssuerUnit issuer = names.unit(text, start);
            if (issuer != null && CLOSING_VERB.matcher(text.substring(issuer.end(),
                    Math.min(text.length(), issuer.end() + 20))).find()) {
                return issuer;
            }
        }
        return null;
    }

    static String key(String issuer) {
        return issuer == null ? null : TextFold.fold(issuer).replace("uy ban nhan dan", "ubnd")
                .replace("hoi dong nhan dan", "hdnd").replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }
}
