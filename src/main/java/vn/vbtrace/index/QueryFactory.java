package vn.vbtrace.index;

import org.apache.lucene.document.IntField;
import org.apache.lucene.index.Term;
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
import java.util.Map;

/**
 * Builds the Lucene query for what a user typed: the four text fields together (an exact
 * match outranks a folded one, a two-syllable match outranks single syllables), plus the
 * document number as its own keyword when the query contains one.
 */
final class QueryFactory {

    /** Field → boost. Exact syllables and shingles first, their folded twins lower. */
    private static final Map<String, Float> TEXT_FIELDS = Map.of(
            IndexFields.TEXT, 1.0f,
            IndexFields.TEXT_SHINGLES, 1.5f,
            IndexFields.TEXT_FOLDED, 0.7f,
            IndexFields.TEXT_FOLDED_SHINGLES, 1.0f);

    Query build(SearchRequest request, SearchTuning tuning, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        String text = request.query() == null ? "" : TextNormalizer.normalize(request.query()).text().strip();
        if (text.isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
            addFilters(root, request);
            return root.build();
        }
        String words = tuning.dropQuestionWords() ? QuestionWords.drop(text) : text;
        root.add(matchQuery(text, words, tuning.phrases()), Occur.MUST);
        if (tuning.proximity() > 0) {
            Proximity.triples(words).ifPresent(q -> root.add(new BoostQuery(q, tuning.proximity()), Occur.SHOULD));
        }
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

    /** The words on the four text fields, the number keys from the text as typed. */
    private Query matchQuery(String text, String words, float phrases) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        TEXT_FIELDS.forEach((field, boost) -> {
            Query query = new QueryBuilder(VietnameseAnalyzers.forField(field)).createBooleanQuery(field, words, Occur.SHOULD);
            if (query != null) {
                boolean shingles = field.equals(IndexFields.TEXT_SHINGLES) || field.equals(IndexFields.TEXT_FOLDED_SHINGLES);
                float weight = shingles ? boost * phrases : boost;
                // One flat disjunction of term clauses rather than one per field: the top-k search
                // can then skip documents that cannot make the top (WAND) across all fields at once.
                if (query instanceof BooleanQuery terms) {
                    terms.clauses().forEach(clause -> any.add(new BoostQuery(clause.query(), weight), Occur.SHOULD));
                } else {
                    any.add(new BoostQuery(query, weight), Occur.SHOULD);
                }
            }
        });
        NumberQueries.addTo(any, text);
        return any.build();
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
        if (request.fromYear() != null || request.toYear() != null) {
            int from = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
            int to = request.toYear() == null ? Integer.MAX_VALUE : request.toYear();
            root.add(IntField.newRangeQuery(IndexFields.YEAR, from, to), Occur.FILTER);
        }
    }
}
