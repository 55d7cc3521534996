package vn.vbtrace.index;

import vn.vbtrace.document.DocumentNumbers;

import java.util.Arrays;
import java.util.List;

/**
 * The passage of a document that best matches a query, compared without diacritics so
 * "so tai chinh" picks the passage about "Sở Tài chính".
 */
final class Snippets {

    private static final int WINDOW = 220;

    private Snippets() {
    }

    /**
     * A snippet and the place in the text it is about: where the query's words stand densest in
     * it (the phrase itself when it is there), -1 when no word matched. Clauses are named from it.
     */
    record Passage(String snippet, int anchor) {
    }

    static String best(String text, String query) {
        return passage(text, query).snippet();
    }

    static Passage passage(String text, String query) {
        if (text == null || text.isEmpty()) {
            return new Passage("", -1);
        }
        String folded = Fold.chars(text);
        List<String> terms = Arrays.stream(DocumentNumbers.fold(query == null ? "" : query).split("[^\\p{L}\\d/-]+"))
                .filter(term -> term.length() > 1).toList();
        // Each term's places found once; a window then only asks whether one falls inside it.
        List<int[]> places = terms.stream().map(term -> occurrences(folded, term)).toList();
        String phraseText = String.join(" ", terms);
        int[] phrase = terms.isEmpty() ? new int[0] : occurrences(folded, phraseText);
        int bestStart = -1;
        int bestScore = 0;
        for (int start = 0; start < folded.length(); start += WINDOW / 4) {
            int end = Math.min(folded.length(), start + WINDOW);
            int score = 0;
            for (int t = 0; t < terms.size(); t++) {
                if (inside(places.get(t), start, end - terms.get(t).length())) {
                    score += terms.get(t).length();
                }
            }
            if (!terms.isEmpty() && inside(phrase, start, end - phraseText.length())) {
                score *= 2;
            }
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        if (bestStart < 0) {
            return new Passage(head(text), -1);
        }
        int start = wordStart(text, bestStart);
        int end = Math.min(text.length(), start + WINDOW);
        String snippet = (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s+", " ").strip()
                + (end < text.length() ? "…" : "");
        return new Passage(snippet, anchor(places, phrase, bestStart, Math.min(folded.length(), bestStart + WINDOW)));
    }

    /** The phrase's place in the window if it is there, else the middle one of the words' places in it. */
    private static int anchor(List<int[]> places, int[] phrase, int from, int to) {
        for (int at : phrase) {
            if (at >= from && at < to) {
                return at;
            }
        }
        int[] inWindow = places.stream().flatMapToInt(Arrays::stream).filter(at -> at >= from && at < to).sorted().toArray();
        return inWindow.length == 0 ? from : inWindow[inWindow.length / 2];
    }

    /** Where each query word (two letters or more, compared without diacritics) stands in the snippet. */
    static List<SearchHit.Span> highlights(String snippet, String query) {
        if (query == null) {
            return List.of();
        }
        String folded = Fold.chars(snippet);
        boolean[] marked = new boolean[folded.length() + 1];
        for (String term : DocumentNumbers.fold(query).split("[^\\p{L}\\d]+")) {
            if (term.length() < 2) {
                continue;
            }
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                int end = at + term.length();
                boolean whole = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                        && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
                if (whole) {
                    java.util.Arrays.fill(marked, at, end, true);
                }
            }
        }
        for (int i = 1; i + 1 < folded.length(); i++) {
            if (folded.charAt(i) == ' ' && marked[i - 1] && marked[i + 1]) {
                marked[i] = true; // "bố trí kinh phí" is one mark, not four
            }
        }
        List<SearchHit.Span> spans = new java.util.ArrayList<>();
        for (int i = 0; i < folded.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                int end = i;
                while (marked[end]) {
                    end++;
                }
                spans.add(new SearchHit.Span(i, end));
            }
        }
        return spans;
    }

    private static int[] occurrences(String text, String term) {
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            at.add(i);
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether one of the sorted places lies in [from, to]. */
    private static boolean inside(int[] places, int from, int to) {
        int i = Arrays.binarySearch(places, from);
        int next = i >= 0 ? i : -i - 1;
        return next < places.length && places[next] <= to;
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
