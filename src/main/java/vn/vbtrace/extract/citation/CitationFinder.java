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
import vn.vbtrace.extract.token.NumberParts;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.token.TypeWords;
import vn.vbtrace.extract.vocab.Vocabulary;

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
    private static final Pattern NUMBER_AFTER_NAME = Pattern.compile("\\s*,?\\s*số\\s+");

    public CitationFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.numbers = new DocumentNumberFinder(vocabulary);
        this.typeWords = new TypeWords(vocabulary.types());
        this.issuers = new IssuerNames(vocabulary.bodies(), vocabulary.issuerCodes());
        this.relations = new RelationClassifier(vocabulary.clauseWords());
    }

    /** All mentions in text order, with their relation; not yet resolved. */
    public List<Mention> find(String text, List<NumberToken> numberTokens) {
        List<Mention> found = new ArrayList<>(laws(text, numberTokens));
        for (NumberToken token : numberTokens) {
            if (found.stream().noneMatch(law -> law.start() <= token.start() && token.end() <= law.end())) {
                found.add(numbered(text, token));
            }
        }
        found.addAll(shortForms(text));
        found.addAll(backReferences(text));
        found.sort(Comparator.comparingInt(Mention::start));
        List<Mention> classified = new ArrayList<>();
        Mention previous = null;
        for (Mention mention : found) {
            Mention withRelation = new Mention(mention.number(), mention.title(), mention.type(), mention.issuer(),
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
        IssuerNames.Issuer issuer = issuerAfter(text, end);
        String issuerName;
        if (issuer != null) {
            issuerName = issuer.name();
            end = issuer.end();
        } else {
            issuerName = parts.issuer(vocabulary.issuerCodes());
        }
        return new Mention(token.number(), null, type, issuerName, date == null ? null : date.date(), null,
                start, end, false);
    }

    private List<Mention> laws(String text, List<NumberToken> numberTokens) {
        List<Mention> laws = new ArrayList<>();
        Matcher m = lawNames.matcher(text);
        while (m.find()) {
            String type = m.group("type");
            String title = type + " " + m.group("name").replaceAll("\\s+", " ");
            int end = m.end();
            String number = null;
            Matcher so = Anchored.at(NUMBER_AFTER_NAME, text, end);
            if (so != null) {
                for (NumberToken token : numberTokens) {
                    if (token.start() == so.end()) {
                        number = token.number();
                        end = token.end();
                    }
                }
            }
            DateToken date = DateFinder.at(text, end);
            if (date != null) {
                end = date.end();
            }
            LocalDate when = date == null ? null : date.date();
            String issuer = number == null ? null
                    : NumberParts.parse(number, vocabulary.types()).issuer(vocabulary.issuerCodes());
            if (issuer == null) {
                issuer = lawNames.issuerOf(type); // a Luật is passed by Quốc hội: the type says who
            }
            laws.add(new Mention(number, title, vocabulary.types().byName(type), issuer, when, null, m.start(), end,
                    false));
        }
        return laws;
    }

    private List<Mention> shortForms(String text) {
        List<Mention> shorts = new ArrayList<>();
        Matcher m = typeWords.shortForms(text);
        while (m.find()) {
            shorts.add(new Mention(m.group("serial"), null, typeWords.canonical(m.group("name")), null, null, null,
                    m.start(), m.end(), true));
        }
        return shorts;
    }

    /** "Quyết định nêu trên": a short form with no serial; the resolver points it at the last such document. */
    private List<Mention> backReferences(String text) {
        List<Mention> backs = new ArrayList<>();
        Matcher m = typeWords.backReferences(text);
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
