package vn.vbtrace.extract.token;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.vocab.Bodies;
import vn.vbtrace.extract.vocab.IssuerForms;
import vn.vbtrace.extract.vocab.Provinces;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Reads one issuing body at a position, at every level: a central body of the list ("Bộ Y tế",
 * "Ủy ban Thường vụ Quốc hội"), a council or committee of a place ("Ủy ban nhân dân tỉnh Bắc Kạn",
 * "HĐND HUYỆN BÌNH CHÁNH", "UBND xã Xuân Phú"), a party committee ("Tỉnh ủy Thừa Thiên Huế",
 * "Ban Thường vụ Tỉnh ủy ..."), a department ("Sở Giáo dục và Đào tạo", or a Sở the list does not
 * name), or, in a header, a place alone on its line ("TỈNH BẮC KẠN" under "ỦY BAN NHÂN DÂN").
 * Provinces come from their list; districts and communes by pattern, their names as written.
 * A holder's title in front ("CHỦ TỊCH", "BỘ TRƯỞNG") is skipped.
 */
public final class IssuerReader {

    /** How far a name reaches: to the end of its line in a header, over capitalized words in running text. */
    public enum Mode { HEADER, RUNNING_TEXT }

    /** What kind of body a unit is; PLACE is a place alone (a header's second line). */
    public enum Kind { CENTRAL, COUNCIL, PARTY, DEPARTMENT, PLACE }

    /**
     * Up to eight words, none a word that goes on with the sentence ("tại", "về", "chủ trì" ...) or a verb's first
     * syllable in lower case ("Trung tâm VHTT bố trí loa máy": "bố trí", "tổ chức", "triển khai", "kiểm tra" ...).
     */
    private static final Pattern DEPARTMENT_NAME = Pattern.compile("\\p{Lu}[\\p{L}-]*(?:[ \\t]+(?!(?:tại|về|theo|của|để|đã"
            + "|được|có|là|thực|chủ|phối|tham|báo|trình|đề|hướng|ban|quy|với|cho|trong|trên|thuộc"
            + "|bố|tổ|triển|kiểm|đảm|tăng|đẩy|khẩn|tiếp|tập|chịu|cần|phải|huy|vận|tuyên|rà)(?!\\p{L}))[\\p{L}-]+){0,7}");

    /** The Party's Central Committee, as the list of bodies names it: the boards under it are central. */
    private static final String CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương";

    private final Bodies bodies;
    private final Provinces provinces;
    private final IssuerForms forms;

    private final SpellingIndex bodySpellings;
    private final SpellingIndex provinceSpellings;

    public IssuerReader(Vocabulary vocabulary) {
        this.bodies = vocabulary.bodies();
        this.provinces = vocabulary.issuerCodes().provinceTable();
        this.forms = vocabulary.issuerForms();
        this.bodySpellings = new SpellingIndex(bodies.spellingsLongestFirst());
        this.provinceSpellings = new SpellingIndex(provinces.spellingsLongestFirst());
    }

    /** The unit written at {@code from}, or null. */
    public IssuerUnit at(String text, int from, Mode mode) {
        int start = skipPosition(text, from);
        IssuerUnit unit = unitAt(text, start, mode);
        if (unit == null && start != from) {
            return null; // a title with no body after it ("Chủ tịch" alone) names nobody
        }
        return unit;
    }

    private IssuerUnit unitAt(String text, int from, Mode mode) {
        IssuerUnit committee = councilCommittee(text, from, mode);
        if (committee != null) {
            return committee;
        }
        IssuerUnit council = council(text, from, mode);
        IssuerUnit listed = listed(text, from);
        if (council != null && council.place() != null) {
            return council;
        }
        if (listed != null && (council == null || listed.end() > council.end())) {
            return listed; // "Ủy ban nhân dân các huyện, thị xã, thành phố" is a body of the list
        }
        if (council != null) {
            return council;
        }
        IssuerUnit party = party(text, from, mode);
        if (party != null) {
            return party;
        }
        IssuerUnit department = department(text, from, mode);
        if (department != null) {
            return department;
        }
        return mode == Mode.HEADER ? place(text, from, mode, Kind.PLACE, null) : null;
    }

