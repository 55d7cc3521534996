package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A text cut into syllables once, replayed as the token stream of each of its analysed fields.
 *
 * <p>Why: a document's text is indexed in five fields (exact and folded syllables, their pairs, the learned
 * words) and its headings in four more. Each of {@link VietnameseAnalyzers}' chains cut the whole text again,
 * lower-cased and folded it again, and built every run of two to four syllables through Lucene's shingle
 * filter only to keep the few the word list holds: two thirds of the indexing threads' time. Here the text
 * is tokenized and lower-cased once by the same tokenizer and filter, each syllable folded once by the same
 * folding, and each field's tokens are made from those arrays.
 *
 * <p>The tokens are the ones the analyzers make, term for term and position for position
 * ({@code SyllableRunsTests} compares them on the corpus, generated documents and edge cases), so the index is
 * the same and queries keep using the analyzers. A text whose tokenizer skipped a position (a token longer than
 * the tokenizer's limit) would need the shingle filter's fillers: {@link #of} returns null for it, and the
 * caller lets the analyzers do the whole text.
 */
final class SyllableRuns {

    private static final Analyzer LOWER_CASED_SYLLABLES = VietnameseAnalyzers.syllables();

    /** Every syllable's characters, lower-cased, one after another; {@code start[i]} and {@code length[i]} cut them. */
    private final char[] exact;
    private final int[] exactStart;
    private final int[] exactLength;
    /** The same syllables folded to ASCII; the same arrays as the exact ones when the text has nothing to fold. */
    private final char[] folded;
    private final int[] foldedStart;
    private final int[] foldedLength;
    private final int size;

    private SyllableRuns(char[] exact, int[] exactStart, int[] exactLength, char[] folded, int[] foldedStart,
                         int[] foldedLength, int size) {
        this.exact = exact;
        this.exactStart = exactStart;
        this.exactLength = exactLength;
        this.folded = folded;
        this.foldedStart = foldedStart;
        this.foldedLength = foldedLength;
        this.size = size;
    }

    /** The syllables of {@code text}, or null when the tokenizer skipped a position (see the class comment). */
    static SyllableRuns of(String text) {
        char[] chars = new char[Math.max(16, text.length())];
        int[] start = new int[Math.max(16, text.length() / 4)];
        int[] length = new int[start.length];
        int size = 0;
        int used = 0;
        boolean anyToFold = false;
        try (TokenStream stream = LOWER_CASED_SYLLABLES.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() != 1) {
                    return null;
                }
                if (size == start.length) {
                    start = Arrays.copyOf(start, size * 2);
                    length = Arrays.copyOf(length, size * 2);
                }
                int n = term.length();
                if (used + n > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
                }
                char[] buffer = term.buffer();
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    chars[used + i] = c;
                    anyToFold |= c >= '\u0080';
                }
                start[size] = used;
                length[size] = n;
                used += n;
                size++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        if (!anyToFold) {
            return new SyllableRuns(chars, start, length, chars, start, length, size);
        }
        // ASCIIFoldingFilter folds a term only when it holds a character from U+0080 on, with this same method.
        char[] foldedChars = new char[used * 4];
        int[] foldedStart = new int[size];
        int[] foldedLength = new int[size];
        int at = 0;
        for (int i = 0; i < size; i++) {
            foldedStart[i] = at;
            if (needsFolding(chars, start[i], length[i])) {
                at = fold(chars, start[i], foldedChars, at, length[i]);
            } else {
                System.arraycopy(chars, start[i], foldedChars, at, length[i]);
                at += length[i];
            }
            foldedLength[i] = at - foldedStart[i];
        }
        return new SyllableRuns(chars, start, length, foldedChars, foldedStart, foldedLength, size);
    }

    /**
     * What {@link ASCIIFoldingFilter#foldToASCII(char[], int, char[], int, int)} makes of each char below U+2000 (Latin,
     * Latin Extended Additional: every Vietnamese letter), asked of it once. That method is one switch of some 5,000
     * cases, too large for the JIT to compile (over 8,000 bytes of bytecode), so it ran interpreted, syllable after
     * syllable: 3 % of an ingest's CPU. It folds each char on its own, so a table of single chars folds a text the same.
     */
    private static final char[][] FOLDED = foldedChars();

    private static char[][] foldedChars() {
        char[][] table = new char[0x2000][];
        char[] out = new char[4]; // the most one char folds to
        for (int c = 0; c < table.length; c++) {
            int n = ASCIIFoldingFilter.foldToASCII(new char[] {(char) c}, 0, out, 0, 1);
            table[c] = Arrays.copyOf(out, n);
        }
        return table;
    }

    /** As {@link ASCIIFoldingFilter#foldToASCII(char[], int, char[], int, int)}, by table below U+2000. */
    static int fold(char[] input, int from, char[] output, int at, int length) {
        int out = at;
        for (int i = from; i < from + length; i++) {
            char c = input[i];
            if (c < FOLDED.length) {
                for (char folded : FOLDED[c]) {
                    output[out++] = folded;
                }
            } else {
                out = ASCIIFoldingFilter.foldToASCII(input, i, output, out, 1);
            }
        }
        return out;
    }

    private static boolean needsFolding(char[] chars, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (chars[i] >= '\u0080') {
                return true;
            }
        }
        return false;
    }

    /** The token stream of an analysed field, as {@link VietnameseAnalyzers#perField()} would make it. */
    TokenStream stream(String field) {
        return switch (field) {
            case IndexFields.TEXT, IndexFields.HEADINGS -> new Syllables(false);
            case IndexFields.TEXT_FOLDED, IndexFields.HEADINGS_FOLDED -> new Syllables(true);
            case IndexFields.TEXT_SHINGLES, IndexFields.HEADINGS_SHINGLES -> new Pairs(false);
            case IndexFields.TEXT_FOLDED_SHINGLES, IndexFields.HEADINGS_FOLDED_SHINGLES -> new Pairs(true);
            case IndexFields.TEXT_WORDS -> new Words(WordList.folded(), WordList.MAX_SYLLABLES);
            default -> throw new IllegalArgumentException("not an analysed text field: " + field);
        };
    }

    /** Writes {@code count} syllables from {@code from}, joined by single spaces, as the term; returns its length. */
    private int runInto(CharTermAttribute term, boolean fold, int from, int count) {
        char[] chars = fold ? folded : exact;
        int[] start = fold ? foldedStart : exactStart;
        int[] length = fold ? foldedLength : exactLength;
        int total = count - 1;
        for (int i = from; i < from + count; i++) {
            total += length[i];
        }
        char[] buffer = term.resizeBuffer(total);
        int at = 0;
        for (int i = from; i < from + count; i++) {
            if (i > from) {
                buffer[at++] = ' ';
            }
            System.arraycopy(chars, start[i], buffer, at, length[i]);
            at += length[i];
        }
        term.setLength(at);
        return at;
    }

    /** A stream that sets its term and position increment itself, token by token. */
    private abstract static class Replay extends TokenStream {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }

    /** Each syllable: the exact and folded syllable fields. */
    private final class Syllables extends Replay {
        private final boolean fold;

        Syllables(boolean fold) {
            this.fold = fold;
        }

        @Override
        public boolean incrementToken() {
            if (next >= size) {
                return false;
            }
            clearAttributes();
            runInto(term, fold, next, 1);
            increment.setPositionIncrement(1);
            next++;
            return true;
        }
    }

    /** Each two neighbouring syllables joined by a space, without the single ones: the shingle fields. */
    private final class Pairs extends Replay {
        private final boolean fold;

        Pairs(boolean fold) {
            this.fold = fold;
        }

        @Override
        public boolean incrementToken() {
            if (next + 1 >= size) {
                return false;
            }
            clearAttributes();
            runInto(term, fold, next, 2);
            increment.setPositionIncrement(1);
            next++;
            return true;
        }
    }

    /**
     * The runs of two to {@code longest} folded syllables that the word list holds, shortest first at each
     * syllable. The position increments are what a keep-words filter leaves after a shingle filter: a run
     * starting one syllable later than the last one kept moves on by the syllables in between, one starting
     * at the same syllable does not move.
     */
    private final class Words extends Replay {
        private final CharArraySet words;
        private final int longest;
        /** The syllable the next run starts at, and how many syllables it takes (from 2). */
        private int syllables = 2;
        /** The syllable the last kept run started at; -1 before the first. */
        private int lastKept = -1;

        Words(CharArraySet words, int longest) {
            this.words = words;
            this.longest = longest;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            syllables = 2;
            lastKept = -1;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (next + 1 < size) {
                while (syllables <= longest && next + syllables <= size) {
                    int length = runInto(term, true, next, syllables);
                    syllables++;
                    if (words.contains(term.buffer(), 0, length)) {
                        increment.setPositionIncrement(next - lastKept);
                        lastKept = next;
                        return true;
                    }
                }
                next++;
                syllables = 2;
            }
            return false;
        }
    }
}
