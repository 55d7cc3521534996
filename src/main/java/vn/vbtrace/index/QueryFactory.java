package vn.vbtrace.index;

import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.SearchRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the search for what a user typed: a first pass over the four text fields together (an
 * exact match outranks a folded one, a two-syllable match outranks single syllables), their
 * twins over the headings, the learned words, the synonyms of the query's words, and the
 * document number as its own keyword; then rescorings of its top window (proximity, coverage,
 * the subject line), and of its first ten from their titles and texts (HeadRescoring).
 * Quoted phrases and the all-words mode only filter (Required).
 */
final class QueryFactory {

    /**
     * Field → boost. Exact syllables and shingles first, their folded twins lower. In a fixed
     * order (Map.of's changes from run to run), so scores add up the same way every run and
     * near-ties break alike: the quality figures are then reproducible.
     */
    private static final Map<String, Float> TEXT_FIELDS = new LinkedHashMap<>();

    static {
        TEXT_FIELDS.put(IndexFields.TEXT, 1.0f);
        TEXT_FIELDS.put(IndexFields.TEXT_SHINGLES, 1.5f);
        TEXT_FIELDS.put(IndexFields.TEXT_FOLDED, 0.7f);
        TEXT_FIELDS.put(IndexFields.TEXT_FOLDED_SHINGLES, 1.0f);
    }

    /**
     * Text field → its twin over the headings, weighted alike times the tuning's headings weight,
     * so a heading counts the same against the text whether the query was typed with diacritics or not.
     */
    private static final Map<String, String> HEADING_TWINS = Map.of(
            IndexFields.TEXT, IndexFields.HEADINGS,
            IndexFields.TEXT_SHINGLES, IndexFields.HEADINGS_SHINGLES,
            IndexFields.TEXT_FOLDED, IndexFields.HEADINGS_FOLDED,
            IndexFields.TEXT_FOLDED_SHINGLES, IndexFields.HEADINGS_FOLDED_SHINGLES);

    /** At most this many other forms are added for the synonyms of one query. */
    private static final int MAX_SYNONYMS = 12;

    /**
     * The first pass, and what rescores its top window after it, in order; {@code matching} is a query that matches
     * exactly the documents {@code query} matches, with fewer clauses (the totals and facets count it, unscored).
     * {@code head} reorders the first documents last, from their stored titles and texts (the engine returns them).
     */
    record Plan(Query query, Query matching, List<Rescoring> rescorings, Optional<HeadRescoring> head,
                List<String> phrasesNotFound) {

        /** How many documents the first pass must keep for a page ending at {@code page}. */
        int window(int page) {
            int rescored = rescorings.stream().mapToInt(Rescoring::window).max().orElse(0);
            return Math.max(page, Math.max(rescored, head.isPresent() ? HeadRescoring.WINDOW : 0));
        }

        TopDocs rescore(IndexSearcher searcher, TopDocs top) throws IOException {
            for (Rescoring rescoring : rescorings) {
                top = rescoring.apply(searcher, top);
            }
            return top;
        }
    }

    /** Whether a synonym's phrase occurs in the in-process index; null keeps every phrase in the query. */
    private final PhraseOccurrences occurrences;

    QueryFactory() {
        this(new PhraseOccurrences());
    }

    /** @param occurrences null keeps every synonym phrase, held by some document or not (to compare with) */
    QueryFactory(PhraseOccurrences occurrences) {
        this.occurrences = occurrences;
    }

    /** The plan of the in-process index, with the request's filters in its query. */
    Plan build(SearchRequest request, SearchTuning tuning, IndexSearcher searcher) throws IOException {
        return build(request, tuning, IndexReads.of(searcher), searcher, true, searcher);
    }

    /**
     * @param feedbackSearcher the searcher pseudo-relevance feedback reads its top documents with; null leaves the
     *                         feedback out (a search server: SearchTuning.DEFAULT has it off)
     * @param withFilters      whether the query holds the request's filters too; false when the engine adds them
     *                         itself (the status filter reads an in-process doc-values field)
     */
    Plan build(SearchRequest request, SearchTuning tuning, IndexReads reads, IndexSearcher feedbackSearcher,
               boolean withFilters) throws IOException {
        return build(request, tuning, reads, feedbackSearcher, withFilters, null);
    }

