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
