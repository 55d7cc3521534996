package vn.vbtrace.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.SearchRequest;

import java.util.StringJoiner;

/**
 * A query plan of {@link QueryFactory}, written in OpenSearch's query DSL clause for clause: a term query is a
 * {@code term}, a phrase a {@code match_phrase} of the same analysed terms (the whitespace analyzer keeps them
 * as they are) with the same slop, a boolean query a {@code bool} with the same occurrences, a boost the
 * clause's {@code boost}. OpenSearch turns each back into the same Lucene query, so both engines score alike.
 * The plan holds only these standard queries (a test keeps it so); anything else is refused rather than
 * approximated.
 */
final class OpenSearchQueries {

    private OpenSearchQueries() {
    }

    static ObjectNode of(Query query) {
        return of(query, 1f);
    }

    private static ObjectNode of(Query query, float boost) {
        ObjectNode node = OpenSearchClient.JSON.createObjectNode();
        switch (query) {
            case BoostQuery boosted -> {
                return of(boosted.getQuery(), boost * boosted.getBoost());
            }
            case TermQuery term -> {
                Term t = term.getTerm();
                node.putObject("term").putObject(t.field()).put("value", t.text()).put("boost", boost);
            }
            case PhraseQuery phrase -> {
                StringJoiner words = new StringJoiner(" ");
                for (Term t : phrase.getTerms()) {
                    words.add(t.text());
                }
                node.putObject("match_phrase").putObject(phrase.getField()).put("query", words.toString())
                        .put("analyzer", "whitespace").put("slop", phrase.getSlop()).put("boost", boost);
            }
            case ConstantScoreQuery constant -> node.putObject("constant_score")
                    .<ObjectNode>set("filter", of(constant.getQuery())).put("boost", boost);
            case MatchAllDocsQuery all -> node.putObject("match_all").put("boost", boost);
            case FunctionScoreQuery function when Subject.isCovered(function) -> {
                ObjectNode scored = node.putObject("function_score");
                scored.set("query", of(function.getWrappedQuery()));
                scored.putObject("field_value_factor").put("field", IndexFields.SUBJECT_SHARE).put("missing", 1);
                scored.put("boost_mode", "multiply").put("boost", boost);
            }
            case BooleanQuery bool -> {
                ObjectNode b = node.putObject("bool");
                for (BooleanClause clause : bool.clauses()) {
                    String occur = switch (clause.occur()) {
                        case MUST -> "must";
                        case SHOULD -> "should";
                        case FILTER -> "filter";
                        case MUST_NOT -> "must_not";
                    };
                    ArrayNode list = b.has(occur) ? (ArrayNode) b.get(occur) : b.putArray(occur);
                    list.add(of(clause.query()));
                }
                if (bool.getMinimumNumberShouldMatch() > 0) {
                    b.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
                }
                b.put("boost", boost);
            }
            default -> throw new IllegalArgumentException("no OpenSearch form for the query " + query.getClass().getSimpleName());
        }
        return node;
    }

    /** The request's filters, as the in-process plan adds them (QueryFactory.addFilters). */
    static ArrayNode filters(SearchRequest request) {
        ArrayNode filters = OpenSearchClient.JSON.createArrayNode();
        request.filters().forEach((field, value) -> {
            switch (field.match()) {
                case EXACT, FOLDED -> filters.add(term(IndexedFilter.keyField(field), IndexedFilter.key(field, value)));
                case STATUS -> {
                    ObjectNode status = OpenSearchClient.JSON.createObjectNode();
                    status.putObject("term").put(IndexedFilter.keyField(field), QueryFactory.statusCode(request));
                    filters.add(status);
                }
                case YEARS -> throw new IllegalStateException("the years are a range of their own");
            }
        });
        if (request.fromYear() != null || request.toYear() != null) {
            ObjectNode range = OpenSearchClient.JSON.createObjectNode();
            ObjectNode year = range.putObject("range").putObject(IndexedFilter.keyField(FilterField.YEAR));
            if (request.fromYear() != null) {
                year.put("gte", request.fromYear());
            }
            if (request.toYear() != null) {
                year.put("lte", request.toYear());
            }
            filters.add(range);
        }
        return filters;
    }

    static ObjectNode prefix(String field, String value) {
        ObjectNode node = OpenSearchClient.JSON.createObjectNode();
        node.putObject("prefix").put(field, value);
        return node;
    }

    /** A literal for the engine's regular expressions (Lucene RegExp syntax): every character but letters and digits escaped. */
    static String escapeRegex(String literal) {
        StringBuilder escaped = new StringBuilder();
        literal.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    static ObjectNode term(String field, String value) {
        ObjectNode node = OpenSearchClient.JSON.createObjectNode();
        node.putObject("term").put(field, value);
        return node;
    }

    /**
     * A rescoring as OpenSearch's rescore: the query over the top window, its score added with its weight; or,
     * for a multiplying one, the first score times (1 + weight × score), written as a multiply by a rescore
     * query that scores 1 for every document plus the weighted share.
     */
    static ObjectNode rescore(Rescoring rescoring) {
        ObjectNode node = OpenSearchClient.JSON.createObjectNode();
        node.put("window_size", rescoring.window());
        ObjectNode query = node.putObject("query");
        if (rescoring.multiply()) {
            ObjectNode oneOrMore = OpenSearchClient.JSON.createObjectNode();
            ArrayNode should = oneOrMore.putObject("bool").putArray("should");
            should.add(of(new ConstantScoreQuery(new MatchAllDocsQuery())));
            should.add(of(rescoring.query(), rescoring.weight()));
            query.set("rescore_query", oneOrMore);
            query.put("query_weight", 1f).put("rescore_query_weight", 1f).put("score_mode", "multiply");
        } else {
            query.set("rescore_query", of(rescoring.query()));
            query.put("query_weight", 1f).put("rescore_query_weight", rescoring.weight()).put("score_mode", "total");
        }
        return node;
    }
}
