package vn.vbtrace.trace;

/**
 * The settings of the "who is responsible" answer, chosen by cross-validation over the questions staff-like writers
 * put to the duties-fresh texts (src/test/resources/duties-fresh/questions.json, ResponsibleQuestionsIT), not by
 * hand on the corpus.
 *
 * @param contextWeight what a question's word found only in the clause's context (its document's title and number, the
 *                      body's province) counts, against 1 in the clause's body or task
 * @param minScore      the share of the question's words below which a clause is not an answer
 * @param foldedOnlyWeight what a word typed with diacritics counts in a clause that has it only with other diacritics
 *                      ("phóng" in "Văn phòng"), against 1 as typed; a word typed without them matches any
 * @param rareWordsWeighMore whether a question's word weighs by how rare it is among the repository's duty clauses
 *                      (else every word weighs 1)
 */
public record ResponsibleTuning(double contextWeight, double minScore, double foldedOnlyWeight, boolean rareWordsWeighMore) {

    /**
     * Chosen in every fold of session 56's five-fold cross-validation (480 questions on 240 texts, each asked with and
     * without diacritics; MRR@10 0.364 before, 0.464 held out, 0.404 to 0.518 by fold), each feature winning in every
     * fold: a word of the clause's document as much as one of the clause, rare words weighing more, a word typed with
     * diacritics matching only as typed, the least share 0.3 (the grid's least; 0.2 scored the same in an earlier run).
     */
    public static final ResponsibleTuning DEFAULT = new ResponsibleTuning(1, 0.3, 0, true);
}
