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
        int i = 0;
        while (i < n) {
            if (first.get(text.charAt(i)) && isNear(text, i)) {
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

    private boolean isNear(String text, int i) {
        if (near == null) {
            return true;
        }
        int end = Math.min(text.length(), i + window);
        for (int k = i; k < end; k++) {
            if (near.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
