package vn.vbtrace.extract.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.DateFinder;
import vn.vbtrace.extract.token.DateToken;
import vn.vbtrace.extract.token.DocumentNumberFinder;
import vn.vbtrace.extract.token.IssuerNames;
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
    private final Makers makers;
    /**
     * A letter named by the generic word and what it does, where a type word would stand before its number: "Văn bản
     * chỉ đạo số ", "văn bản số ". Optional: the patterns that end with it end at a type word's start as well.
     */
    private static final String PAPER_WORD = "(?:(?iu:văn\\s+bản)(?:\\s+\\p{Ll}+){0,2}\\s+(?iu:số)\\s*:?\\s*)?";
    /** "Luật Phòng, chống ma túy số 23/2000/QH10": the law's name and its number make one mention. */
    /** "số" between a law's name and its number, or the lone "s" a PDF that dropped accented letters leaves of it. */
    private static final Pattern NUMBER_AFTER_NAME = Pattern.compile("\\s*,?\\s*(?:số\\s+|(?<!\\p{L})s\\s*(?=\\d))");
    /**
     * Between a proposing body and its paper: ", tại ", " tại văn bản số ", and a role in brackets between ("Sở Kế
     * hoạch và Đầu tư (Thường trực Ban Vì sự tiến bộ phụ nữ tỉnh) tại Tờ trình số ...").
     */
    private static final Pattern PROPOSER_GAP = Pattern.compile("(?:\\s+tỉnh(?:\\s+\\p{Lu}\\p{Ll}*)*)?"
            + "(?:\\s*\\([^()\\n]{1,120}\\))?\\s*,?\\s*tại\\s*"
            + "(?:(?iu:văn\\s+bản|công\\s+văn)\\s+)?(?:số\\s*)?");
    /**
     * Between a day and the paper issued on it, when the sentence names the day first: "Ngày 21/04/2015, Thủ tướng
     * Chính phủ đã ban hành Chỉ thị số 06/CT-TTg": a comma, the maker (no number, no clause break), "(đã) ban hành".
     */
    private static final Pattern ISSUED_ON_GAP = Pattern.compile("(?u),\\s*[^.;:\\n\\d]{3,80}?\\s(?:đã\\s+)?(?:ký\\s+)?(?:ban\\s+hành|có)\\s+"
            + PAPER_WORD);
    /**
     * The same when the day opens its sentence, written without the comma: "Ngày 14 tháng 02 năm 2017 Bộ Thông tin và
     * Truyền thông có Văn bản chỉ đạo số 398/BTTTT-TTCS". Only there: a day after a paper's number is that paper's.
     */
    private static final Pattern OPENING_DAY_GAP = Pattern.compile("(?u)\\s+[^.;:,\\n\\d]{3,80}?\\s(?:đã\\s+)?(?:ký\\s+)?(?:ban\\s+hành|có)\\s+"
            + PAPER_WORD);
    /** How far before a paper its day may be written so. */
    private static final int ISSUED_ON_REACH = 140;
    /** Between a paper and the next of its kind named by its number alone: "...; số 83/2015/QH13". */
    private static final Pattern NEXT_OF_LIST = Pattern.compile("(?u)\\s*[;,]\\s*(?:và\\s+)?số\\s*:?\\s*");
    /**
     * Between two papers of one list, the second maybe named by its number alone ("số 365/BC-UBND và số 367/BC-UBND") or
     * a letter named by the generic word ("... và Văn bản số ...").
     */
    private static final Pattern LIST_ITEM_GAP = Pattern.compile("(?u)\\s*(?:,|và)\\s*(?:số\\s*:?\\s*)?" + PAPER_WORD);
    /** The verb of issuing between a body and the paper it issued: " đã ban hành ", " đã có ", " ký ban hành ". */
    private static final Pattern MAKER_VERB = Pattern.compile("(?u)\\s(?:đã\\s+)?(?:ký\\s+)?(?:ban\\s+hành|có)\\s+"
            + PAPER_WORD + "$");
    private static final int MAKER_VERB_REACH = 60;
    /** How far before its verb a body's name may start. */
    private static final int MAKER_REACH = 90;
    /** What ends the clause a maker is named in. */
    private static final String CLAUSE_BREAK = ",.;:()";
    /** A council's term and session between its name and the date of its resolution: ", khoá 16, kỳ họp thứ 21". */
    private static final Pattern COUNCIL_TERM = Pattern.compile(
            "(?iu)\\s*,?\\s*(?:khóa|khoá)\\s+[\\p{L}\\d]+(?:\\s*,?\\s*kỳ\\s+họp\\s+(?:thứ\\s+)?[\\p{L}\\d]+)?\\s*,?");
    /**
     * What leads to a paper's maker after its number or date: "của", also glued to the maker by a portal that lost the
     * space at a line's end ("củaChính phủ") or written twice ("của của Giám đốc Sở ..."); a joint paper's "giữa" before
     * its parties; "liên" before a joint paper's makers ("của liên Bộ Tài chính - Bộ Tài nguyên và Môi trường").
     */
    private static final Pattern MAKER_LEAD = Pattern.compile(
            "\\s*(?:(?iu:của)(?=\\s|\\p{Lu})|giữa(?=\\s))\\s*(?:của\\s+)?(?:liên\\s+)?");
    /** " do " before the maker at a portal list's line end, and " ban hành" after it. */
    private static final Pattern MADE_BY = Pattern.compile("\\sdo\\s+");
    private static final Pattern ISSUED = Pattern.compile("\\s+ban\\s+hành");
    private static final Pattern ANOTHER_NUMBER = Pattern.compile("\\d+(?:-\\p{Lu}+)?/"); // "2067/BTC", "01-KL/TW"
    /** A list's head: "các nghị định của" before its maker; "tại các công văn:" after it. */
    private static final Pattern LIST_HEAD_TYPE = Pattern.compile("(?iu)các\\s+(?<type>\\p{L}+(?:\\s+\\p{L}+)??)\\s+$");
    private static final Pattern LIST_HEAD_TAIL = Pattern.compile(
            "(?iu)(?:\\s+tỉnh|\\s+thành\\s+phố)?\\s*(?:,?\\s*tại\\s+các\\s+(?<type>\\p{L}+(?:\\s+\\p{L}+)??)\\s*)?:");
    /** What ends a list after its head: a sentence's end, or a line opening with a capital other than "Số". */
    private static final Pattern LIST_END = Pattern.compile("(?u)\\.\\s|\\n\\s*(?!(?iu:số)[\\s\\d])\\p{Lu}");
    /** How far after its head's colon a list's paper may stand. */
    private static final int LIST_REACH = 600;
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
        this.makers = new Makers(vocabulary, lawNames);
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
            String type = mention.type();
            if (type == null && previous != null && previous.number() != null
                    && NEXT_OF_LIST.matcher(text).region(previous.end(), mention.start()).matches()) {
                type = previous.type(); // "Luật Ngân sách nhà nước số 01/2002/QH11 ngày ...; số 83/2015/QH13 ngày ..."
            }
            Mention withRelation = new Mention(mention.number(), mention.title(), type, issuer,
                    mention.date(), relations.classify(text, mention.start(), previous), mention.start(),
                    mention.end(), mention.shortForm());
            classified.add(withRelation);
            previous = withRelation;
        }
        for (int i = classified.size() - 2; i >= 0; i--) { // "A ngày ... và B ngày ... của Chính phủ": B's maker is A's
            Mention mention = classified.get(i);
            Mention next = classified.get(i + 1);
            if (mention.issuer() == null && oneList(text, mention, next) && makers.fits(mention, next.issuer(), next.type())) {
                mention = mention.withIssuer(next.issuer());
                classified.set(i, mention);
            }
            if (mention.date() == null && next.date() != null && oneList(text, mention, next)
                    && makers.sameCode(mention, next)) {
                // "Tờ trình số 361/TTr-CP và Đề án số 362/ĐA-CP ngày 09 tháng 5 năm 2025": one day for both papers
                classified.set(i, mention.withDetails(mention.type(), mention.issuer(), next.date(),
                        mention.impliedIssuer()));
            }
        }
        classified.replaceAll(m -> m.issuer() == null ? m.withImpliedIssuer(makers.implied(m)) : m);
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
        // "của Bộ Chính trị, Ban Bí thư": the makers after the first while the number says the paper is theirs together
        String number = token.number();
        IssuerNames.Issuer issuer = issuerAfter(text, end, maker -> makers.joins(number, type, maker));
        String issuerName = null;
        if (issuer != null) {
            issuerName = issuer.name();
            end = issuer.end();
            if (date == null) { // "Nghị quyết số 166/2010/NQ-HĐND16 của HĐND tỉnh Bắc Ninh, khoá 16, kỳ họp thứ 21 ngày 08/7/2010"
                Matcher term = Anchored.at(COUNCIL_TERM, text, end);
                date = DateFinder.at(text, term == null ? end : term.end());
                end = date == null ? end : date.end();
            }
        }
        if (issuerName == null) {
            issuerName = proposer(text, start);
        }
        if (issuerName == null) {
            issuerName = makerBefore(text, start);
        }
        DateToken issued = date != null ? date : dayBefore;
        Mention mention = new Mention(token.number(), null, type, issuerName, issued == null ? null : issued.date(),
                null, start, end, false);
        if (issuerName == null) {
            Mention head = listHead(text, start);
            if (head != null && makers.fits(mention, head.issuer(), head.type())) {
                // "các Nghị quyết của Ủy ban Thường vụ Quốc hội: ...; số 26/2022/UBTVQH15": the head names the type too
                return mention.withDetails(mention.type() != null ? mention.type() : head.type(), head.issuer(),
                        mention.date(), mention.impliedIssuer());
            }
            String madeBy = madeByOnLine(text, start, end);
            if (madeBy != null && makers.fits(mention, madeBy, null)) {
                return mention.withIssuer(madeBy);
            }
        }
        return mention;
    }

    /** The day written before the sentence's maker and "đã ban hành" that lead to the paper at {@code mentionStart}. */
    private static DateToken issuedOnBefore(String text, int mentionStart) {
        DateToken last = null;
        for (DateToken d = DateFinder.first(text, Math.max(0, mentionStart - ISSUED_ON_REACH), mentionStart); d != null;
                d = DateFinder.first(text, d.end(), mentionStart)) {
            last = d;
        }
        if (last == null) {
            return null;
        }
        if (ISSUED_ON_GAP.matcher(text).region(last.end(), mentionStart).matches()) {
            return last;
        }
        return OPENING_DAY_GAP.matcher(text).region(last.end(), mentionStart).matches()
                && opensSentence(text, last.start()) ? last : null;
    }

    /** Whether only spaces stand between {@code at} and the text's start, a line break or a sentence's end. */
    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".;\n".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A paper right after another in one list ("Tờ trình số A ... và Công văn số B"), the first one's maker named, and
     * the second's number or type agreeing with that maker ({@link Makers#fits}).
     */
    private boolean sameListMaker(String text, Mention previous, Mention mention) {
        return previous != null && oneList(text, previous, mention) && makers.fits(mention, previous.issuer(), previous.type());
    }

    /** Two numbered papers written one after the other in a list, the first one's maker named or not. */
    private static boolean oneList(String text, Mention first, Mention second) {
        return first.number() != null && second.number() != null && !first.shortForm() && !second.shortForm()
                && first.end() <= second.start()
                && LIST_ITEM_GAP.matcher(text.substring(first.end(), second.start())).matches();
    }

    /**
     * "Bộ Y tế đã ban hành Thông tư số 23/2018/TT-BYT", "Bộ Tài nguyên và Môi trường đã có Công văn số ...", "đã
     * tham mưu Chính phủ ban hành Nghị định số ...": the body that ends right before the verb of issuing, within its
     * clause. Null when none does.
     */
    private String makerBefore(String text, int mentionStart) {
        Matcher verb = MAKER_VERB.matcher(text).region(Math.max(0, mentionStart - MAKER_VERB_REACH), mentionStart);
        if (!verb.find()) {
            return null;
        }
        int bodyEnd = verb.start();
        int from = Math.max(0, bodyEnd - MAKER_REACH);
        for (int i = bodyEnd - 1; i >= from; i--) {
            if (CLAUSE_BREAK.indexOf(text.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        IssuerNames.Issuer body = bodyEndingWhere(text, from, bodyEnd, end -> text.substring(end, bodyEnd).isBlank());
        return body == null ? null : body.name();
    }

    /**
     * "Căn cứ các nghị định của Chính phủ: Số 92/2006/NĐ-CP ...; số 04/2008/NĐ-CP ...", "Theo đề nghị của Sở Nông
     * nghiệp và PTNT tại các công văn: Số 1577/SNN-KHTC ...; số 218/SNN-KHTC ...": a list's head names the maker and
     * type of the papers after its colon, up to the sentence's end or a line opening another clause. Its maker and
     * type as a mention without a number, or null.
     */
    private Mention listHead(String text, int mentionStart) {
        int colon = text.lastIndexOf(':', mentionStart - 1);
        if (colon < 0 || mentionStart - colon > LIST_REACH || LIST_END.matcher(text).region(colon + 1, mentionStart).find()) {
            return null;
        }
        int of = text.lastIndexOf("của ", colon);
        if (of < 0 || colon - of > MAKER_REACH) {
            return null;
        }
        Matcher heads = LIST_HEAD_TYPE.matcher(text).region(Math.max(0, of - MAKER_REACH), of);
        String headType = heads.find() ? vocabulary.types().byName(heads.group("type")) : null;
        Matcher tail = LIST_HEAD_TAIL.matcher(text);
        IssuerNames.Issuer body = bodyEndingWhere(text, of + "của ".length(), colon,
                end -> tail.region(end, colon + 1).matches());
        if (body == null) {
            return null;
        }
        String type = tail.group("type") != null ? vocabulary.types().byName(tail.group("type")) : headType;
        return type == null ? null : new Mention(null, null, type, body.name(), null, null, of, colon, false);
    }

    /**
     * "Công văn 2067/BTC-NSNN hướng dẫn chi trả ... do Bộ Tài chính ban hành": a portal's list of related papers names
     * each one's maker at the end of its line, the line's first paper's (a paper named in its title is not made so).
     * Null when the line does not name one, or the mention is not the line's first paper.
     */
    private String madeByOnLine(String text, int mentionStart, int mentionEnd) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, mentionStart - 1)) + 1;
        int lineEnd = text.indexOf('\n', mentionEnd);
        Matcher by = MADE_BY.matcher(text).region(mentionEnd, lineEnd < 0 ? text.length() : lineEnd);
        if (!by.find() || ANOTHER_NUMBER.matcher(text).region(lineStart, mentionStart).find()) {
            return null;
        }
        IssuerNames.Issuer body = issuers.at(text, by.end());
        return body != null && Anchored.at(ISSUED, text, body.end()) != null ? body.name() : null;
    }

    /**
     * "Xét đề nghị của Trưởng phòng Nội vụ, tại Tờ trình số 282/TTr-NV", "báo cáo thẩm định của Phòng Tư pháp
     * tại văn bản số 235/BC-TP": the body named before "tại" wrote the cited paper; of several ("của Chánh Văn
     * phòng UBND tỉnh, Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số ..."), the last. Null when no body is.
     */
    private String proposer(String text, int mentionStart) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, mentionStart - 1)) + 1;
        int from = Math.max(lineStart, mentionStart - PROPOSER_REACH);
        int of = text.lastIndexOf("của ", mentionStart);
        if (of < from) {
            return null;
        }
        IssuerNames.Issuer body = bodyEndingWhere(text, of + "của ".length(), mentionStart,
                end -> PROPOSER_GAP.matcher(text.substring(end, mentionStart)).matches());
        return body == null ? null : body.name();
    }

    /**
     * The first body named from {@code from}, or from a capitalized word after it, up to {@code to}, whose name ends
     * where {@code endFits} accepts: the first, so the longest ("Thủ tướng Chính phủ" before "Chính phủ"). Or null.
     */
    private IssuerNames.Issuer bodyEndingWhere(String text, int from, int to, IntPredicate endFits) {
        for (int p = from; p < to; p++) {
            if (p == from || Character.isUpperCase(text.charAt(p)) && !Character.isLetterOrDigit(text.charAt(p - 1))) {
                IssuerNames.Issuer body = issuers.single(text, p);
                if (body != null && body.end() <= to && endFits.test(body.end())) {
                    return body;
                }
            }
        }
        return null;
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
        if (date == null && number == null) {
            date = DateFinder.bareAt(text, end); // "Luật ... chính quyền địa phương 22/11/2019;": the word "ngày" left out
        }
        if (date != null) {
            end = date.end();
        }
        LocalDate when = date == null ? null : date.date();
        IssuerNames.Issuer issuer = number == null ? null : issuerAfter(text, end, maker -> false); // "... của Quốc hội"
        if (issuer != null) {
            end = issuer.end();
        }
        return new Mention(number, title, vocabulary.types().byName(type), issuer == null ? null : issuer.name(), when,
                null, start, end, false);
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

    /**
     * "của &lt;issuer&gt;" right after a number or its date, with the makers after the first that {@code alsoJoins}
     * takes ({@link IssuerNames#at(String, int, java.util.function.Predicate)}).
     */
    private IssuerNames.Issuer issuerAfter(String text, int from, Predicate<String> alsoJoins) {
        Matcher lead = Anchored.at(MAKER_LEAD, text, from);
        return lead == null ? null : issuers.at(text, lead.end(), alsoJoins);
    }

    public DocumentNumberFinder numbers() {
        return numbers;
    }

    public IssuerNames issuers() {
        return issuers;
    }
}
