package vn.vbtrace.trace;

import vn.vbtrace.document.Spelling;
import vn.vbtrace.document.TextFold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The content words of a "who is responsible" question, folded so questions typed without
 * diacritics match, and as typed where they were typed with them: the question's own frame ("ai", "chịu trách
 * nhiệm", "cơ quan nào") is dropped.
 */
final class QuestionTerms {

    /** Folded words that frame a question rather than name the task. */
    private static final Set<String> FRAME = Set.of("ai", "nao", "gi", "co", "trach", "nhiem", "chiu", "la", "duoc",
            "giao", "phai", "viec", "cua", "ve", "cho", "thi", "don", "vi", "quan", "can", "se", "lam", "nhu", "the",
            "hoi", "toi", "muon", "biet", "xin", "ha", "vay", "khong");

    final List<String> words;
    final Set<String> bigrams;
    /**
     * The forms the question typed with diacritics, by folded word ("phóng" for "phong"): a clause that has the word
     * only with other diacritics ("phòng") matches it less ({@link ResponsibleTuning#foldedOnlyWeight}).
     */
    private final Map<String, Set<String>> typed = new HashMap<>();

    QuestionTerms(String question) {
        for (String token : split(lowerCase(question))) {
            String folded = TextFold.words(token);
            String marked = marked(token);
            if (!marked.equals(folded) && !FRAME.contains(folded)) {
                typed.computeIfAbsent(folded, k -> new HashSet<>()).add(marked);
            }
        }
        List<String> all = split(TextFold.words(question));
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

    /** A text's words as a question is matched against them: folded, and as written (lower case, "y" spelling). */
    record Words(String folded, Set<String> foldedWords, Set<String> markedWords) {

        /**
         * The words of {@code text}, whose {@link TextFold#words} the caller has as {@code folded}; without the words as
         * written when no question's word needs them ({@code asWritten} false).
         */
        static Words of(String text, String folded, boolean asWritten) {
            Set<String> marked = new HashSet<>();
            if (asWritten) {
                for (String token : split(lowerCase(text))) {
                    marked.add(marked(token));
                }
            }
            return new Words(folded, new HashSet<>(split(folded)), marked);
        }
    }

    /** A clause's text read as this question needs it: as written only when some word was typed with diacritics. */
    Words wordsOf(String text) {
        return wordsOf(text, TextFold.words(text));
    }

    /** The same, of a text whose {@link TextFold#words} the caller has already (a clause's, folded once for all it needs). */
    Words wordsOf(String text, String folded) {
        return Words.of(text, folded, !typed.isEmpty());
    }

    /**
     * The words of a text: its runs of letters (\p{L}) and ASCII digits, as the task index's tokenizer splits a clause
     * ({@code TaskClauses.NON_WORD}). By hand rather than by that pattern: every candidate clause of a question is split,
     * and the pattern's split was a fifth of an answer's time.
     */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = Character.isLetter(c) || c >= '0' && c <= '9';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Lower case, composed (NFC) as the question's typed forms are: stored texts mostly are already. */
    private static String lowerCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(lower, Normalizer.Form.NFC) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /** A lower-case word with its diacritics, in the "y" spelling ({@link Spelling}) as its folded form is. */
    private static String marked(String word) {
        char[] chars = word.toCharArray();
        Spelling.toY(chars, 0, chars.length);
        return new String(chars);
    }

    /** Each word weighing 1. */
    Map<String, Double> evenly() {
        Map<String, Double> weights = new LinkedHashMap<>();
        words.forEach(word -> weights.put(word, 1.0));
        return weights;
    }

    /**
     * Each word weighing by how rare it is among the repository's {@code clauses} duty clauses ({@code holding} of them
     * hold it): a smoothed inverse document frequency, so "H5N1" or "Soài Rạp" decides more than "thực hiện" or "tỉnh".
     */
    Map<String, Double> byRarity(Map<String, Integer> holding, int clauses) {
        Map<String, Double> weights = new LinkedHashMap<>();
        words.forEach(word -> weights.put(word, Math.log((clauses + 1.0) / (holding.getOrDefault(word, 0) + 1.0)) + 1));
        return weights;
    }

    /**
     * The weighted share of the question's words in a clause's own words, a word found only in its context counting its
     * weight times the tuning's {@code contextWeight}, and a word typed with diacritics that the clause has only with
     * others its weight times {@code foldedOnlyWeight}; with a bonus for each two-word phrase kept intact. The index's
     * score ({@link vn.vbtrace.index.TaskIndex#candidates}) divided by the words' total weight, but for the diacritics,
     * which the index does not hold. The context is read only when some word of the question is not the clause's own
     * (a question's candidates are mostly of different documents, and a document's title read into words cost about
     * as much as its clause).
     */
    double score(Words own, Supplier<Words> context, ResponsibleTuning tuning, Map<String, Double> weights) {
        double ownWeight = 0;
        double contextWeight = 0;
        for (String word : words) {
            if (own.foldedWords().contains(word)) {
                ownWeight += weights.get(word) * asTyped(word, own, tuning);
            } else if (tuning.contextWeight() > 0 && context.get().foldedWords().contains(word)) {
                contextWeight += weights.get(word) * asTyped(word, context.get(), tuning);
            }
        }
        if (ownWeight == 0) {
            return 0;
        }
        long phrases = bigrams.stream().filter(own.folded()::contains).count();
        return (ownWeight + tuning.contextWeight() * contextWeight) / total(weights) + 0.5 * phrases / Math.max(1, bigrams.size());
    }

    /** 1 when the text has the word as the question typed it (or the question typed it without diacritics). */
    private double asTyped(String word, Words text, ResponsibleTuning tuning) {
        Set<String> forms = typed.get(word);
        return forms == null || forms.stream().anyMatch(text.markedWords()::contains) ? 1 : tuning.foldedOnlyWeight();
    }

    static double total(Map<String, Double> weights) {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
