package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeepWordFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/**
 * Lucene ships no Vietnamese analyzer. Text is NFC with one tone-mark placement before it
 * gets here (TextNormalizer); these analyzers split syllables, write each in one spelling of
 * i and y ({@link SpellingFilter}: "kĩ" as "kỹ"), pair them into shingles (most Vietnamese words
 * are two syllables), and fold diacritics (ASCIIFolding folds đ to d) for users who type
 * without them.
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    public static Analyzer syllables() {
        return analyzer(false, false);
    }

    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                IndexFields.TEXT, analyzer(false, false),
                IndexFields.TEXT_SHINGLES, analyzer(false, true),
                IndexFields.TEXT_FOLDED, analyzer(true, false),
                IndexFields.TEXT_FOLDED_SHINGLES, analyzer(true, true),
                IndexFields.TEXT_WORDS, words(),
                IndexFields.HEADINGS, analyzer(false, false),
                IndexFields.HEADINGS_SHINGLES, analyzer(false, true),
                IndexFields.HEADINGS_FOLDED, analyzer(true, false),
                IndexFields.HEADINGS_FOLDED_SHINGLES, analyzer(true, true)));
    }

    /**
     * The analyzer of one text field, for queries. Shared: an Analyzer is thread-safe and keeps
     * its tokenizer per thread, and a new one per query cost a StandardTokenizer's buffers each time.
     */
    public static Analyzer forField(String field) {
        return switch (field) {
            case IndexFields.TEXT_SHINGLES, IndexFields.HEADINGS_SHINGLES -> QUERY_SHINGLES;
            case IndexFields.TEXT_FOLDED, IndexFields.HEADINGS_FOLDED -> QUERY_FOLDED;
            case IndexFields.TEXT_FOLDED_SHINGLES, IndexFields.HEADINGS_FOLDED_SHINGLES -> QUERY_FOLDED_SHINGLES;
            case IndexFields.TEXT_WORDS -> QUERY_WORDS;
            default -> QUERY_SYLLABLES;
        };
    }

    private static final Analyzer QUERY_SYLLABLES = analyzer(false, false);
    private static final Analyzer QUERY_SHINGLES = analyzer(false, true);
    private static final Analyzer QUERY_FOLDED = analyzer(true, false);
    private static final Analyzer QUERY_FOLDED_SHINGLES = analyzer(true, true);
    private static final Analyzer QUERY_WORDS = words();

    /**
     * The learned words of a text (WordList): folded syllables, their runs of two to four, and of
     * those only the runs the list holds. Standard filters only (shingles, then keep-words), so a
     * search engine with Lucene's analysis chain builds the same field from the same list.
     */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new SpellingFilter(new LowerCaseFilter(source)));
                ShingleFilter shingles = new ShingleFilter(stream, 2, WordList.MAX_SYLLABLES);
                shingles.setOutputUnigrams(false);
                return new TokenStreamComponents(source, new KeepWordFilter(shingles, WordList.folded()));
            }
        };
    }

    private static Analyzer analyzer(boolean fold, boolean shingles) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new SpellingFilter(new LowerCaseFilter(source));
                if (fold) {
                    stream = new ASCIIFoldingFilter(stream);
                }
                if (shingles) {
                    ShingleFilter shingle = new ShingleFilter(stream, 2, 2);
                    shingle.setOutputUnigrams(false);
                    stream = shingle;
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