    private int skipPosition(String text, int from) {
        for (String position : forms.positions()) {
            int end = Spelling.matchEnd(text, from, position);
            if (end >= 0 && end < text.length() && Character.isWhitespace(text.charAt(end))) {
                return skipSpaces(text, end);
            }
        }
        return from;
    }

    private IssuerUnit council(String text, int from, Mode mode) {
        for (Map.Entry<String, String> council : forms.councils().entrySet()) {
            int end = Spelling.matchEnd(text, from, council.getKey());
            if (end < 0) {
                continue;
            }
            IssuerUnit placed = place(text, skipSpaces(text, end), mode, Kind.COUNCIL, council.getValue());
            if (placed != null && end < text.length() && Character.isWhitespace(text.charAt(end))) {
                return new IssuerUnit(Kind.COUNCIL, council.getValue(), placed.level(), placed.place(),
                        placed.provincial(), null, from, placed.end());
            }
            IssuerUnit levelled = mode == Mode.RUNNING_TEXT ? levelOnly(text, end, council.getValue(), from) : null;
            if (levelled != null) {
                return levelled;
            }
            return new IssuerUnit(Kind.COUNCIL, council.getValue(), null, null, false, null, from, end);
        }
        return null;
    }

    /**
     * A council named by its level but not its place ("của HĐND huyện khóa XX", "của UBND tỉnh về việc ..."): the level
     * is kept, so that a district's document does not take "UBND tỉnh" for its own committee; the place is the
     * document's to give ({@code ReferenceResolver}).
     */
    private IssuerUnit levelOnly(String text, int headEnd, String head, int from) {
        if (headEnd >= text.length() || !Character.isWhitespace(text.charAt(headEnd))) {
            return null;
        }
        int at = skipSpaces(text, headEnd);
        for (Map.Entry<String, String> level : forms.levels().entrySet()) {
            int end = Spelling.matchEnd(text, at, level.getKey());
            boolean wordEnds = end == text.length() || end >= 0 && !Character.isLetterOrDigit(text.charAt(end));
            if (end >= 0 && !level.getKey().endsWith(".") && wordEnds) {
                return new IssuerUnit(Kind.COUNCIL, head, level.getValue(), null, false, null, from, end);
            }
        }
        return null;
    }

    /**
     * A committee of a People's Council, then its council: "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Ban Dân
     * tộc của HĐND tỉnh Đắk Lắk": named "Ban Kinh tế - Ngân sách HĐND" and placed as its council is.
     */
    private IssuerUnit councilCommittee(String text, int from, Mode mode) {
        for (String committee : forms.councilCommittees()) {
            int end = wordEnd(text, from, committee);
            if (end < 0) {
                continue;
            }
            int at = skipSpaces(text, end);
            int of = wordEnd(text, at, "của");
            if (of >= 0) {
                at = skipSpaces(text, of);
            }
            IssuerUnit council = council(text, at, mode);
            if (council != null && council.head().equals("HĐND")) {
                return new IssuerUnit(Kind.COUNCIL, committee + " HĐND", council.level(), council.place(), council.provincial(),
                        null, from, council.end());
            }
        }
        return null;
    }

    private IssuerUnit party(String text, int from, Mode mode) {
        int start = from;
        String board = null;
        for (Map.Entry<String, String> standing : forms.standing().entrySet()) {
            int end = Spelling.matchEnd(text, from, standing.getKey());
            if (end >= 0) {
                board = standing.getValue();
                start = skipSpaces(text, end);
            }
        }
        for (Map.Entry<String, String> party : forms.parties().entrySet()) {
            int end = Spelling.matchEnd(text, start, party.getKey());
            if (end < 0) {
                continue;
            }
            String head = party.getKey().substring(0, 1).toUpperCase(Locale.ROOT)
                    + party.getKey().substring(1).toLowerCase(Locale.ROOT);
            head = board == null ? head : board + " " + head;
            String level = party.getValue();
            String name = null;
            boolean provincial = false;
            int nameEnd = end;
            if (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                int nameStart = skipSpaces(text, end);
                if (level.equals(Provinces.PROVINCE) || level.equals(Provinces.CITY)) {
                    String province = provinceAt(text, nameStart);
                    if (province != null) {
                        name = province;
                        provincial = true;
                        level = provinces.level(province);
                        nameEnd = provinceEnd(text, nameStart);
                    }
                } else {
                    int patternEnd = nameEnd(text, nameStart, mode);
                    if (patternEnd > nameStart) {
                        name = asName(text.substring(nameStart, patternEnd), mode);
                        nameEnd = patternEnd;
                    }
                }
            }
            return new IssuerUnit(Kind.PARTY, head, name == null ? null : level, name, provincial, null, from, nameEnd);
        }
        return null;
    }

