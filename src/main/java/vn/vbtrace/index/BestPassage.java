package vn.vbtrace.index;

import java.util.List;
import java.util.Optional;

/**
 * How much of a query one passage of a text holds: the largest share of the query's distinct folded syllables that
 * stand together in one line or sentence of it. A question is usually about one clause of an article ("Người lao động
 * được nghỉ bao nhiêu ngày khi kết hôn?"), while BM25 sums its words over the whole text, so a neighbouring article
 * that spreads the same words over many clauses can rank first; the article whose one clause holds most of them is
 * the likelier answer. Passages end at a line break, a semicolon, or a full stop followed by a space.
 *
 * <p>One of the {@link HeadRescoring}s: a factor of (1 + weight × share) on each of the first hits' scores.
 */
final class BestPassage {

    /** A long question has many syllables; past this many each adds cost but little signal. */
    private static final int MAX_TERMS = 64;

    /**
     * The query's distinct folded syllables in an open-addressing table keyed by String's own hash, so that a word of
     * a text is looked up where it stands, without a copy: ten texts of a page are some 20,000 words.
     */
    private final String[] table;
    /** Each syllable's place among the distinct ones, beside it in {@link #table}. */
    private final int[] places;
    private final int distinct;
    /** How far a document's score grows when one passage holds every syllable. */
    private final float weight;

    private BestPassage(List<String> distinct, float weight) {
        this.table = new String[Integer.highestOneBit(distinct.size() * 4) * 2];
        this.places = new int[table.length];
        for (int place = 0; place < distinct.size(); place++) {
            int slot = spread(distinct.get(place).hashCode());
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = distinct.get(place);
            places[slot] = place;
        }
        this.distinct = distinct.size();
        this.weight = weight;
    }

    /** @param foldedSyllables the query's syllables, folded; none or a weight of 0: no rescoring */
    static Optional<BestPassage> of(List<String> foldedSyllables, float weight) {
        List<String> distinct = foldedSyllables.stream().distinct().limit(MAX_TERMS).toList();
        return weight <= 0 || distinct.isEmpty() ? Optional.empty() : Optional.of(new BestPassage(distinct, weight));
    }

    /** How many distinct syllables of the query count. */
    int syllables() {
        return distinct;
    }

    private int spread(int hash) {
        return (hash ^ (hash >>> 16)) & (table.length - 1);
    }

    /** The place of the syllable {@code folded[from, to)} among the query's, -1 when the query has none such. */
    private int placeOf(char[] folded, int from, int to, int hash) {
        for (int slot = spread(hash); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
            String syllable = table[slot];
            if (syllable.length() == to - from && syllable.contentEquals(java.nio.CharBuffer.wrap(folded, from, to - from))) {
                return places[slot];
            }
        }
        return -1;
    }

    /** The largest share, in [0, 1], of the query's syllables that one passage of {@code text} holds. */
    double share(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int n = text.length();
        char[] folded = Fold.folded(text);
        boolean[] held = new boolean[distinct];
        int[] heldNow = new int[distinct];
        int count = 0;
        int best = 0;
        int at = 0;
        while (at < n) {
            char c = folded[at];
            if (Character.isLetterOrDigit(c)) {
                int end = at;
                int hash = 0;
                while (end < n && Character.isLetterOrDigit(folded[end])) {
                    hash = 31 * hash + folded[end++];
                }
                int place = placeOf(folded, at, end, hash);
                if (place >= 0 && !held[place]) {
                    held[place] = true;
                    heldNow[count++] = place;
                }
                at = end;
                continue;
            }
            if (c == '\n' || c == ';' || c == '.' && at + 1 < n && Character.isWhitespace(folded[at + 1])) {
                best = Math.max(best, count);
                for (int i = 0; i < count; i++) {
                    held[heldNow[i]] = false;
                }
                count = 0;
            }
            at++;
        }
        return (double) Math.max(best, count) / distinct;
    }

    /** What a document's score is multiplied by. */
    double factor(String text) {
        return 1 + weight * share(text);
    }
}