    /** @param inProcess the in-process searcher the synonym phrases no document holds are found with; null keeps them all */
    private Plan build(SearchRequest request, SearchTuning tuning, IndexReads reads, IndexSearcher feedbackSearcher,
                       boolean withFilters, IndexSearcher inProcess) throws IOException {
        QueryText asked = QueryText.parse(request.query());
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        if (asked.isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
            if (withFilters) {
                addFilters(root, request);
            }
            Query all = root.build();
            return new Plan(all, all, List.of(), Optional.empty(), List.of());
        }
        String words = QuestionWords.drop(asked.text(), tuning.questionWords(), tuning.functionWords());
        List<String> folded = Terms.folded(words);
        // A number is matched whole, by its keys and as a phrase (NumberQueries), not syllable by syllable.
        String outsideNumbers = NumberQueries.withoutNumbers(words);
        List<Query> synonyms = tuning.synonyms() > 0 ? synonymPhrases(outsideNumbers, inProcess) : List.of();
        Query match = matchQuery(asked.text(), outsideNumbers, synonyms, tuning);
        root.add(match, Occur.MUST);
        List<String> phrasesNotFound = Required.addTo(root, asked, request.allWords(), reads);
        if (withFilters) {
            addFilters(root, request);
        }
        BooleanQuery scored = root.build();
        Query query = scored;
        Query matchSet = matchSet(asked.text(), outsideNumbers, synonyms);
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        for (BooleanClause clause : scored.clauses()) {
            matching.add(clause.query() == match ? matchSet : clause.query(), clause.occur());
        }
        if (tuning.feedback() > 0 && feedbackSearcher != null) {
            // The expansion reorders what the query matched; the query itself stays a MUST.
            Optional<Query> expansion = Feedback.expansion(feedbackSearcher, query, words);
            if (expansion.isPresent()) {
                query = new BooleanQuery.Builder().add(query, Occur.MUST)
                        .add(new BoostQuery(expansion.get(), tuning.feedback()), Occur.SHOULD).build();
            }
        }
        List<Rescoring> rescorings = new ArrayList<>();
        if (tuning.proximity() > 0) {
            Proximity.triples(folded).ifPresent(triples ->
                    rescorings.add(new Rescoring(triples, tuning.proximity(), false, Rescoring.WINDOW)));
        }
        if (tuning.coverage() > 0) {
            Coverage.of(folded).ifPresent(share -> rescorings.add(new Rescoring(share, tuning.coverage(), true, Rescoring.WINDOW)));
        }
        if (tuning.subject() > 0) {
            Subject.covered(folded).ifPresent(covered ->
                    rescorings.add(new Rescoring(covered, tuning.subject(), true, Subject.WINDOW)));
        }
        return new Plan(query, matching.build(), rescorings, HeadRescoring.of(folded, tuning), phrasesNotFound);
    }

