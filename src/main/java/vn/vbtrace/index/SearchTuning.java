package vn.vbtrace.index;

/**
 * The ranking choices the search makes, in one value so the ALQAC quality harness can
 * switch each one off in turn (the ablation) while the product always runs {@link #DEFAULT}.
 *
 * @param k1                BM25 term-frequency saturation
 * @param b                 BM25 length normalization
 * @param dropQuestionWords drop "đúng hay sai", "bao nhiêu", "nào" ... (vocab/question-words.tsv) before matching
 * @param proximity         boost of query syllable triples found close together in the text; 0 is off
 * @param feedback          boost of the top documents' salient words (pseudo-relevance feedback); 0 is off
 * @param phrases           weight of the two shingle fields (two syllables in a row) against single syllables
 * @param cohesion          how far a shingle's weight follows how much its syllables form a word (Cohesion); 0 is off
 * @param headings          weight of a match in the title and headings (Headings) on top of the text; 0 is off
 */
record SearchTuning(float k1, float b, boolean dropQuestionWords, float proximity, float feedback, float phrases,
                    float cohesion, float headings) {

    /**
     * Chosen on the tuning half of ALQAC 2023 only (AlqacQualityTests, -Dalqac.grid=true):
     * lower k1 (a legal article repeats its terms, and the repeats say little more), shingles
     * weighted twice, question words dropped, headings at half the text's weight and proximity
     * triples at 0.5 (the best pair on the tuning half: 0.933 against 0.918 without, both ways of
     * typing; headings above 0.5 fell off fast, so not more). Feedback and cohesion did not pay on
     * the tuning half, so they stay measured but off.
     */
    static final SearchTuning DEFAULT = new SearchTuning(0.6f, 0.7f, true, 0.5f, 0, 2f, 0, 0.5f);

    /** Lucene's own BM25 and nothing else: the "with none of these" row of the ablation. */
    static final SearchTuning PLAIN = new SearchTuning(1.2f, 0.75f, false, 0, 0, 1f, 0, 0);

    SearchTuning withBm25(float k1, float b) {
        return new SearchTuning(k1, b, dropQuestionWords, proximity, feedback, phrases, cohesion, headings);
    }

    SearchTuning withDropQuestionWords(boolean on) {
        return new SearchTuning(k1, b, on, proximity, feedback, phrases, cohesion, headings);
    }

    SearchTuning withProximity(float boost) {
        return new SearchTuning(k1, b, dropQuestionWords, boost, feedback, phrases, cohesion, headings);
    }

    SearchTuning withPhrases(float weight) {
        return new SearchTuning(k1, b, dropQuestionWords, proximity, feedback, weight, cohesion, headings);
    }

    SearchTuning withFeedback(float boost) {
        return new SearchTuning(k1, b, dropQuestionWords, proximity, boost, phrases, cohesion, headings);
    }

    SearchTuning withCohesion(float weight) {
        return new SearchTuning(k1, b, dropQuestionWords, proximity, feedback, phrases, weight, headings);
    }

    SearchTuning withHeadings(float weight) {
        return new SearchTuning(k1, b, dropQuestionWords, proximity, feedback, phrases, cohesion, weight);
    }
}
