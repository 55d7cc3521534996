package vn.vbtrace.index;

import java.util.List;
import java.util.Optional;

/**
 * Whether a query names a document's whole subject line (Subject: a short title, else a short opening line), its
 * syllables in a row: "Điều nào sau đây KHÔNG đúng về quyền của bên cầm cố?" names "Quyền của bên cầm cố" whole,
 * while "Nghĩa vụ của bên cầm cố", the neighbouring article, shares four of its six syllables and gets nearly the same
 * from the subject line's share. A line of one or two syllables ("Thanh niên", "Người học") is a word a question
 * names in passing; from three on it is what the question is about. Compared folded, so alike with or without
 * diacritics.
 *
 * <p>One of the {@link HeadRescoring}s: a factor of (1 + weight) on the score of a document whose line is named.
 */
final class NamedSubject {

    /** The fewest syllables a subject line has to have for naming it to count. */
    static final int MIN_SYLLABLES = 3;

    /** The query's folded syllables, one space apart and one at each end. */
    private final String asked;
    private final float weight;

    private NamedSubject(List<String> foldedSyllables, float weight) {
        this.asked = " " + String.join(" ", foldedSyllables) + " ";
        this.weight = weight;
    }

    /** @param foldedSyllables the query's syllables, folded, in order; none or a weight of 0: no rescoring */
    static Optional<NamedSubject> of(List<String> foldedSyllables, float weight) {
        return weight <= 0 || foldedSyllables.size() < MIN_SYLLABLES ? Optional.empty()
                : Optional.of(new NamedSubject(foldedSyllables, weight));
    }

    /**
     * Whether the query holds the subject line of the document with this title and text, whole and in order: both cut
     * into folded syllables by the same analysis.
     */
    boolean named(String title, String text) {
        return Subject.line(title, text).map(Terms::folded)
                .filter(line -> line.size() >= MIN_SYLLABLES)
                .map(line -> asked.contains(" " + String.join(" ", line) + " "))
                .orElse(false);
    }

    /** What a document's score is multiplied by. */
    double factor(String title, String text) {
        return named(title, text) ? 1 + weight : 1;
    }
}