    /**
     * The documents {@link #matchQuery} matches, from fewer postings: the folded syllables stand for the exact ones
     * (folding is the exact analysis plus ASCII folding), for the shingles and learned words made of them, and for
     * the headings, which are part of the text; the synonyms and number keys match on their own.
     */
    private Query matchSet(String text, String words, List<Query> synonyms) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Query folded = new QueryBuilder(VietnameseAnalyzers.forField(IndexFields.TEXT_FOLDED))
                .createBooleanQuery(IndexFields.TEXT_FOLDED, words, Occur.SHOULD);
        if (folded instanceof BooleanQuery clauses) {
            clauses.clauses().forEach(clause -> any.add(clause.query(), Occur.SHOULD));
        } else if (folded != null) {
            any.add(folded, Occur.SHOULD);
        }
        if (!synonyms.isEmpty()) {
            BooleanQuery syllableSet = any.build();
            Set<Term> syllables = new HashSet<>();
            syllableSet.clauses().forEach(clause -> {
                if (clause.query() instanceof TermQuery term) {
                    syllables.add(term.getTerm());
                }
            });
            // A phrase holding one of the query's folded syllables matches only documents that syllable matches
            // already: left out, the set is the same and no positions are read for it. Another phrase is asked only
            // of the documents the syllables leave ("Thủ tướng Chính phủ" for TTg: its four syllables stand in
            // nearly every document, and a phrase reads their positions in each document it is asked of).
            synonyms.stream().filter(phrase -> !holdsAny(phrase, syllables))
                    .forEach(phrase -> any.add(syllables.isEmpty() ? phrase : outside(phrase, syllableSet), Occur.SHOULD));
        }
        NumberQueries.addTo(any, text);
        return any.build();
    }

    /**
     * The documents {@code phrase} matches that {@code matched} does not: in a union with {@code matched}, the same set
     * as the phrase itself. Lucene checks the exclusion before the phrase's positions (ReqExclScorer), so positions are
     * read only in the documents the other clauses leave.
     */
    private static Query outside(Query phrase, Query matched) {
        return new BooleanQuery.Builder().add(phrase, Occur.MUST).add(matched, Occur.MUST_NOT).build();
    }

    /** Whether the phrase (or single term) holds one of these terms: a document matching it then holds that term. */
    private static boolean holdsAny(Query phrase, Set<Term> terms) {
        Set<Term> held = new HashSet<>();
        phrase.visit(QueryVisitor.termCollector(held));
        return held.stream().anyMatch(terms::contains);
    }

    /**
     * The phrases the synonyms of the query's words add (at most MAX_SYNONYMS), but those no document of the
     * in-process index holds (when it is given): they would add nothing to any score nor match anything.
     */
    private List<Query> synonymPhrases(String words, IndexSearcher inProcess) throws IOException {
        List<Query> phrases = Synonyms.find(Terms.folded(words)).stream().flatMap(match -> match.others().stream()).distinct()
                .limit(MAX_SYNONYMS).map(form -> (Query) Required.phrase(form, form)).toList();
        if (inProcess == null || occurrences == null) {
            return phrases;
        }
        List<Query> held = new ArrayList<>();
        for (Query phrase : phrases) {
            if (occurrences.anywhere(inProcess, phrase)) {
                held.add(phrase);
            }
        }
        return held;
    }

    /** The words on the four text fields and their heading twins, the learned words, the synonyms, the number keys. */
    private Query matchQuery(String text, String words, List<Query> synonyms, SearchTuning tuning) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
            Query query = new QueryBuilder(VietnameseAnalyzers.forField(field.getKey()))
                    .createBooleanQuery(field.getKey(), words, Occur.SHOULD);
            if (query == null) {
                continue;
            }
            boolean shingles = field.getKey().equals(IndexFields.TEXT_SHINGLES)
                    || field.getKey().equals(IndexFields.TEXT_FOLDED_SHINGLES);
            float boost = shingles ? field.getValue() * tuning.phrases() : field.getValue();
            // One flat disjunction of term clauses rather than one per field: the top-k search
            // can then skip documents that cannot make the top (WAND) across all fields at once.
            List<Query> terms = query instanceof BooleanQuery clauses
                    ? clauses.clauses().stream().map(BooleanClause::query).toList() : List.of(query);
            for (Query term : terms) {
                any.add(new BoostQuery(term, boost), Occur.SHOULD);
                if (tuning.headings() > 0 && term instanceof TermQuery inText) {
                    Term inHeadings = new Term(HEADING_TWINS.get(field.getKey()), inText.getTerm().bytes());
                    any.add(new BoostQuery(new TermQuery(inHeadings), boost * tuning.headings()), Occur.SHOULD);
                }
            }
        }
        if (tuning.words() > 0) {
            for (String word : new LinkedHashSet<>(Terms.of(IndexFields.TEXT_WORDS, words))) {
                any.add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT_WORDS, word)), tuning.words()), Occur.SHOULD);
            }
        }
        synonyms.forEach(phrase -> any.add(new BoostQuery(phrase, tuning.synonyms()), Occur.SHOULD));
        NumberQueries.addTo(any, text);
        return any.build();
    }

    /** The code of the request's status filter; a name that is no status is refused in Vietnamese. */
    static int statusCode(SearchRequest request) {
        String status = request.filter(FilterField.STATUS);
        int code = ValidityCodes.code(status);
        if (code < 0) {
            throw new InvalidInputException("invalid-status", "không có tình trạng hiệu lực \"" + status + "\": dùng một trong " + ValidityCodes.names());
        }
        return code;
    }

    /** The request's filters, each as its FilterField declares: a term of its key field, the status code, the years. */
    private static void addFilters(BooleanQuery.Builder root, SearchRequest request) {
        request.filters().forEach((field, value) -> root.add(switch (field.match()) {
            case EXACT, FOLDED -> new TermQuery(new Term(IndexedFilter.keyField(field), IndexedFilter.key(field, value)));
            case STATUS -> NumericDocValuesField.newSlowExactQuery(IndexedFilter.keyField(field), statusCode(request));
            case YEARS -> throw new IllegalStateException("the years are a range of their own");
        }, Occur.FILTER));
        if (request.fromYear() != null || request.toYear() != null) {
            int from = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
            int to = request.toYear() == null ? Integer.MAX_VALUE : request.toYear();
            root.add(IntField.newRangeQuery(IndexedFilter.keyField(FilterField.YEAR), from, to), Occur.FILTER);
        }
    }
}
