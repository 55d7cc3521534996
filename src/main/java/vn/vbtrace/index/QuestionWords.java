package vn.vbtrace.index;

import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a question is typed with ({@code vocab/question-words.tsv}): its frame ("đúng hay
 * sai", "bao nhiêu", "nào") and, when the tuning says so, the function words it is built with
 * ("có", "không", "được"). Matched without diacritics, so "dung hay sai" goes too.
 */
final class QuestionWords {

    private static final Pattern FRAMES;
    private static final Pattern FUNCTIONS;

    static {
        List<String> frames = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        for (TsvRows.Row line : VocabularyFile.QUESTION_WORDS.rows()) {
            String[] row = line.cells();
            String phrase = TextFold.fold(row[0]).replaceAll("\\s+", " ");
            String kind = row.length > 1 ? row[1] : "frame";
            switch (kind) {
                case "frame" -> frames.add(phrase);
                case "function" -> functions.add(phrase);
                default -> throw line.fail("unknown question-words kind \"" + kind + "\" of " + row[0]);
            }
        }
        FRAMES = alternatives(frames);
        FUNCTIONS = alternatives(functions);
    }

    private QuestionWords() {
    }

    /** The query with its question frame (and function words, when asked) blanked out; unchanged when nothing else would remain. */
    static String drop(String query, boolean frames, boolean functions) {
        if (!frames && !functions) {
            return query;
        }
        String folded = TextFold.fold(query);
        if (folded.length() != query.length()) {
            return query; // folding changed lengths (rare ligatures): no safe offsets
        }
        StringBuilder out = new StringBuilder(query);
        if (frames) {
            blank(FRAMES.matcher(folded), out);
        }
        if (functions) {
            blank(FUNCTIONS.matcher(folded), out);
        }
        return out.toString().isBlank() ? query : out.toString();
    }

    /** The frame only: what the all-words mode and quoted phrases leave out of their required words. */
    static String drop(String query) {
        return drop(query, true, false);
    }

    private static void blank(Matcher matcher, StringBuilder out) {
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
    }

    private static Pattern alternatives(List<String> phrases) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alternatives = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])");
    }
}
