package vn.vbtrace.extract.program;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words around a program's name ({@code vocab/program-words.tsv}): the verbs that introduce a
 * name written without its period, the words that end such a name, and the verbs that state
 * succession outright. Loaded once; immutable.
 */
final class ProgramWords {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final ProgramWords WORDS = load();

    /** An introducing verb at the end of the text before a name. */
    final Pattern introBefore;
    /** The alternation of words that end a name without its period, for use in a lookahead. */
    final String ends;
    /** A succession verb between two names, all of the gap ("... kế thừa ..."). */
    final Pattern succession;

    private ProgramWords(List<String> intros, List<String> ends, List<String> successions) {
        this.introBefore = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", intros) + ")\\s*$", FLAGS);
        this.ends = "(?:" + String.join("|", ends) + ")(?!\\p{L})";
        this.succession = Pattern.compile("^\\s*,?\\s*(?:là\\s+|sẽ\\s+|được\\s+)?(?:" + String.join("|", successions)
                + ")(?:\\s+(?:cho|và\\s+phát\\s+triển))?\\s+$", FLAGS);
    }

    private static ProgramWords load() {
        List<String> intros = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> successions = new ArrayList<>();
        for (TsvRows.Row line : VocabularyFile.PROGRAM_WORDS.rows()) {
            String[] row = line.cells();
            String words = row[1].replace(" ", "\\s+");
            switch (row[0]) {
                case "intro" -> intros.add(words);
                case "end" -> ends.add(words);
                case "succeeds" -> successions.add(words);
                default -> throw line.fail("unknown program-words kind: " + row[0]);
            }
        }
        return new ProgramWords(intros, ends, successions);
    }
}