    /**
     * A party committee's board on the header's line under its committee ("TỈNH ỦY LÂM ĐỒNG" / "BAN TUYÊN GIÁO",
     * "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ỦY BAN KIỂM TRA"): the board issues, named with its committee ("Ban Tuyên giáo Tỉnh
     * ủy Lâm Đồng"; the Central Committee's boards as the list names them, "Ủy ban Kiểm tra Trung ương"). Null unless
     * the line holds the board's name alone and {@code above} is a party committee without a board of its own.
     */
    public IssuerUnit boardUnder(IssuerUnit above, String text, int from) {
        boolean central = above.kind() == Kind.CENTRAL && CENTRAL_COMMITTEE.equals(above.head());
        boolean local = above.kind() == Kind.PARTY && above.placed() && forms.parties().containsKey(above.head());
        if (!central && !local) {
            return null;
        }
        for (Map.Entry<String, String> standing : forms.standing().entrySet()) {
            int end = Spelling.matchEnd(text, from, standing.getKey());
            int lineEnd = end < 0 ? -1 : skipSpaces(text, end);
            if (lineEnd < 0 || lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
                continue;
            }
            String board = standing.getValue();
            if (local) {
                return new IssuerUnit(Kind.PARTY, board + " " + above.head(), above.level(), above.place(), above.provincial(),
                        above.province(), from, end);
            }
            String listed = bodies.canonical(board + " Trung ương");
            listed = listed != null ? listed : bodies.canonical(board + " Trung ương Đảng");
            return new IssuerUnit(Kind.CENTRAL, listed != null ? listed : board + " Trung ương", null, null, false, null,
                    from, end);
        }
        return null;
    }

    private IssuerUnit listed(String text, int from) {
        for (String spelling : bodySpellings.at(text, from)) {
            int end = Spelling.matchEnd(text, from, spelling);
            if (end >= 0) {
                String canonical = bodies.canonical(spelling);
                Kind kind = Bodies.PROVINCE.equals(bodies.scope(canonical)) ? Kind.DEPARTMENT : Kind.CENTRAL;
                return new IssuerUnit(kind, canonical, null, null, false, null, from, end);
            }
        }
        return null;
    }

    /**
     * "Sở Văn hóa và Thể thao", "Tổng cục Thuế": a department or agency the list does not name, its name as written;
     * with the province it serves when one follows its name ("CỤC THUẾ TP HÀ NỘI", "Cục thuế tỉnh Đắk Nông").
     */
    private IssuerUnit department(String text, int from, Mode mode) {
        for (String head : forms.departments()) {
            int end = wordEnd(text, from, head);
            if (end < 0) {
                continue;
            }
            int nameStart = skipSpaces(text, end);
            IssuerUnit placed = placedDepartment(text, head, nameStart, mode);
            if (placed != null) {
                return new IssuerUnit(placed.kind(), placed.head(), null, null, false, placed.province(), from, placed.end());
            }
            int nameEnd = beforeAnotherHead(text, nameStart,
                    mode == Mode.HEADER ? nameEnd(text, nameStart, mode) : departmentNameEnd(text, nameStart));
            if (nameEnd > nameStart) {
                String name = sentenceCase(text.substring(nameStart, nameEnd));
                return new IssuerUnit(Kind.DEPARTMENT, head + " " + name, null, null, false, null, from, nameEnd);
            }
        }
        return null;
    }

