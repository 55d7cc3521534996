package vn.vbtrace.extract.metadata;

import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.List;

/** Words that keep their capitals in a sentence-cased title ({@code vocab/title-words.tsv}). */
final class TitleWords {

    private TitleWords() {
    }

    static List<String> load() {
        List<String> words = new ArrayList<>();
        for (String[] row : VocabularyFile.TITLE_WORDS.read()) {
            words.add(row[0]);
        }
        return words;
    }
}
