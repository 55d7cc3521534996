package vn.vbtrace.index;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

import java.util.List;
import java.util.Optional;

/**
 * Rewards a document where three consecutive syllables of the query stand together, give or
 * take one word: the shingle fields already reward two, and many Vietnamese terms of art are
 * three or four syllables ("cơ sở dữ liệu", "năng lực hành vi dân sự"). On the folded field,
 * so a query typed without diacritics gets the same reward. A rescoring (sloppy phrases read
 * positions): OpenSearch's rescore with a bool of match_phrase queries.
 */
final class Proximity {

    private static final int SLOP = 1;
    /** A long question yields many triples; past this many, the rest add cost but no signal. */
    private static final int MAX_TRIPLES = 40;

    private Proximity() {
    }

    static Optional<Query> triples(List<String> foldedSyllables) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int added = 0;
        for (int i = 0; i + 2 < foldedSyllables.size() && added < MAX_TRIPLES; i++, added++) {
            any.add(new PhraseQuery(SLOP, IndexFields.TEXT_FOLDED,
                    foldedSyllables.get(i), foldedSyllables.get(i + 1), foldedSyllables.get(i + 2)), Occur.SHOULD);
        }
        return added == 0 ? Optional.empty() : Optional.of(any.build());
    }
}
