package vn.vbtrace.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The share of the query's distinct syllables and syllable pairs that a document holds, in
 * [0, 1], for rescoring: BM25 sums its terms' weights, so one rare word repeated can outrank a
 * passage holding all the question's words; a question that restates an article ("người chưa
 * thành niên ... cư trú ... cha, mẹ") is best answered where most of its words stand together.
 * Folded fields, so it counts alike with or without diacritics. Standard queries only: a sum of
 * constant-score term queries, each worth 1/n.
 */
final class Coverage {

    /** A long question has many terms; past this many each adds cost but little signal. */
    private static final int MAX_TERMS = 64;

    private Coverage() {
    }

    static Optional<Query> of(List<String> foldedSyllables) {
        Set<Term> terms = new LinkedHashSet<>();
        for (String syllable : foldedSyllables) {
            terms.add(new Term(IndexFields.TEXT_FOLDED, syllable));
        }
        for (int i = 0; i + 1 < foldedSyllables.size(); i++) {
            terms.add(new Term(IndexFields.TEXT_FOLDED_SHINGLES, foldedSyllables.get(i) + " " + foldedSyllables.get(i + 1)));
        }
        List<Term> kept = new ArrayList<>(terms).subList(0, Math.min(terms.size(), MAX_TERMS));
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder share = new BooleanQuery.Builder();
        for (Term term : kept) {
            share.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(term)), 1f / kept.size()), Occur.SHOULD);
        }
        return Optional.of(share.build());
    }
}
