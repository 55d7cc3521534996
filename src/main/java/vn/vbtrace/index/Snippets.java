package vn.vbtrace.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The passage of a document that best matches a query (issue 11, point 3): where the query's
 * words stand together, not where its first syllable happens to stand. A passage earns for each
 * of the query's words it holds, far more for two of them in the query's order side by side
 * ("Sở Tài" + "Tài chính" is the phrase; "tải" and "Chính phủ" apart are not), and most for a
 * quoted phrase. Words are compared whole and without diacritics, so "so tai chinh" finds "Sở
 * Tài chính"; a word typed with diacritics counts more where the text has the same ones.
 */
final class Snippets {

    private static final int WINDOW = 220;
    /** Context shown before the first matched word of the passage. */
    private static final int LEAD = 40;
    /** A word of the query typed with diacritics, found with other ones ("tải" for "tài"), counts this much. */
    private static final double FOLDED_ONLY = 0.5;
    /** Two query words in the query's order side by side count this many times their own worth again. */
    private static final double PAIR = 2;
    /** A quoted phrase in the passage counts this much for each of its words. */
    private static final double QUOTED = 4;

    private Snippets() {
    }

    /**
     * A snippet and the place in the text it is about: where the query's words stand densest in
     * it (the phrase itself when it is there), -1 when no word matched. Clauses are named from it.
     */
    record Passage(String snippet, int anchor) {
    }

    /** A word of the text: where it stands, folded, and as written (lower case). */
    private record Word(int start, int end, String folded, String exact) {
    }

    static String best(String text, String query) {
        return passage(text, query).snippet();
    }

    static Passage passage(String text, String query) {
        if (text == null || text.isEmpty()) {
            return new Passage("", -1);
        }
        QueryText asked = QueryText.parse(query);
        String words = QuestionWords.drop(asked.text());
        List<String> exact = Terms.exact(words);
        List<String> folded = Terms.folded(words);
        if (folded.isEmpty()) {
            return new Passage(head(text), -1);
        }
        List<Word> tokens = words(text);
        // worth[t]: what text word t is worth as one of the query's words; pair[t]: it and the next are two in a row.
        double[] worth = new double[tokens.size()];
        double[] pair = new double[tokens.size()];
        int[] pairAt = new int[tokens.size()]; // which pair of the query (its first word's place) text word t starts
        java.util.Map<String, List<Integer>> placesInQuery = new java.util.HashMap<>();
        for (int q = 0; q < folded.size(); q++) {
            placesInQuery.computeIfAbsent(folded.get(q), k -> new ArrayList<>()).add(q);
        }
        for (int t = 0; t < tokens.size(); t++) {
            for (int q : placesInQuery.getOrDefault(tokens.get(t).folded(), List.of())) {
                worth[t] = Math.max(worth[t], weight(tokens.get(t), exact.get(q), folded.get(q)));
                if (q + 1 < folded.size() && t + 1 < tokens.size() && tokens.get(t + 1).folded().equals(folded.get(q + 1))) {
                    double both = PAIR * (worth[t] + weight(tokens.get(t + 1), exact.get(q + 1), folded.get(q + 1)));
                    if (both > pair[t]) {
                        pair[t] = both;
                        pairAt[t] = q;
                    }
                }
            }
        }
        double[] quoted = quotedPhrases(tokens, asked.phrases());
        int bestStart = -1;
        int bestEnd = -1;
        double bestScore = 0;
        int end = 0;
        for (int start = 0; start < tokens.size(); start++) {
            if (worth[start] == 0) {
                continue; // the best passage starts at a matched word
            }
            while (end < tokens.size() && tokens.get(end).end() - tokens.get(start).start() <= WINDOW - LEAD) {
                end++;
            }
            double score = score(tokens, worth, pair, pairAt, quoted, start, end);
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
                bestEnd = end;
            }
        }
        if (bestStart < 0) {
            return new Passage(head(text), -1);
        }
        int from = wordStart(text, Math.max(0, tokens.get(bestStart).start() - LEAD));
        int to = Math.min(text.length(), from + WINDOW);
        String snippet = (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                + (to < text.length() ? "…" : "");
        return new Passage(snippet, anchor(tokens, worth, quoted, bestStart, bestEnd));
    }

