package vn.vbtrace.extract.token;

import java.util.BitSet;
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

    private final Matcher matcher;
    private final BitSet starts;
    private final int length;
    private final CharSequence text;
    private int next;

    private QuickMatcher(Pattern pattern, BitSet starts, CharSequence text) {
        this.matcher = pattern.matcher(text);
        this.starts = starts;
        this.text = text;
        this.length = text.length();
    }

    /** The matches of {@code pattern} in {@code text}, every one of which begins with a character in {@code starts}. */
    public static QuickMatcher of(Pattern pattern, BitSet starts, CharSequence text) {
        return new QuickMatcher(pattern, starts, text);
    }

    /** The set of these characters. */
    public static BitSet chars(String chars) {
        BitSet set = new BitSet();
        chars.chars().forEach(set::set);
        return set;
    }

    /** The next match, as {@link Matcher#find()} finds it. */
    public boolean find() {
        for (int i = next; i < length; i++) {
            if (starts.get(text.charAt(i))) {
                matcher.region(i, length).useTransparentBounds(true).useAnchoringBounds(false);
                if (matcher.lookingAt()) {
                    next = matcher.end() > i ? matcher.end() : i + 1;
                    return true;
                }
            }
        }
        next = length;
        return false;
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
