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

    static String best(String text, String query) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = DocumentNumbers.fold(text);
        if (folded.length() != text.length()) {
            return head(text); // folding changed lengths (rare ligatures): no safe offsets
        }
        List<String> terms = Arrays.stream(DocumentNumbers.fold(query == null ? "" : query).split("[^\\p{L}\\d/-]+"))
                .filter(term -> term.length() > 1).toList();
        int bestStart = -1;
        int bestScore = 0;
        for (int start = 0; start < folded.length(); start += WINDOW / 4) {
            int end = Math.min(folded.length(), start + WINDOW);
            String window = folded.substring(start, end);
            int score = 0;
            for (String term : terms) {
                if (window.contains(term)) {
                    score += term.length();
                }
            }
            if (!terms.isEmpty() && window.contains(String.join(" ", terms))) {
                score *= 2;
            }
            if (score > bestScore) {
                bestScore = score;
                bestStart = start;
            }
        }
        if (bestStart < 0) {
            return head(text);
        }
        int start = wordStart(text, bestStart);
        int end = Math.min(text.length(), start + WINDOW);
        return (start > 0 ? "…" : "") + text.substring(start, end).replaceAll("\\s+", " ").strip()
                + (end < text.length() ? "…" : "");
    }

    /** Where each query word (two letters or more, compared without diacritics) stands in the snippet. */
    static List<SearchHit.Span> highlights(String snippet, String query) {
        String folded = DocumentNumbers.fold(snippet);
        if (query == null || folded.length() != snippet.length()) {
            return List.of();
        }
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
