package vn.vbtrace.extract.vocab;

/** All vocabularies, loaded once from the classpath; immutable after loading, so safe to share. */
public record Vocabulary(DocumentTypes types, IssuerCodes issuerCodes, Bodies bodies, ClauseWords clauseWords,
                         IssuerForms issuerForms) {

    public static Vocabulary load() {
        return new Vocabulary(DocumentTypes.load(), IssuerCodes.load(), Bodies.load(), ClauseWords.load(),
                IssuerForms.load());
    }
}
