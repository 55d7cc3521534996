package vn.vbtrace.extract.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;
import vn.vbtrace.extract.token.DocumentNumberFinder;
import vn.vbtrace.extract.token.IssuerNames;
import vn.vbtrace.extract.token.IssuerUnit;
import vn.vbtrace.extract.token.NumberParts;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.token.NumberTokens;
import vn.vbtrace.extract.token.TypeWords;
import vn.vbtrace.extract.vocab.Vocabulary;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * Builds mentions from tokens: a number with the type word before it, the date and
 * "của &lt;issuer&gt;" after it; a law by name and date; a short form by type and serial.
 * Each mention spans from its first word to its last.
 */
public final class CitationFinder {

    private final Vocabulary vocabulary;
    private final DocumentNumberFinder numbers;
    private final TypeWords typeWords;
    private final IssuerNames issuers;
    private final RelationClassifier relations;
    private final LawNames lawNames = new LawNames();
    /** "Luật Phòng, chống ma túy số 23/2000/QH10": the law's name and its number make one mention. */
    /** "số" between a law's name and its number, or the lone "s" a PDF that dropped accented letters leaves of it. */
    private static final Pattern NUMBER_AFTER_NAME = Pattern.compile("\\s*,?\\s*(?:số\\s+|(?<!\\p{L})s\\s*(?=\\d))");
    /** Between a proposing body and its paper: ", tại ", " tại văn bản số ". */
    private static final Pattern PROPOSER_GAP = Pattern.compile("(?:\\s+tỉnh(?:\\s+\\p{Lu}\\p{Ll}*)*)?\\s*,?\\s*tại\\s+"
            + "(?:(?:văn\\s+bản|công\\s+văn)\\s+)?(?:số\\s*)?");
    /**
     * Between a day and the paper issued on it, when the sentence names the day first: "Ngày 21/04/2015, Thủ tướng
     * Chính phủ đã ban hành Chỉ thị số 06/CT-TTg": a comma, the maker (no number, no clause break), "(đã) ban hành".
     */
    private static final Pattern ISSUED_ON_GAP = Pattern.compile("(?u),\\s*[^.;:\\n\\d]{3,80}?\\s(?:đã\\s+)?(?:ký\\s+)?ban\\s+hành\\s+");
    /** How far before a paper its day may be written so. */
    private static final int ISSUED_ON_REACH = 140;
    /** Between two papers of one list. */
    private static final Pattern LIST_ITEM_GAP = Pattern.compile("\\s*(?:,|và)\\s*");
    /** How far before a paper its proposer may be named. */
    private static final int PROPOSER_REACH = 150;
    /** "đã được Quốc hội thông qua" between a law's name and its date. */
    private static final Pattern PASSED_BY = Pattern.compile(
            "\\s*,?\\s*(?:đã\\s+)?(?:được\\s+)?Quốc\\s+hội(?:\\s+khóa\\s+[IVXLC]+)?(?:,?\\s+kỳ\\s+họp\\s+thứ\\s+\\S+)?\\s+thông\\s+qua");
    /** A sentence end or a new line item: a cited document's title cannot run past it. */
    private static final Pattern TITLE_BREAK = Pattern.compile("[.!?:]\\s|\\n\\s*(?:[-+•]|\\d+\\.|[a-zđ]\\))");
    /** What stands between two laws of one title ("Luật Tố cáo và Luật Khiếu nại"). */
    private static final Pattern LAW_LIST_GAP = Pattern.compile("\\s*(?:,\\s*|\\s+và\\s+)");

