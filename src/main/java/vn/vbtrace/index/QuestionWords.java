package vn.vbtrace.index;

import vn.vbtrace.document.DocumentNumbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "đúng hay sai", "bao nhiêu", "nào" ({@code vocab/question-words.tsv}): words a question is
 * typed with that legal texts hardly contain, so BM25 would take them for the rarest and most
 * telling words of the query. Matched without diacritics, so "dung hay sai" goes too.
 */
final class QuestionWords {

    private static final Pattern PHRASES = load("/vocab/question-words.tsv");

    private QuestionWords() {
    }

    /** The query with its question words blanked out; unchanged when nothing else would remain. */
    static String drop(String query) {
        String folded = DocumentNumbers.fold(query);
        if (folded.length() != query.length()) {
            return query; // folding changed lengths (rare ligatures): no safe offsets
        }
        StringBuilder out = new StringBuilder(query);
        Matcher matcher = PHRASES.matcher(folded);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString().isBlank() ? query : out.toString();
    }

    private static Pattern load(String resource) {
        List<String> phrases = new ArrayList<>();
        try (InputStream in = QuestionWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    phrases.add(DocumentNumbers.fold(line.strip()).replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String alternatives = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])");
    }
}
