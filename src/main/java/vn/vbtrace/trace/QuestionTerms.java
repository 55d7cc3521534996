package vn.vbtrace.trace;

import vn.vbtrace.document.TextFold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of a "who is responsible" question, folded so questions typed without
 * diacritics match: the question's own frame ("ai", "chịu trách nhiệm", "cơ quan nào") is dropped.
 */
final class QuestionTerms {

    /** Folded words that frame a question rather than name the task. */
    private static final Set<String> FRAME = Set.of("ai", "nao", "gi", "co", "trach", "nhiem", "chiu", "la", "duoc",
            "giao", "phai", "viec", "cua", "ve", "cho", "thi", "don", "vi", "quan", "can", "se", "lam", "nhu", "the",
            "hoi", "toi", "muon", "biet", "xin", "ha", "vay", "khong");

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\d]+");

    final List<String> words;
    final Set<String> bigrams;

    QuestionTerms(String question) {
        String[] tokens = NOT_A_WORD.split(TextFold.words(question));
        List<String> all = new ArrayList<>();
        for (String token : tokens) {
            if (!token.isBlank()) {
                all.add(token);
            }
        }
        this.words = all.stream().filter(word -> !FRAME.contains(word)).distinct().toList();
        this.bigrams = new LinkedHashSet<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (!FRAME.contains(all.get(i)) || !FRAME.contains(all.get(i + 1))) {
                bigrams.add(all.get(i) + " " + all.get(i + 1));
            }
        }
    }

    /** Where the question's content words first appear together (as a phrase) in a folded text, or -1. */
    int phraseAt(String foldedText) {
        return words.isEmpty() ? -1 : foldedText.indexOf(String.join(" ", words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Share of the question's words in the text, with a bonus for each two-word phrase kept intact. */
    double score(String foldedText) {
        Set<String> present = new LinkedHashSet<>(List.of(NOT_A_WORD.split(foldedText)));
        long hits = words.stream().filter(present::contains).count();
        if (hits == 0) {
            return 0;
        }
        long phrases = bigrams.stream().filter(foldedText::contains).count();
        return (double) hits / words.size() + 0.5 * phrases / Math.max(1, bigrams.size());
    }
}
