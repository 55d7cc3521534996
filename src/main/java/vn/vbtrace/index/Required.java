package vn.vbtrace.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a document must hold to be a hit at all (issue 11, point 3): each quoted phrase, word for
 * word, and in the all-words mode every word of the query but its question frame. A quoted
 * phrase that no document holds is reported rather than required (the answer says so). Typed with
 * diacritics a word must stand with them ("Sở Tài chính" is not "số tài chính"); typed without,
 * it matches the folded text. A word that is one form of a synonym group (UBND, "Ủy ban nhân
 * dân") is there when any form of its group is. Filters only: they decide what is a hit, the
 * ranking stays the ranking of the whole query.
 */
final class Required {

    private Required() {
    }

    /**
     * Adds the filters; returns the quoted phrases that no document holds (a typo in the phrase, a
     * wrong tone mark), which are left out rather than making the answer empty.
     */
    static List<String> addTo(BooleanQuery.Builder root, QueryText asked, boolean allWords, IndexReads reads)
            throws IOException {
        List<String> notFound = new ArrayList<>();
        for (String phrase : asked.phrases()) {
            Query query = phrase(Terms.exact(phrase), Terms.folded(phrase));
            if (query == null) {
                continue;
            }
            if (!reads.any(query)) {
                notFound.add(phrase);
            } else {
                root.add(query, Occur.FILTER);
            }
        }
        if (allWords) {
            String words = QuestionWords.drop(asked.text());
            List<String> exact = Terms.exact(words);
            List<String> folded = Terms.folded(words);
            int next = 0;
            for (Synonyms.Match match : Synonyms.find(folded)) {
                for (; next < match.start(); next++) {
                    root.add(phrase(exact.subList(next, next + 1), folded.subList(next, next + 1)), Occur.FILTER);
                }
                // Either every word as typed (anywhere, as the mode says), or another form of the group.
                BooleanQuery.Builder typed = new BooleanQuery.Builder();
                for (int k = match.start(); k < match.end(); k++) {
                    typed.add(phrase(exact.subList(k, k + 1), folded.subList(k, k + 1)), Occur.MUST);
                }
                BooleanQuery.Builder anyForm = new BooleanQuery.Builder();
                anyForm.add(typed.build(), Occur.SHOULD);
                for (List<String> other : match.others()) {
                    anyForm.add(phrase(other, other), Occur.SHOULD);
                }
                root.add(anyForm.build(), Occur.FILTER);
                next = match.end();
            }
            for (; next < folded.size(); next++) {
                root.add(phrase(exact.subList(next, next + 1), folded.subList(next, next + 1)), Occur.FILTER);
            }
        }
        return notFound;
    }

    /**
     * The syllables in a row: on the exact field when any was typed with a diacritic, else on the
     * folded field. Null for no syllable. Exact and folded lists run in step (folding maps a
     * syllable to one syllable).
     */
    static Query phrase(List<String> exact, List<String> folded) {
        if (folded.isEmpty()) {
            return null;
        }
        boolean typedPlain = exact.equals(folded);
        String field = typedPlain ? IndexFields.TEXT_FOLDED : IndexFields.TEXT;
        List<String> syllables = typedPlain ? folded : exact;
        if (syllables.size() == 1) {
            return new TermQuery(new Term(field, syllables.getFirst()));
        }
        return paired(new PhraseQuery(field, syllables.toArray(String[]::new)), PAIRS.get(field), syllables);
    }

    /** The field holding each two syllables side by side of a phrase's field (VietnameseAnalyzers' shingles). */
    private static final Map<String, String> PAIRS = Map.of(IndexFields.TEXT, IndexFields.TEXT_SHINGLES,
            IndexFields.TEXT_FOLDED, IndexFields.TEXT_FOLDED_SHINGLES);

    /**
     * The phrase, asked only of the documents that hold each of its pairs of syllables: the same documents (a
     * document holding the phrase holds its pairs) and the same score (the pairs filter, they do not score), but its
     * positions are read in far fewer documents. A phrase alone reads them in every document holding all its
     * syllables: "Hội đồng nhân dân" for HĐND, in nearly every document of a province, where the pair "hội đồng"
     * stands in some. Measured at 100,000 documents, 600 searches of an abbreviation and a word or two (with the counts
     * asking a synonym's phrase outside the query's syllables, QueryFactory#matchSet): p95 53 → 30 ms, p50 11.7 → 9.9.
     */
    private static Query paired(PhraseQuery phrase, String pairsField, List<String> syllables) {
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(phrase, Occur.MUST);
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < syllables.size(); i++) {
            pairs.add(syllables.get(i) + " " + syllables.get(i + 1));
        }
        pairs.forEach(pair -> narrowed.add(new TermQuery(new Term(pairsField, pair)), Occur.FILTER));
        return narrowed.build();
    }
}
