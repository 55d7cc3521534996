package vn.vbtrace.index;

import vn.vbtrace.parse.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user typed, split into the quoted phrases ("Sở Tài chính", also between “ ” or « »),
 * which must stand in a document word for word, and the whole text without its quote marks,
 * which ranks. NFC with one tone-mark placement, as the index holds the text.
 *
 * @param text    everything typed, quote marks removed
 * @param phrases the quoted phrases, in order; a quote mark left unclosed quotes nothing
 */
record QueryText(String text, List<String> phrases) {

    private static final String OPENING = "\"“„«";
    private static final String CLOSING = "\"”“»";

    static QueryText parse(String typed) {
        String text = typed == null ? "" : TextNormalizer.normalize(typed).text().strip();
        List<String> phrases = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = OPENING.indexOf(c) >= 0 ? closing(text, i + 1) : -1;
            if (close > 0) {
                String phrase = text.substring(i + 1, close).strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
                plain.append(' ').append(phrase).append(' ');
                i = close + 1;
            } else {
                plain.append(OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0 ? ' ' : c);
                i++;
            }
        }
        return new QueryText(plain.toString().replaceAll("\\s+", " ").strip(), List.copyOf(phrases));
    }

    private static int closing(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (CLOSING.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }
}
