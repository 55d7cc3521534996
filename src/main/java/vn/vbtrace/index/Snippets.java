package vn.vbtrace.index;

import java.util.ArrayList;
import java.util.List;

import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.Spelling;

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

    /**
     * The words of a text that can count in a passage: each occurrence of a query word and each start of a quoted
     * phrase, in text order, found by searching the folded text rather than cutting it into words. A 13 KB text has
     * some 3,000 words and a page of hits reads ten texts; the query's words stand in a few dozen places.
     * A word is a run of letters and digits; an occurrence counts only as a whole word.
     */
    private static final class Places {
        private final String text;
        private final String folded;
        /** start, end and which distinct query word (-1: none, a quoted phrase's start only), by start. */
        private final int[] starts;
        private final int[] ends;
        private final int[] words;

        Places(String text, List<String> distinct, List<List<String>> phrases) {
            this.text = text;
            this.folded = Fold.chars(text);
            java.util.TreeMap<Integer, int[]> found = new java.util.TreeMap<>();
            for (int d = 0; d < distinct.size(); d++) {
                for (int at : occurrences(distinct.get(d))) {
                    found.put(at, new int[] {at + distinct.get(d).length(), d});
                }
            }
            for (List<String> phrase : phrases) {
                if (!phrase.isEmpty()) {
                    for (int at : occurrences(phrase.getFirst())) {
                        found.putIfAbsent(at, new int[] {at + phrase.getFirst().length(), -1});
                    }
                }
            }
            starts = new int[found.size()];
            ends = new int[found.size()];
            words = new int[found.size()];
            int i = 0;
            for (java.util.Map.Entry<Integer, int[]> place : found.entrySet()) {
                starts[i] = place.getKey();
                ends[i] = place.getValue()[0];
                words[i++] = place.getValue()[1];
            }
        }

        /** Where {@code word} (folded) stands in the text as a whole word. */
        private List<Integer> occurrences(String word) {
            List<Integer> at = new ArrayList<>();
            if (word.isEmpty()) {
                return at;
            }
            for (int from = folded.indexOf(word); from >= 0; from = folded.indexOf(word, from + 1)) {
                if (isWord(from, from + word.length())) {
                    at.add(from);
                }
            }
            return at;
        }

        /** Whether text[from, to) is a whole word: letters and digits, none just before or after. */
        private boolean isWord(int from, int to) {
            if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))
                    || to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
                return false;
            }
            for (int c = from; c < to; c++) {
                if (!Character.isLetterOrDigit(text.charAt(c))) {
                    return false;
                }
            }
            return true;
        }

        /** Where the word after the one ending at {@code end} starts, or -1 when none follows. */
        int nextStart(int end) {
            int at = end;
            while (at < text.length() && !Character.isLetterOrDigit(text.charAt(at))) {
                at++;
            }
            return at < text.length() ? at : -1;
        }

        /** Where the word starting at {@code start} ends. */
        int endOf(int start) {
            int at = start;
            while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
                at++;
            }
            return at;
        }

        /** Whether text[from, to), folded, is {@code word}. */
        boolean is(int from, int to, String word) {
            return to - from == word.length() && folded.regionMatches(from, word, 0, word.length());
        }

        /** text[from, to) as the exact field holds it: lower case, in its one spelling of i and y. */
        String exact(int from, int to) {
            char[] word = text.substring(from, to).toLowerCase(java.util.Locale.ROOT).toCharArray();
            Spelling.toY(word, 0, word.length);
            return new String(word);
        }

        int size() {
            return starts.length;
        }
    }

    /**
     * A query as passages and highlights read it, analysed once per search rather than once per hit: its words as
     * typed and folded (question words dropped), the distinct folded ones, its quoted phrases folded, and the words
     * a highlight marks (two letters or more).
     */
    record Asked(List<String> exact, List<String> folded, List<String> distinct, List<List<String>> phrases,
                 java.util.Set<String> marked) {

        static Asked of(String query) {
            if (query == null) {
                return new Asked(List.of(), List.of(), List.of(), List.of(), java.util.Set.of());
            }
            QueryText asked = QueryText.parse(query);
            String words = QuestionWords.drop(asked.text());
            List<String> folded = Terms.folded(words);
            java.util.Set<String> marked = new java.util.HashSet<>(folded);
            marked.removeIf(term -> term.length() < 2);
            return new Asked(Terms.exact(words), folded, new ArrayList<>(new java.util.LinkedHashSet<>(folded)),
                    asked.phrases().stream().map(Terms::folded).toList(), marked);
        }
    }

    static String best(String text, String query) {
        return passage(text, query).snippet();
    }

    static Passage passage(String text, String query) {
        return passage(text, Asked.of(query));
    }

    static Passage passage(String text, Asked asked) {
        if (text == null || text.isEmpty()) {
            return new Passage("", -1);
        }
        List<String> exact = asked.exact();
        List<String> folded = asked.folded();
        if (folded.isEmpty()) {
            return new Passage(head(text), -1);
        }
        List<String> distinct = asked.distinct();
        List<List<String>> phrases = asked.phrases();
        Places places = new Places(text, distinct, phrases);
        int n = places.size();
        // worth[t]: what place t is worth as one of the query's words; pair[t]: it and the next word are two in a row.
        double[] worth = new double[n];
        double[] pair = new double[n];
        int[] pairAt = new int[n]; // which pair of the query (its first word's place) place t starts
        for (int t = 0; t < n; t++) {
            if (places.words[t] < 0) {
                continue;
            }
            int next = places.nextStart(places.ends[t]);
            int nextEnd = next < 0 ? -1 : places.endOf(next);
            for (int q = 0; q < folded.size(); q++) {
                if (!folded.get(q).equals(distinct.get(places.words[t]))) {
                    continue;
                }
                worth[t] = Math.max(worth[t], weight(places, places.starts[t], places.ends[t], exact.get(q), folded.get(q)));
                if (q + 1 < folded.size() && next >= 0 && places.is(next, nextEnd, folded.get(q + 1))) {
                    double both = PAIR * (worth[t] + weight(places, next, nextEnd, exact.get(q + 1), folded.get(q + 1)));
                    if (both > pair[t]) {
                        pair[t] = both;
                        pairAt[t] = q;
                    }
                }
            }
        }
        double[] quoted = quotedPhrases(places, phrases);
        int bestStart = -1;
        int bestEnd = -1;
        double bestScore = 0;
        int end = 0;
        for (int start = 0; start < n; start++) {
            if (worth[start] == 0) {
                continue; // the best passage starts at a matched word
            }
            while (end < n && places.ends[end] - places.starts[start] <= WINDOW - LEAD) {
                end++;
            }
            double score = score(places.words, distinct.size(), folded.size(), worth, pair, pairAt, quoted, start, end);
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
                bestEnd = end;
            }
        }
        if (bestStart < 0) {
            return new Passage(head(text), -1);
        }
        int from = wordStart(text, Math.max(0, places.starts[bestStart] - LEAD));
        int to = Math.min(text.length(), from + WINDOW);
        String snippet = (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip()
                + (to < text.length() ? "…" : "");
        return new Passage(snippet, anchor(places, worth, quoted, bestStart, bestEnd));
    }

    private static double weight(Places places, int from, int to, String typed, String typedFolded) {
        double length = typedFolded.length();
        boolean typedWithMarks = !typed.equals(typedFolded);
        return typedWithMarks && !places.exact(from, to).equals(typed) ? length * FOLDED_ONLY : length;
    }

    /**
     * Each distinct query word and each distinct pair of the query count once in a passage (at
     * their best occurrence), so a passage repeating one word pair does not outrank the one holding
     * the whole phrase; quoted phrases add for each occurrence.
     */
    private static double score(int[] matched, int distinctWords, int queryWords, double[] worth, double[] pair,
                                int[] pairAt, double[] quoted, int from, int to) {
        double[] words = new double[distinctWords]; // each distinct query word at its best in the passage
        double[] pairs = new double[queryWords]; // each pair of the query, by its first word's place, at its best
        double score = 0;
        for (int t = from; t < to; t++) {
            if (worth[t] > 0) {
                words[matched[t]] = Math.max(words[matched[t]], worth[t]);
            }
            if (pair[t] > 0) {
                pairs[pairAt[t]] = Math.max(pairs[pairAt[t]], pair[t]);
            }
            score += quoted[t];
        }
        // Sums of word lengths, their halves and doubles: exact in a double, so the order of adding does not matter.
        for (double word : words) {
            score += word;
        }
        for (double both : pairs) {
            score += both;
        }
        return score;
    }

    /** quoted[t] > 0 where a quoted phrase starts at place t (compared folded). */
    private static double[] quotedPhrases(Places places, List<List<String>> phrases) {
        double[] quoted = new double[places.size()];
        for (List<String> syllables : phrases) {
            if (syllables.isEmpty()) {
                continue;
            }
            for (int t = 0; t < places.size(); t++) {
                int from = places.starts[t];
                int to = places.ends[t];
                boolean all = places.is(from, to, syllables.getFirst());
                for (int k = 1; k < syllables.size() && all; k++) {
                    from = places.nextStart(to);
                    to = from < 0 ? -1 : places.endOf(from);
                    all = from >= 0 && places.is(from, to, syllables.get(k));
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
    private static int anchor(Places places, double[] worth, double[] quoted, int from, int to) {
        List<Integer> matched = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (quoted[t] > 0) {
                return places.starts[t];
            }
            if (worth[t] > 0) {
                matched.add(places.starts[t]);
            }
        }
        return matched.isEmpty() ? places.starts[from] : matched.get(matched.size() / 2);
    }

    /** Where each query word (two letters or more, compared without diacritics) stands in the snippet. */
    static List<SearchHit.Span> highlights(String snippet, String query) {
        return highlights(snippet, Asked.of(query));
    }

    static List<SearchHit.Span> highlights(String snippet, Asked query) {
        java.util.Set<String> asked = query.marked();
        List<SearchHit.Span> spans = new ArrayList<>();
        List<int[]> words = new ArrayList<>(); // start, end of each word of the snippet
        for (int i = 0; i < snippet.length(); i++) {
            if (Character.isLetterOrDigit(snippet.charAt(i))) {
                int start = i;
                while (i < snippet.length() && Character.isLetterOrDigit(snippet.charAt(i))) {
                    i++;
                }
                words.add(new int[] {start, i});
            }
        }
        String folded = Fold.chars(snippet);
        for (int w = 0; w < words.size(); w++) {
            if (!asked.contains(folded.substring(words.get(w)[0], words.get(w)[1]))) {
                continue;
            }
            int start = words.get(w)[0];
            // "bố trí kinh phí" is one mark, not four: runs of marked words separated by a space join.
            while (w + 1 < words.size() && asked.contains(folded.substring(words.get(w + 1)[0], words.get(w + 1)[1]))
                    && words.get(w + 1)[0] == words.get(w)[1] + 1 && snippet.charAt(words.get(w)[1]) == ' ') {
                w++;
            }
            spans.add(new SearchHit.Span(start, words.get(w)[1]));
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