    private static double weight(Word word, String typed, String typedFolded) {
        double length = typedFolded.length();
        boolean typedWithMarks = !typed.equals(typedFolded);
        return typedWithMarks && !word.exact().equals(typed) ? length * FOLDED_ONLY : length;
    }

    /**
     * Each distinct query word and each distinct pair of the query count once in a passage (at
     * their best occurrence), so a passage repeating one word pair does not outrank the one holding
     * the whole phrase; quoted phrases add for each occurrence.
     */
    private static double score(List<Word> tokens, double[] worth, double[] pair, int[] pairAt, double[] quoted, int from, int to) {
        java.util.Map<String, Double> words = new java.util.HashMap<>();
        java.util.Map<Integer, Double> pairs = new java.util.HashMap<>();
        double score = 0;
        for (int t = from; t < to; t++) {
            if (worth[t] > 0) {
                words.merge(tokens.get(t).folded(), worth[t], Math::max);
            }
            if (pair[t] > 0) {
                pairs.merge(pairAt[t], pair[t], Math::max);
            }
            score += quoted[t];
        }
        return score + words.values().stream().mapToDouble(Double::doubleValue).sum()
                + pairs.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** quoted[t] > 0 where a quoted phrase starts at text word t (compared folded). */
    private static double[] quotedPhrases(List<Word> tokens, List<String> phrases) {
        double[] quoted = new double[tokens.size()];
        for (String phrase : phrases) {
            List<String> syllables = Terms.folded(phrase);
            for (int t = 0; t + syllables.size() <= tokens.size() && !syllables.isEmpty(); t++) {
                boolean all = true;
                for (int k = 0; k < syllables.size() && all; k++) {
                    all = tokens.get(t + k).folded().equals(syllables.get(k));
                }
                if (all) {
                    quoted[t] += QUOTED * String.join("", syllables).length();
                }
            }
        }
        return quoted;
    }

    /**
     * A quoted phrase's place in the passage if one is there, else the middle one of the query's
     * words in it: the place whose clause and duty the hit names.
     */
    private static int anchor(List<Word> tokens, double[] worth, double[] quoted, int from, int to) {
        List<Integer> matched = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (quoted[t] > 0) {
                return tokens.get(t).start();
            }
            if (worth[t] > 0) {
                matched.add(tokens.get(t).start());
            }
        }
        return matched.isEmpty() ? tokens.get(from).start() : matched.get(matched.size() / 2);
    }

    /** The words of a text: runs of letters and digits, with their offsets. */
    private static List<Word> words(String text) {
        String folded = Fold.chars(text);
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            words.add(new Word(start, i, folded.substring(start, i), text.substring(start, i).toLowerCase(java.util.Locale.ROOT)));
        }
        return words;
    }

    /** Where each query word (two letters or more, compared without diacritics) stands in the snippet. */
    static List<SearchHit.Span> highlights(String snippet, String query) {
        if (query == null) {
            return List.of();
        }
        java.util.Set<String> asked = new java.util.HashSet<>(Terms.folded(QuestionWords.drop(QueryText.parse(query).text())));
        asked.removeIf(term -> term.length() < 2);
        List<SearchHit.Span> spans = new ArrayList<>();
        List<Word> words = words(snippet);
        for (int w = 0; w < words.size(); w++) {
            if (!asked.contains(words.get(w).folded())) {
                continue;
            }
            int start = words.get(w).start();
            // "bố trí kinh phí" is one mark, not four: runs of marked words separated by a space join.
            while (w + 1 < words.size() && asked.contains(words.get(w + 1).folded())
                    && words.get(w + 1).start() == words.get(w).end() + 1 && snippet.charAt(words.get(w).end()) == ' ') {
                w++;
            }
            spans.add(new SearchHit.Span(start, words.get(w).end()));
        }
        return spans;
    }

    private static int wordStart(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && at - start < 20) {
            start--;
        }
        return start;
    }

    private static String head(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= WINDOW ? flat : flat.substring(0, WINDOW) + "…";
    }
}
