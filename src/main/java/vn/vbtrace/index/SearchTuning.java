package vn.vbtrace.index;

/**
 * The ranking choices the search makes, in one value, so the ALQAC cross-validation can choose
 * each on training folds and switch each off in turn (the ablation), while the product always
 * runs {@link #DEFAULT}. Every choice is a standard Lucene/OpenSearch construct: BM25
 * parameters, field boosts, query-side word handling, and rescoring of a top window.
 *
 * @param k1            BM25 term-frequency saturation
 * @param b             BM25 length normalization
 * @param questionWords drop the question frame ("đúng hay sai", "là gì", "nào sau đây" ...: the
 *                      "frame" rows of vocab/question-words.tsv) before matching
 * @param functionWords also drop the function words a question is built with ("có", "không",
 *                      "được", "hay" ...: the "function" rows)
 * @param phrases       weight of the two shingle fields (two syllables in a row) against single syllables
 * @param headings      weight of a match in the title and headings (Headings) on top of the text; 0 is off
 * @param words         weight of the learned multi-syllable words (vocab/words.tsv, field text_w); 0 is off
 * @param synonyms      weight of the synonyms and abbreviations of the query (vocab/synonyms.tsv); 0 is off
 * @param proximity     rescoring: weight of query syllable triples found close together; 0 is off
 * @param coverage      rescoring: how far a document's score grows with the share of the query's words it holds; 0 is off
 * @param feedback      weight of the top documents' telling words (pseudo-relevance feedback); 0 is off
 * @param subject       rescoring: how far a document's score grows with the share of its subject line's syllables
 *                      the query holds (Subject); 0 is off
 * @param passage       rescoring: how far a document's score grows with the share of the query's syllables that one
 *                      passage of its text holds (BestPassage); 0 is off
 * @param named         rescoring: how far a document's score grows when the query names its subject line whole
 *                      (NamedSubject); 0 is off
 */
record SearchTuning(float k1, float b, boolean questionWords, boolean functionWords, float phrases, float headings,
                    float words, float synonyms, float proximity, float coverage, float feedback, float subject, float passage, float named) {

    /**
     * The settings chosen on all 548 ALQAC questions by the same procedure as in each fold of the
     * cross-validation (AlqacCrossValidationTests, -Dalqac.grid=true; the choices and tables are in
     * src/test/resources/alqac2025/cv-chosen.tsv), then the rule: a feature stays on only
     * if it wins on the held-out fold in most folds. Tuned BM25 (k1 0.3, b 0.75: term frequency
     * counts little in an article) won in 5 of 5 folds, the subject line (weight 0.2: a document
     * whose title or heading the question names gains up to a fifth), the best passage (weight 1:
     * a document one of whose sentences holds the whole question counts double) and the subject
     * line named whole (weight 0.4) in 3 of 5. The
     * syllable pairs weigh as much as single syllables (1): with the best passage in the grid, a
     * heavier weight won in 1 fold of 5 (it had won in 3 before). Question words, learned words,
     * headings, proximity, coverage and feedback did not win, so they are off (they stay available
     * to the search and to the grid). The synonyms are on for the staff queries, which ALQAC
     * hardly tests (StaffQueriesTests).
     */
    static final SearchTuning DEFAULT = new SearchTuning(0.3f, 0.75f, false, false, 1f, 0, 0, 1f, 0, 0, 0, 0.2f, 1f, 0.4f);

    /** Lucene's own BM25 on the same fields and nothing else: the start of the search, and the "none" row. */
    static final SearchTuning PLAIN = new SearchTuning(1.2f, 0.75f, false, false, 1f, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    SearchTuning withBm25(float k1, float b) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, synonyms, proximity, coverage, feedback, subject, passage, named);
    }

    SearchTuning withQuestionWords(boolean on) {
        return new SearchTuning(k1, b, on, functionWords, phrases, headings, words, synonyms, proximity, coverage, feedback, subject, passage, named);
    }

    SearchTuning withFunctionWords(boolean on) {
        return new SearchTuning(k1, b, questionWords, on, phrases, headings, words, synonyms, proximity, coverage, feedback, subject, passage, named);
    }

    SearchTuning withPhrases(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, weight, headings, words, synonyms, proximity, coverage, feedback, subject, passage, named);
    }

    SearchTuning withHeadings(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, weight, words, synonyms, proximity, coverage, feedback, subject, passage, named);
    }

    SearchTuning withWords(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, weight, synonyms, proximity, coverage, feedback, subject, passage, named);
    }

    SearchTuning withSynonyms(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, weight, proximity, coverage, feedback, subject, passage, named);
    }

    SearchTuning withProximity(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, synonyms, weight, coverage, feedback, subject, passage, named);
    }

    SearchTuning withCoverage(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, synonyms, proximity, weight, feedback, subject, passage, named);
    }

    SearchTuning withFeedback(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, synonyms, proximity, coverage, weight, subject, passage, named);
    }

    SearchTuning withSubject(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, synonyms, proximity, coverage, feedback, weight, passage, named);
    }

    SearchTuning withPassage(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, synonyms, proximity, coverage, feedback, subject, weight, named);
    }

    SearchTuning withNamed(float weight) {
        return new SearchTuning(k1, b, questionWords, functionWords, phrases, headings, words, synonyms, proximity, coverage, feedback, subject, passage, weight);
    }

    /** A short form for tables and the chosen-settings file: "k1=0.6 b=0.7 qw=1 fw=0 sh=2 hd=0.5 ...". */
    String label() {
        return String.format(java.util.Locale.ROOT, "k1=%s b=%s qw=%d fw=%d sh=%s hd=%s wd=%s syn=%s prox=%s cov=%s prf=%s subj=%s psg=%s nm=%s",
                num(k1), num(b), questionWords ? 1 : 0, functionWords ? 1 : 0, num(phrases), num(headings), num(words),
                num(synonyms), num(proximity), num(coverage), num(feedback), num(subject), num(passage), num(named));
    }

    /** The inverse of {@link #label}. */
    static SearchTuning parse(String label) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (String pair : label.strip().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("not a tuning label: " + label);
            }
            values.put(kv[0], kv[1]);
        }
        return new SearchTuning(f(values, "k1"), f(values, "b"), f(values, "qw") != 0, f(values, "fw") != 0,
                f(values, "sh"), f(values, "hd"), f(values, "wd"), f(values, "syn"), f(values, "prox"),
                f(values, "cov"), f(values, "prf"), f(values, "subj"), f(values, "psg"), f(values, "nm"));
    }

    private static float f(java.util.Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("tuning label without " + key);
        }
        return Float.parseFloat(value);
    }

    private static String num(float value) {
        return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
    }
}
