package vn.vbtrace.extract.vocab;

/** All vocabularies, loaded once from the classpath; immutable after loading, so safe to share. */
public record Vocabulary(DocumentTypes types, IssuerCodes issuerCodes, Bodies bodies, ClauseWords clauseWords,
                         IssuerForms issuerForms) {

    /** The vocabularies shipped in vocab/, parsed once for the whole process and shared by every reader of them. */
    public static Vocabulary shipped() {
        return Shipped.VOCABULARY;
    }

    private static Vocabulary load() {
        return new Vocabulary(DocumentTypes.load(), IssuerCodes.load(), Bodies.load(), ClauseWords.load(),
                IssuerForms.load());
    }

    /** Loaded on first use (holder idiom), so a class that never needs the vocabularies never pays for them. */
    private static final class Shipped {
        static final Vocabulary VOCABULARY = load();
    }
}
