package cn.stampcheck.extract;

import java.util.BitSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern in a text, trying it only where one of a few given characters stands
 * (and, optionally, only where one of some other characters follows closely).
 *
 * <p>{@link Matcher#find()} tries every alternative of a long word list at every position, which made the
 * cue lists the slowest part of reading a text. The results are those of {@code find()} for matches that
 * start with one of the given characters: leftmost, non-overlapping; lookbehinds still see the text before
 * the position (transparent bounds).
 */
final class FastScan {

    private final Pattern pattern;
    private final BitSet first = new BitSet();
    private final String near;
    private final int window;

    /**
     * @param first every character a match can start with (listed one by one, no ranges); a match starting
     *              with any other character is not found
     */
    FastScan(String first, String regex) {
        this(first, regex, null, 0);
    }

    /**
     * @param near   one of these characters is in every match …
     * @param window … within this many characters of its start
     */
    FastScan(String first, String regex, String near, int window) {
        first.chars().forEach(this.first::set);
        this.pattern = Pattern.compile(regex);
        this.near = near;
        this.window = window;
    }

    void forEach(String text, Consumer<Matcher> action) {
        Matcher m = null;
        int n = text.length();
        int[] nextNear = near == null ? null : nextNear(text);
        int i = 0;
        while (i < n) {
            if (first.get(text.charAt(i)) && (nextNear == null || nextNear[i] < i + window)) {
                if (m == null) {
                    m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    action.accept(m);
                    i = Math.max(i + 1, m.end());
                    continue;
                }
            }
            i++;
        }
    }

    /** For each position, where the next of the {@code near} characters stands (or a large number). */
    private int[] nextNear(String text) {
        int n = text.length();
        int[] next = new int[n + 1];
        next[n] = Integer.MAX_VALUE / 2;
        for (int k = n - 1; k >= 0; k--) {
            next[k] = near.indexOf(text.charAt(k)) >= 0 ? k : next[k + 1];
        }
        return next;
    }
}