    public CitationFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.numbers = new DocumentNumberFinder(vocabulary);
        this.typeWords = new TypeWords(vocabulary.types());
        this.issuers = new IssuerNames(vocabulary);
        this.relations = new RelationClassifier(vocabulary.clauseWords());
    }

    /** All mentions in text order, with their relation; not yet resolved. */
    public List<Mention> find(String text, List<NumberToken> numberTokens) {
        List<Mention> laws = laws(text, numberTokens);
        laws.sort(Comparator.comparingInt(Mention::start));
        List<Mention> found = new ArrayList<>(laws);
        int law = 0; // laws do not overlap, so one pass over them in text order finds the one around each number
        for (NumberToken token : numberTokens) {
            while (law < laws.size() && laws.get(law).end() <= token.start()) {
                law++;
            }
            boolean insideLaw = law < laws.size() && laws.get(law).start() <= token.start()
                    && token.end() <= laws.get(law).end();
            if (!insideLaw) {
                found.add(numbered(text, token));
            }
        }
        found.addAll(shortForms(text));
        found.addAll(backReferences(text));
        found.sort(Comparator.comparingInt(Mention::start));
        found = withoutLawsInTitles(text, found);
        List<Mention> classified = new ArrayList<>();
        Mention previous = null;
        for (Mention mention : found) {
            String issuer = mention.issuer();
            if (issuer == null && sameListMaker(text, previous, mention)) {
                issuer = previous.issuer(); // "tại Tờ trình số 34/... ngày ... và Tờ trình số 45/...": one maker
            }
            Mention withRelation = new Mention(mention.number(), mention.title(), mention.type(), issuer,
                    mention.date(), relations.classify(text, mention.start(), previous), mention.start(),
                    mention.end(), mention.shortForm());
            classified.add(withRelation);
            previous = withRelation;
        }
        return classified;
    }

    private Mention numbered(String text, NumberToken token) {
        TypeWords.TypeWord typeWord = typeWords.before(text, token.start());
        NumberParts parts = NumberParts.parse(token.number(), vocabulary.types());
        String type = typeWord != null ? typeWord.type() : parts.type(vocabulary.types());
        int start = typeWord != null ? typeWord.start() : token.start();
        int end = token.end();
        DateToken date = DateFinder.at(text, end);
        if (date != null) {
            end = date.end();
        }
        DateToken dayBefore = date == null ? issuedOnBefore(text, start) : null;
        IssuerNames.Issuer issuer = issuerAfter(text, end);
        String issuerName;
        if (issuer != null) {
            issuerName = issuer.name();
            end = issuer.end();
        } else {
            issuerName = parts.issuer(vocabulary.issuerCodes());
        }
        if (issuerName == null) {
            issuerName = proposer(text, start);
        }
        DateToken issued = date != null ? date : dayBefore;
        return new Mention(token.number(), null, type, issuerName, issued == null ? null : issued.date(), null,
                start, end, false);
    }

    /** The day written before the sentence's maker and "đã ban hành" that lead to the paper at {@code mentionStart}. */
    private static DateToken issuedOnBefore(String text, int mentionStart) {
        DateToken last = null;
        for (DateToken d = DateFinder.first(text, Math.max(0, mentionStart - ISSUED_ON_REACH), mentionStart); d != null;
                d = DateFinder.first(text, d.end(), mentionStart)) {
            last = d;
        }
        return last != null && ISSUED_ON_GAP.matcher(text).region(last.end(), mentionStart).matches() ? last : null;
    }

    /** A paper of the same type right after another in one list ("Tờ trình A và Tờ trình B"), the first one's maker named. */
    private static boolean sameListMaker(String text, Mention previous, Mention mention) {
        return previous != null && previous.issuer() != null && previous.number() != null && mention.number() != null
                && !mention.shortForm() && previous.type() != null && previous.type().equals(mention.type())
                && previous.end() <= mention.start()
                && LIST_ITEM_GAP.matcher(text.substring(previous.end(), mention.start())).matches();
    }

    /**
     * "Xét đề nghị của Trưởng phòng Nội vụ, tại Tờ trình số 282/TTr-NV", "báo cáo thẩm định của Phòng Tư pháp
     * tại văn bản số 235/BC-TP": the body named before "tại" wrote the cited paper. Null when no body is.
     */
    private String proposer(String text, int mentionStart) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, mentionStart - 1)) + 1;
        int from = Math.max(lineStart, mentionStart - PROPOSER_REACH);
        int of = text.lastIndexOf("của ", mentionStart);
        if (of < from) {
            return null;
        }
        IssuerUnit unit = issuers.unit(text, of + "của ".length());
        if (unit == null || unit.end() > mentionStart) {
            return null;
        }
        return PROPOSER_GAP.matcher(text.substring(unit.end(), mentionStart)).matches() ? unit.name() : null;
    }

    private List<Mention> laws(String text, List<NumberToken> numberTokens) {
        List<Mention> taken = new ArrayList<>(amendingLaws(text, numberTokens)); // in text order
        int next = 0;
        for (LawNames.Dated dated : lawNames.dated(text)) {
            while (next < taken.size() && taken.get(next).end() <= dated.start()) {
                next++;
            }
            if (next >= taken.size() || dated.start() < taken.get(next).start()) {
                // stays at next: a later dated name inside this one is no law of its own
                taken.add(next, datedLaw(text, numberTokens, dated));
            } else if (dated.start() == taken.get(next).start() && dated.nameEnd() > taken.get(next).end()) {
                // An amending law read to its date runs on through a name the chain of names stops in ("..., Luật
                // Quản lý, sử dụng tài sản công, Luật Quản lý thuế, ... ngày 29 tháng 11 năm 2024").
                taken.set(next, datedLaw(text, numberTokens, dated));
            }
        }
        List<Mention> laws = new ArrayList<>(taken);
        QuickMatcher m = lawNames.matcher(text);
        next = 0;
        while (m.find()) {
            int start = m.start();
            while (next < taken.size() && taken.get(next).end() <= start) {
                next++;
            }
            if (next >= taken.size() || start < taken.get(next).start()) {
                String type = LawNames.typeWord(m.group("type"));
                laws.add(law(text, numberTokens, type, m.group("type") + " " + m.group("name"), start, m.end()));
            }
        }
        return laws;
    }

    /** A law named, then dated or numbered: its name as written, from its type word to its date or number. */
    private Mention datedLaw(String text, List<NumberToken> numberTokens, LawNames.Dated dated) {
        return law(text, numberTokens, dated.type(), text.substring(dated.start(), dated.nameEnd()), dated.start(),
                dated.nameEnd());
    }

    /**
     * "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày ...": one law, the amending one,
     * whose name runs through the names of the laws it amends.
     */
    private List<Mention> amendingLaws(String text, List<NumberToken> numberTokens) {
        List<Mention> laws = new ArrayList<>();
        QuickMatcher m = lawNames.amendingMatcher(text);
        while (m.find()) {
            Matcher amended = lawNames.lawAt(text, m.end());
            if (amended == null) {
                continue;
            }
            int end = amended.end();
            for (Matcher join = lawNames.joinAt(text, end); join != null; join = lawNames.joinAt(text, end)) {
                Matcher next = lawNames.lawAt(text, join.end());
                if (next == null) {
                    break;
                }
                end = next.end();
            }
            laws.add(law(text, numberTokens, LawNames.typeWord(m.group("type")), text.substring(m.start(), end), m.start(), end));
            m.skipTo(end);
        }
        return laws;
    }

    /** A law whose name spans [start, nameEnd), with the number and date written after it. */
    private Mention law(String text, List<NumberToken> numberTokens, String type, String name, int start,
            int nameEnd) {
        String title = name.replaceAll("\\s+", " ");
        int end = nameEnd;
        String number = null;
        Matcher so = Anchored.at(NUMBER_AFTER_NAME, text, end);
        NumberToken token = so == null ? null : NumberTokens.startingAt(numberTokens, so.end());
        if (token != null) {
            number = token.number();
            end = token.end();
        }
        DateToken date = DateFinder.at(text, end);
        if (date == null) {
            Matcher passed = Anchored.at(PASSED_BY, text, end); // "... đã được Quốc hội thông qua ngày 20/3/1996"
            date = passed == null ? null : DateFinder.at(text, passed.end());
        }
        if (date != null) {
            end = date.end();
        }
        LocalDate when = date == null ? null : date.date();
        String issuer = number == null ? null
                : NumberParts.parse(number, vocabulary.types()).issuer(vocabulary.issuerCodes());
        if (issuer == null) {
            issuer = lawNames.issuerOf(type); // a Luật is passed by Quốc hội: the type says who
        }
        return new Mention(number, title, vocabulary.types().byName(type), issuer, when, null, start, end, false);
    }

    /**
     * Drops a law named inside a cited document's title ("Nghị định số ... của Chính phủ quy định chi
     * tiết thi hành một số điều của Luật A"): it is part of the title, not a reference of the citing
     * document; a law the document cites on its own elsewhere keeps that mention. The words right after
     * the cited document must open a title ({@code title} in law-names.tsv) and the clause must not end
     * on the way; more laws joined to a dropped one by "," or "và" go with it.
     */
    private List<Mention> withoutLawsInTitles(String text, List<Mention> sorted) {
        List<Mention> kept = new ArrayList<>();
        Mention owner = null; // the cited document whose title is running, if any
        Mention last = null;
        for (Mention mention : sorted) {
            boolean lawByName = mention.title() != null && mention.number() == null;
            boolean inTitle = false;
            if (lawByName && owner != null && last != null && mention.start() >= last.end()) {
                String gap = text.substring(owner.end(), mention.start());
                boolean clauseGoesOn = gap.indexOf(';') < 0 && !TITLE_BREAK.matcher(gap).find();
                inTitle = clauseGoesOn && (last == owner ? lawNames.opensTitle(text, owner.end())
                        : LAW_LIST_GAP.matcher(text.substring(last.end(), mention.start())).matches());
            }
            if (inTitle) {
                last = mention;
                continue;
            }
            kept.add(mention);
            owner = mention.shortForm() ? null : mention;
            last = mention;
        }
        return kept;
    }

    private List<Mention> shortForms(String text) {
        List<Mention> shorts = new ArrayList<>();
        QuickMatcher m = typeWords.shortForms(text);
        while (m.find()) {
            shorts.add(new Mention(m.group("serial"), null, typeWords.canonical(m.group("name")), null, null, null,
                    m.start(), m.end(), true));
        }
        return shorts;
    }

    /** "Quyết định nêu trên": a short form with no serial; the resolver points it at the last such document. */
    private List<Mention> backReferences(String text) {
        List<Mention> backs = new ArrayList<>();
        QuickMatcher m = typeWords.backReferences(text);
        while (m.find()) {
            backs.add(new Mention(null, null, typeWords.canonical(m.group("name")), null, null, null, m.start(), m.end(),
                    true));
        }
        return backs;
    }

    /** "của &lt;issuer&gt;" right after a number or its date. */
    private IssuerNames.Issuer issuerAfter(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (!text.regionMatches(true, i, "của", 0, 3) || i + 3 >= text.length()
                || !Character.isWhitespace(text.charAt(i + 3))) {
            return null;
        }
        i += 3;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return issuers.at(text, i);
    }

    public DocumentNumberFinder numbers() {
        return numbers;
    }

    public IssuerNames issuers() {
        return issuers;
    }
}