    /** Words a department's name holds before the province it serves: "Thuế", "Quản lý thị trường". */
    private static final int DEPARTMENT_NAME_WORDS = 6;
    /** A word that goes on with the sentence, which no department's name holds (as in {@link #DEPARTMENT_NAME}). */
    private static final Pattern SENTENCE_WORD = Pattern.compile("(?iu)tại|về|theo|của|để|đã|được|có|là|thực|chủ|phối"
            + "|tham|báo|trình|đề|hướng|ban|quy|với|cho|trong|trên|thuộc|và|các|những");

    /**
     * A department's name of a few words on one line, then a province of the list with its level word: "THUẾ TP HÀ
     * NỘI", "thuế tỉnh Đắk Nông" (in running text a name so placed may be in lower case, but holds no word that goes
     * on with a sentence: "Sở đề nghị tỉnh ..." is no name). Null when no province follows within
     * {@value #DEPARTMENT_NAME_WORDS} words.
     */
    private IssuerUnit placedDepartment(String text, String head, int nameStart, Mode mode) {
        int at = nameStart;
        for (int words = 0; words < DEPARTMENT_NAME_WORDS && at < text.length(); words++) {
            if (words > 0 && agencyHeadAt(text, at)) {
                return null; // "TỔNG CỤC THUẾ CỤC THUẾ TP HÀ NỘI": the next body begins, not this one's place
            }
            int wordEnd = at;
            while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == at || SENTENCE_WORD.matcher(text).region(at, wordEnd).matches()) {
                return null;
            }
            int next = skipSpaces(text, wordEnd);
            if (next == wordEnd || next >= text.length()) {
                return null;
            }
            IssuerUnit place = place(text, next, mode, Kind.PLACE, null);
            if (place != null && place.provincial()) {
                String name = sentenceCase(text.substring(nameStart, wordEnd));
                return new IssuerUnit(Kind.DEPARTMENT, head + " " + name, null, null, false,
                        place.level() + " " + place.place(), nameStart, place.end());
            }
            at = next;
        }
        return null;
    }

    /**
     * Where a department's name ends when an agency's head follows it on the line: a header joined onto one line,
     * "TỔNG CỤC THUẾ CỤC THUẾ TP HÀ NỘI", is the agency and its branch, not one name. Only an agency's head ("Cục",
     * "Chi cục", "Tổng cục"): "Sở" and "Phòng" stand inside names ("PHÒNG QUẢN LÝ CƠ SỞ HẠ TẦNG", "PHÒNG CẢNH SÁT
     * PHÒNG CHÁY").
     */
    private int beforeAnotherHead(String text, int nameStart, int nameEnd) {
        for (int i = nameStart + 1; i < nameEnd; i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i)) && agencyHeadAt(text, i)) {
                int end = i;
                while (end > nameStart && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                return end;
            }
        }
        return nameEnd;
    }

    /** Whether an agency's head ("Cục", "Chi cục", "Tổng cục") stands at {@code at}, a word of its own. */
    private boolean agencyHeadAt(String text, int at) {
        for (String head : forms.agencies()) {
            if (wordEnd(text, at, head) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code word} ends when it stands at {@code from} with white space after it, else -1. */
    private static int wordEnd(String text, int from, String word) {
        int end = Spelling.matchEnd(text, from, word);
        return end >= 0 && end < text.length() && Character.isWhitespace(text.charAt(end)) ? end : -1;
    }

    /**
     * Where a province or a centrally-run city written with its level word ends ("tỉnh Đồng Tháp", "thành phố Cần Thơ",
     * "TP Cần Thơ"; the level words of issuer-forms.tsv), or -1 when none stands at {@code from}.
     */
    public int provincialPlaceEnd(String text, int from) {
        IssuerUnit place = place(text, from, Mode.RUNNING_TEXT, Kind.PLACE, null);
        return place != null && place.provincial() ? place.end() : -1;
    }

    /** A level word and the place's name: "tỉnh Bắc Kạn", "HUYỆN BÌNH CHÁNH", "xã Xuân Phú". */
    private IssuerUnit place(String text, int from, Mode mode, Kind kind, String head) {
        for (Map.Entry<String, String> level : forms.levels().entrySet()) {
            int end = Spelling.matchEnd(text, from, level.getKey());
            if (end < 0) {
                continue;
            }
            int nameStart = skipSpaces(text, end);
            if (nameStart == end && !level.getKey().endsWith(".")) {
                continue; // "tỉnh" must be followed by a space before the name
            }
            String written = level.getValue();
            if (written.equals(Provinces.PROVINCE) || written.equals(Provinces.CITY)) {
                String province = provinceAt(text, nameStart);
                if (province != null) {
                    return new IssuerUnit(kind, head, provinces.level(province), province, true, null, from,
                            provinceEnd(text, nameStart));
                }
                if (written.equals(Provinces.PROVINCE)) {
                    return null; // "tỉnh" and no province: the name is not one of the list, never a guess
                }
            }
            int nameEnd = nameEnd(text, nameStart, mode);
            if (nameEnd <= nameStart) {
                return null;
            }
            return new IssuerUnit(kind, head, written, asName(text.substring(nameStart, nameEnd), mode), false, null, from,
                    nameEnd);
        }
        return null;
    }

    /** The canonical province at {@code from}, or null. */
    public String provinceAt(String text, int from) {
        for (String spelling : provinceSpellings.at(text, from)) {
            if (Spelling.matchEnd(text, from, spelling) >= 0) {
                return provinces.canonical(spelling);
            }
        }
        return null;
    }

    /** Where the province named at {@code from} ends; {@code from} when none is. */
    public int provinceEnd(String text, int from) {
        for (String spelling : provinceSpellings.at(text, from)) {
            int end = Spelling.matchEnd(text, from, spelling);
            if (end >= 0) {
                return end;
            }
        }
        return from;
    }

    /**
     * Where a place's or department's name ends. In a header it runs to the end of the line, before a
     * council's term ("KHÓA XVI"), a dash or a comma; in running text it is a run of capitalized words
     * (a number alone is a name too: "Phường 5").
     */
    private static int nameEnd(String text, int from, Mode mode) {
        int i = from;
        int end = from;
        int words = 0;
        while (i < text.length() && text.charAt(i) != '\n') {
            int wordEnd = i;
            while (wordEnd < text.length() && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-'
                    || text.charAt(wordEnd) == '.' && wordEnd + 1 < text.length() && Character.isLetter(text.charAt(wordEnd + 1)))) {
                wordEnd++;
            }
            if (wordEnd == i) {
                break;
            }
            String word = text.substring(i, wordEnd);
            boolean capitalized = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
            if (!capitalized || isTermWord(word) || (mode == Mode.RUNNING_TEXT && words >= 4)) {
                break;
            }
            if (mode == Mode.RUNNING_TEXT && Character.isDigit(word.charAt(0)) && words > 0) {
                break;
            }
            end = wordEnd;
            words++;
            int next = wordEnd;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            if (next == wordEnd) {
                break;
            }
            i = next;
        }
        return end;
    }

    /**
     * A department's name in running text is in sentence case ("Phòng Nội vụ", "Sở Văn hóa và Thể thao"): it
     * opens with a capital and runs to punctuation or a word that starts the rest of the sentence.
     */
    private static int departmentNameEnd(String text, int from) {
        if (from >= text.length() || !Character.isUpperCase(text.charAt(from))) {
            return from;
        }
        Matcher m = DEPARTMENT_NAME.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }

    /** "KHÓA XVI, KỲ HỌP THỨ TƯ", "NHIỆM KỲ 2016 - 2021": the council's term after its name. */
    private static boolean isTermWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("khóa") || lower.equals("khoá") || lower.equals("kỳ") || lower.equals("nhiệm")
                || lower.equals("về") || lower.equals("và");
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** A name as written in running text; in a header's capitals, each syllable capitalized. */
    private static String asName(String written, Mode mode) {
        return mode == Mode.HEADER ? titleCase(written) : written;
    }

    /** "BÌNH CHÁNH" → "Bình Chánh": each syllable of a place name is capitalized. */
    static String titleCase(String written) {
        StringBuilder out = new StringBuilder(written.length());
        boolean start = true;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }

    /** "VĂN HÓA VÀ THỂ THAO" → "Văn hóa và thể thao"; a name written in mixed case stays as written. */
    private static String sentenceCase(String written) {
        if (!written.equals(written.toUpperCase(Locale.ROOT))) {
            return written;
        }
        String lower = written.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
