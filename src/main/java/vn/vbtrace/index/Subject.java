package vn.vbtrace.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A document's subject line, and how much of it a query holds. The subject line is the title when the document has
 * a short one (a plan's or a decision's "V/v ..."), else its opening line when short: an article opens with its
 * heading ("Mục đích của Quỹ hỗ trợ phát triển điện ảnh"), a letter without a title with its issuer. A question that
 * names every word of a part's subject ("Quỹ hỗ trợ phát triển điện ảnh có mục đích gì?") is most likely about that
 * part, while the text alone ranks first whichever neighbouring article repeats the question's words more often.
 * Indexed as the line's distinct folded syllables (keywords) and the share one of them is of the line (a float doc
 * value, 1/n); the rescoring query sums, for each of the query's syllables the line holds, that share: the part of
 * the subject line the query covers, in [0, 1], with or without diacritics alike.
 */
final class Subject {

    /**
     * How many of the first pass's best documents the rescoring reorders: a page's worth. On the 548 ALQAC questions
     * (weight 0.2) windows of 10, 20, 30, 50 and 100 gave the same MRR@10; at 10 nothing leaves the first ten, so
     * the recall@10 stays the first pass's, and the first pass keeps no more documents than the page.
     */
    static final int WINDOW = 10;

    /** A long question has many syllables; past this many each adds cost but little signal. */
    private static final int MAX_TERMS = 64;

    /** The share one syllable is of the document's subject line (1/n), per document. */
    static final DoubleValuesSource SHARE = DoubleValuesSource.fromFloatField(IndexFields.SUBJECT_SHARE);

    private Subject() {
    }

    /** The subject line: a short title, else a short opening line (as {@link Headings} reads them); none when neither is short. */
    static Optional<String> line(String title, String text) {
        if (title != null && !title.isBlank() && title.strip().length() <= Headings.MAX_HEADING) {
            return Optional.of(title.strip());
        }
        return text == null ? Optional.empty() : Headings.openingLine(text);
    }

    /** The distinct folded syllables of a document's subject line, in order (none without one): what the keyword field holds. */
    static Set<String> syllables(String title, String text) {
        return line(title, text).<Set<String>>map(line -> new LinkedHashSet<>(Terms.folded(line))).orElse(Set.of());
    }

    /** The share one of these syllables is of the line: what the float field holds. */
    static float share(Set<String> syllables) {
        return 1f / syllables.size();
    }

    /** The rescoring query: the share of each document's subject line that the query's syllables cover. */
    static Optional<Query> covered(List<String> foldedSyllables) {
        List<String> distinct = foldedSyllables.stream().distinct().limit(MAX_TERMS).toList();
        if (distinct.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder held = new BooleanQuery.Builder();
        for (String syllable : distinct) {
            held.add(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.SUBJECT_FOLDED, syllable))), Occur.SHOULD);
        }
        return Optional.of(FunctionScoreQuery.boostByValue(held.build(), SHARE));
    }

    /** Whether a function query is one {@link #covered} made: its query's score times the share (OpenSearchQueries). */
    static boolean isCovered(FunctionScoreQuery query) {
        return query.equals(FunctionScoreQuery.boostByValue(query.getWrappedQuery(), SHARE));
    }
}
