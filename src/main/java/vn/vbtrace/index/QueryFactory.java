package vn.vbtrace.index;

import vn.vbtrace.document.InvalidInputException;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.parse.TextNormalizer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Lucene query for what a user typed: the four text fields together (an exact
 * match outranks a folded one, a two-syllable match outranks single syllables), their twins
 * over the headings, plus the document number as its own keyword when the query contains one.
 * Proximity is applied after, as a rescoring ({@link #proximity}).
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

    /** The NPMI at which a shingle keeps its plain weight: about where word pairs part from chance pairs. */
    private static final double COHESION_CENTER = 0.3;

    Query build(SearchRequest request, SearchTuning tuning, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        String text = request.query() == null ? "" : TextNormalizer.normalize(request.query()).text().strip();
        if (text.isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
            addFilters(root, request);
            return root.build();
        }
        String words = tuning.dropQuestionWords() ? QuestionWords.drop(text) : text;
        root.add(matchQuery(text, words, tuning, searcher), Occur.MUST);
        addFilters(root, request);
        Query query = root.build();
        if (tuning.feedback() <= 0) {
            return query;
        }
        // The expansion reorders what the query matched; the query itself stays a MUST.
        var expansion = Feedback.expansion(searcher, query, words);
        if (expansion.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new BoostQuery(expansion.get(), tuning.feedback()), Occur.SHOULD).build();
    }

    /**
     * The proximity triples of the query, to rescore the best documents of {@link #build} with
     * (weight: the tuning's proximity); empty when off or the query is too short to have one.
     * Applied as a rescoring, not a clause: sloppy phrases cost position reads, and the one pass
     * that also counts facets would pay them for every match rather than for the top few.
     */
    Optional<Query> proximity(SearchRequest request, SearchTuning tuning) {
        if (tuning.proximity() <= 0 || request.query() == null || request.query().isBlank()) {
            return Optional.empty();
        }
        String text = TextNormalizer.normalize(request.query()).text().strip();
        return Proximity.triples(tuning.dropQuestionWords() ? QuestionWords.drop(text) : text);
    }

    /** The words on the four text fields, the number keys from the text as typed. */
    private Query matchQuery(String text, String words, SearchTuning tuning, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : TEXT_FIELDS.entrySet()) {
            Query query = new QueryBuilder(VietnameseAnalyzers.forField(field.getKey()))
                    .createBooleanQuery(field.getKey(), words, Occur.SHOULD);
            if (query == null) {
                continue;
            }
            boolean shingles = field.getKey().equals(IndexFields.TEXT_SHINGLES)
                    || field.getKey().equals(IndexFields.TEXT_FOLDED_SHINGLES);
            float weight = shingles ? field.getValue() * tuning.phrases() : field.getValue();
            // One flat disjunction of term clauses rather than one per field: the top-k search
            // can then skip documents that cannot make the top (WAND) across all fields at once.
            List<Query> terms = query instanceof BooleanQuery clauses
                    ? clauses.clauses().stream().map(BooleanClause::query).toList() : List.of(query);
            for (Query term : terms) {
                float boost = shingles ? weight * cohesionFactor(term, tuning, searcher) : weight;
                any.add(new BoostQuery(term, boost), Occur.SHOULD);
                if (tuning.headings() > 0 && term instanceof TermQuery inText) {
                    Term inHeadings = new Term(HEADING_TWINS.get(field.getKey()), inText.getTerm().bytes());
                    any.add(new BoostQuery(new TermQuery(inHeadings), boost * tuning.headings()), Occur.SHOULD);
                }
            }
        }
        NumberQueries.addTo(any, text);
        return any.build();
    }

    /** 1 with cohesion off; above 1 for a pair that is a word, below for syllables that met by chance. */
    private static float cohesionFactor(Query term, SearchTuning tuning, IndexSearcher searcher) throws IOException {
        if (tuning.cohesion() <= 0 || !(term instanceof TermQuery pair)) {
            return 1f;
        }
        double npmi = Cohesion.of(searcher.getIndexReader(), pair.getTerm().field(), pair.getTerm().text());
        return (float) Math.max(0, 1 + tuning.cohesion() * (npmi - COHESION_CENTER));
    }

    private static void addFilters(BooleanQuery.Builder root, SearchRequest request) {
        if (request.type() != null && !request.type().isBlank()) {
            root.add(new TermQuery(new Term(IndexFields.TYPE, request.type().strip())), Occur.FILTER);
        }
        if (request.issuer() != null && !request.issuer().isBlank()) {
            root.add(new TermQuery(new Term(IndexFields.ISSUER_KEY, DocumentNumbers.fold(request.issuer().strip()))), Occur.FILTER);
        }
        if (request.province() != null && !request.province().isBlank()) {
            root.add(new TermQuery(new Term(IndexFields.PROVINCE_KEY, DocumentNumbers.fold(request.province().strip()))), Occur.FILTER);
        }
        if (request.status() != null && !request.status().isBlank()) {
            int code = ValidityCodes.code(request.status());
            if (code < 0) {
                throw new InvalidInputException("invalid-status", "không có tình trạng hiệu lực \"" + request.status() + "\": dùng một trong " + ValidityCodes.names());
            }
            root.add(NumericDocValuesField.newSlowExactQuery(IndexFields.STATUS, code), Occur.FILTER);
        }
        if (request.fromYear() != null || request.toYear() != null) {
            int from = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
            int to = request.toYear() == null ? Integer.MAX_VALUE : request.toYear();
            root.add(IntField.newRangeQuery(IndexFields.YEAR, from, to), Occur.FILTER);
        }
    }
}
