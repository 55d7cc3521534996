package vn.vbtrace.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vbtrace.document.Spelling;

import java.io.IOException;

/** Each lower-case syllable in its "y" spelling ({@link Spelling}); in OpenSearch, {@link OpenSearchMapping}'s twin. */
final class SpellingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        Spelling.toY(term.buffer(), 0, term.length());
        return true;
    }
}
