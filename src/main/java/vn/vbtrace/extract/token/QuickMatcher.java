package vn.vbtrace.extract.token;

import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches in a text, tried only where one can begin. {@link Matcher#find()} tries a pattern at every
 * character, and a pattern opening with a lookbehind or a lookahead costs a dispatch through the regex engine at
 * each; extraction runs some forty such passes over every text. When a match must begin with one of a few
 * characters (a type name's first letters, the "g" of "giao"), a plain scan finds those characters and the pattern
 * is tried there alone. Lookbehinds still see the text before the place tried (transparent bounds), so the matches
 * are exactly those of {@code find()}.
 */
public final class QuickMatcher implements MatchResult {

    /**
     * Where a pattern's matches can begin: at one of a few characters, or at one of a few words written as they are
     * (a frequent letter such as "c" is better replaced by the words: "có trách nhiệm").
     */
    public static final class Starts {

        private final BitSet chars;
        private final String[] words;

        private Starts(BitSet chars, String[] words) {
            this.chars = chars;
            this.words = words;
        }

        public static Starts chars(String chars) {
            BitSet set = new BitSet();
            chars.chars().forEach(set::set);
            return new Starts(set, null);
        }

        /** Each match begins with one of these words, as written (case and all). */
        public static Starts words(Collection<String> words) {
            return new Starts(null, new LinkedHashSet<>(words).toArray(String[]::new));
        }

        public static Starts words(String... words) {
            return words(List.of(words));
        }
    }

    private final Matcher matcher;
    private final Starts starts;
    private final String text;
    private final int length;
    /** Per word of {@link Starts#words}: where it next occurs at or after the search position (-1: no more). */
    private final int[] wordAt;
    private int next;

    private QuickMatcher(Pattern pattern, Starts starts, String text) {
        this.matcher = pattern.matcher(text);
        this.starts = starts;
        this.text = text;
        this.length = text.length();
        this.wordAt = starts.words == null ? null : new int[starts.words.length];
        if (wordAt != null) {
            for (int w = 0; w < wordAt.length; w++) {
                wordAt[w] = text.indexOf(starts.words[w]);
            }
        }
    }

    /** The matches of {@code pattern} in {@code text}, every one of which begins where {@code starts} says. */
    public static QuickMatcher of(Pattern pattern, Starts starts, String text) {
        return new QuickMatcher(pattern, starts, text);
    }

    /** The next match, as {@link Matcher#find()} finds it. */
    public boolean find() {
        for (int i = candidate(next); i >= 0; i = candidate(i + 1)) {
            matcher.region(i, length).useTransparentBounds(true).useAnchoringBounds(false);
            if (matcher.lookingAt()) {
                next = matcher.end() > i ? matcher.end() : i + 1;
                return true;
            }
        }
        next = length;
        return false;
    }

    /** The first place at or after {@code from} where a match can begin, or -1. */
    private int candidate(int from) {
        if (wordAt == null) {
            for (int i = from; i < length; i++) {
                if (starts.chars.get(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
        int first = -1;
        for (int w = 0; w < wordAt.length; w++) {
            if (wordAt[w] >= 0 && wordAt[w] < from) {
                wordAt[w] = text.indexOf(starts.words[w], from);
            }
            if (wordAt[w] >= 0 && (first < 0 || wordAt[w] < first)) {
                first = wordAt[w];
            }
        }
        return first;
    }

    /** The next {@link #find()} looks from {@code position} on. */
    public void skipTo(int position) {
        next = Math.max(next, position);
    }

    @Override
    public int start() {
        return matcher.start();
    }

    @Override
    public int start(int group) {
        return matcher.start(group);
    }

    @Override
    public int start(String name) {
        return matcher.start(name);
    }

    @Override
    public int end() {
        return matcher.end();
    }

    @Override
    public int end(int group) {
        return matcher.end(group);
    }

    @Override
    public int end(String name) {
        return matcher.end(name);
    }

    @Override
    public String group() {
        return matcher.group();
    }

    @Override
    public String group(int group) {
        return matcher.group(group);
    }

    @Override
    public String group(String name) {
        return matcher.group(name);
    }

    @Override
    public int groupCount() {
        return matcher.groupCount();
    }
}
