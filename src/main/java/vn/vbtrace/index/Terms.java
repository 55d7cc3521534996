package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The terms a field's query analyzer makes of a text: its syllables, exact or folded, or its learned words. */
final class Terms {

    private Terms() {
    }

    static List<String> of(String field, String text) {
        Analyzer analyzer = VietnameseAnalyzers.forField(field);
        List<String> out = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
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

    /** The syllables without diacritics, lower case: "Sở Tài chính" → so, tai, chinh. */
    static List<String> folded(String text) {
        return of(IndexFields.TEXT_FOLDED, text);
    }

    /** The syllables as typed, lower case: "Sở Tài chính" → sở, tài, chính. */
    static List<String> exact(String text) {
        return of(IndexFields.TEXT, text);
    }
}
