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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A số ký hiệu as typed: digits, then / or - separated parts ("1322/QĐ-TTg", "52-NQ/TW", "20/2010/TT-BKHCN"). */
    private static final Pattern NUMBER = Pattern.compile(
            "\\b\\d{1,5}(?:\\s*[/-]\\s*[\\p{L}\\d]+(?:\\s*-\\s*[\\p{L}\\d&]+)*)+");
    private static final Pattern BARE_DIGITS = Pattern.compile("\\b\\d{2,5}\\b");

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
                any.add(new BoostQuery(query, shingles ? boost * phrases : boost), Occur.SHOULD);
            }
        });
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String key = DocumentNumbers.key(number.group());
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_KEY, key)), 50f), Occur.SHOULD);
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.CITES, key)), 5f), Occur.SHOULD);
        }
        Matcher digits = BARE_DIGITS.matcher(text);
        while (digits.find()) {
            any.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER_DIGITS, digits.group())), 10f), Occur.SHOULD);
        }
        return any.build();
    }

    private static void addFilters(BooleanQuery.Builder root, SearchRequest request) {
        if (request.type() != null && !request.type().isBlank()) {
            root.add(new TermQuery(new Term(IndexFields.TYPE, request.type().strip())), Occur.FILTER);
        }
        if (request.issuer() != null && !request.issuer().isBlank()) {
            root.add(new TermQuery(new Term(IndexFields.ISSUER_KEY, DocumentNumbers.fold(request.issuer().strip()))), Occur.FILTER);
        }
        if (request.fromYear() != null || request.toYear() != null) {
            int from = request.fromYear() == null ? Integer.MIN_VALUE : request.fromYear();
            int to = request.toYear() == null ? Integer.MAX_VALUE : request.toYear();
            root.add(IntField.newRangeQuery(IndexFields.YEAR, from, to), Occur.FILTER);
        }
    }
}
