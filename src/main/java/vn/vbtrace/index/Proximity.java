package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rewards a document where three consecutive syllables of the query stand together, give or
 * take one word: the shingle fields already reward two, and many Vietnamese terms of art are
 * three or four syllables ("cơ sở dữ liệu", "năng lực hành vi dân sự"). On the folded field,
 * so a query typed without diacritics gets the same reward.
 */
final class Proximity {

    private static final int SLOP = 1;
    /** A long question yields many triples; past this many, the rest add cost but no signal. */
    private static final int MAX_TRIPLES = 40;

    private Proximity() {
    }

    static Optional<Query> triples(String text) {
        List<String> syllables = syllables(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int added = 0;
        for (int i = 0; i + 2 < syllables.size() && added < MAX_TRIPLES; i++, added++) {
            any.add(new PhraseQuery(SLOP, IndexFields.TEXT_FOLDED,
                    syllables.get(i), syllables.get(i + 1), syllables.get(i + 2)), Occur.SHOULD);
        }
        return added == 0 ? Optional.empty() : Optional.of(any.build());
    }

    static List<String> syllables(String text) {
        Analyzer analyzer = VietnameseAnalyzers.forField(IndexFields.TEXT_FOLDED);
        List<String> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexFields.TEXT_FOLDED, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                out.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
