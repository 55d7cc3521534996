package vn.vbtrace.index;

import org.apache.lucene.analysis.CharArraySet;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.List;

/**
 * The multi-syllable words of legal and administrative Vietnamese, learned from text rather than
 * listed by hand ({@code vocab/words.tsv}; its header says from which texts and how: syllable
 * runs that occur together far more often than their parts would by chance). Vietnamese writes
 * a word as separate syllables, so without such a list "hợp đồng lao động" is four syllables and
 * three shingles, one of them ("đồng lao") an accident of the boundary.
 */
final class WordList {

    /** The longest word the list holds, in syllables. */
    static final int MAX_SYLLABLES = 4;
    private static final CharArraySet FOLDED = load();

    private WordList() {
    }

    /** Every word folded (lower case, no diacritics, syllables split by one space): what the words field keeps. */
    static CharArraySet folded() {
        return FOLDED;
    }

    static int size() {
        return FOLDED.size();
    }

    private static CharArraySet load() {
        List<String> words = new ArrayList<>();
        for (TsvRows.Row line : VocabularyFile.WORDS.rows()) {
            String[] row = line.cells();
            // Folded and in the syllables' one spelling of i and y, as the analyzer makes a text's runs.
            String word = TextFold.words(row[0]).replaceAll("\\s+", " ");
            int syllables = word.split(" ").length;
            if (syllables < 2 || syllables > MAX_SYLLABLES) {
                throw line.fail("a word has 2 to " + MAX_SYLLABLES + " syllables: " + row[0]);
            }
            words.add(word);
        }
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }
}
