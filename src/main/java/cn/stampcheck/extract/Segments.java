package cn.stampcheck.extract;

import java.util.Arrays;

/**
 * Sentences and clauses of a folded progress text, as indexes per character.
 *
 * <p>A sentence ends at 。 ; ! ? (full-width or ASCII, after folding), at an ASCII full stop that is not a
 * decimal point, and at a line break after such punctuation. Any other line break (a clerk's hand-wrapped
 * line: "本季度：⏎开展…5场⏎累计开展13场") only ends a clause, so that the lines still share their keywords
 * and markers. A new sentence also starts at a list item: {@code 1.} {@code 1、}
 * {@code 1)} {@code 一、} at the start of the text or after a space or punctuation, {@code (1)} {@code （一）}
 * {@code ①} anywhere, and 二是 … 十是 anywhere when the text has an 一是.
 *
 * <p>A clause ends at a comma (，, or an ASCII comma that is not a thousands separator), 、, a colon
 * (：, :) or a bracket, except brackets around a short aside without numbers (村（社区）妇联).
 */
final class Segments {

    private static final String CIRCLED = circled();
    private static final FastScan LIST_ITEM = new FastScan("0123456789一二三四五六七八九十(" + CIRCLED,
            "(?:^|(?<=[\\s。;!?.,:、)]))(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[.、)](?!\\d)"
                    + "|\\(\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*\\)"
                    + "|[\\u2460-\\u2487\\u2776-\\u277F]");
    private static final FastScan SHI = new FastScan("二三四五六七八九十", "(?<![统唯第之])[二三四五六七八九十]是");

    private static String circled() {
        StringBuilder b = new StringBuilder();
        for (char c = '\u2460'; c <= '\u2487'; c++) {
            b.append(c);
        }
        for (char c = '\u2776'; c <= '\u277F'; c++) {
            b.append(c);
        }
        return b.toString();
    }

    /** Sentence index of each character. */
    final int[] sentenceOf;
    /** How far back {@link #clauseFrom} looks. */
    private static final int LOOKBACK = 120;
    /** Clause index of each character. */
    final int[] clauseOf;
    /** Per clause: its first character, its end (exclusive), and its sentence. */
    final int[] clauseStart;
    final int[] clauseEnd;
    final int[] clauseSentence;
    /** Per sentence: its first character and end (exclusive). */
    final int[] sentenceStart;
    final int[] sentenceEnd;

    Segments(String f, String original) {
        int n = f.length();
        boolean[] itemStart = new boolean[n + 1];
        LIST_ITEM.forEach(f, m -> itemStart[m.start()] = true);
        if (f.contains("一是")) {
            SHI.forEach(f, m -> itemStart[m.start()] = true);
            int k = f.indexOf("一是");
            if (k == 0 || !"统唯第之".contains(String.valueOf(f.charAt(k - 1)))) {
                itemStart[k] = true;
            }
        }
        boolean[] insideShortAside = shortAsides(f);
        sentenceOf = new int[n];
        clauseOf = new int[n];
        int[] cs = new int[n + 1];
        int[] ce = new int[n + 1];
        int[] csent = new int[n + 1];
        int[] ss = new int[n + 1];
        int[] se = new int[n + 1];
        int sentence = 0;
        int clause = 0;
        cs[0] = 0;
        ss[0] = 0;
        boolean newSentence = false;
        boolean newClause = false;
        for (int i = 0; i < n; i++) {
            if (i > 0 && (newSentence || itemStart[i])) {
                ce[clause] = i;
                se[sentence] = i;
                clause++;
                sentence++;
                cs[clause] = i;
                ss[sentence] = i;
            } else if (i > 0 && newClause) {
                ce[clause] = i;
                clause++;
                cs[clause] = i;
            }
            newSentence = false;
            newClause = false;
            sentenceOf[i] = sentence;
            clauseOf[i] = clause;
            csent[clause] = sentence;
            char c = f.charAt(i);
            switch (c) {
                case '。', ';', '!', '?' -> newSentence = true;
                case '\n' -> {
                    if (endsSentence(f, i)) {
                        newSentence = true;
                    } else {
                        newClause = true;
                    }
                }
                case '.' -> newSentence = !(i > 0 && i + 1 < n && NumberScanner.isAsciiDigit(f.charAt(i - 1))
                        && NumberScanner.isAsciiDigit(f.charAt(i + 1)));
                case ',' -> newClause = !(original.charAt(i) == ',' && i > 0 && i + 1 < n
                        && NumberScanner.isAsciiDigit(f.charAt(i - 1)) && NumberScanner.isAsciiDigit(f.charAt(i + 1)));
                case ':' -> newClause = !(i > 0 && i + 1 < n && NumberScanner.isAsciiDigit(f.charAt(i - 1))
                        && NumberScanner.isAsciiDigit(f.charAt(i + 1)));
                case '(', ')' -> newClause = !insideShortAside[i];
                case '、', '[', ']', '【', '】', '〔', '〕' -> newClause = true;
                default -> {
                }
            }
        }
        ce[clause] = n;
        se[sentence] = n;
        clauseStart = Arrays.copyOf(cs, clause + 1);
        clauseEnd = Arrays.copyOf(ce, clause + 1);
        clauseSentence = Arrays.copyOf(csent, clause + 1);
        sentenceStart = Arrays.copyOf(ss, sentence + 1);
        sentenceEnd = Arrays.copyOf(se, sentence + 1);
    }

    /**
     * A line break ends a sentence after sentence punctuation and at a blank line (a list item on the next
     * line starts a sentence anyway); a clerk's wrapped line inside a sentence (after a comma, a colon or
     * without punctuation) only ends a clause.
     */
    private static boolean endsSentence(String f, int i) {
        int p = i - 1;
        while (p >= 0 && f.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char before = f.charAt(p);
        return "。;!?.\n".indexOf(before) >= 0;
    }

    /**
     * Brackets around a short aside without digits or punctuation (村（社区）妇联, （含往年）) do not split a
     * clause; brackets around figures (（本季度5场）) do.
     */
    private static boolean[] shortAsides(String f) {
        int n = f.length();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (f.charAt(i) != '(') {
                continue;
            }
            for (int j = i + 1; j < n && j <= i + 7; j++) {
                char c = f.charAt(j);
                if (c == ')') {
                    if (j > i + 1) {
                        out[i] = true;
                        out[j] = true;
                    }
                    break;
                }
                if (NumberScanner.isAsciiDigit(c) || Numerals.isChineseNumeral(c) || "。;!?,、:(\n".indexOf(c) >= 0) {
                    break;
                }
            }
        }
        return out;
    }

    int clauseCount() {
        return clauseStart.length;
    }

    /**
     * Where the clause holding {@code pos} starts, looking back no further than {@link #LOOKBACK}
     * characters: cues and words that bear on a figure stand near it, and a clause of thousands of
     * characters without a comma (a pasted document) must not make every figure rescan it.
     */
    int clauseFrom(int pos) {
        return clauseFrom(clauseOf[pos], pos);
    }

    /** As {@link #clauseFrom(int)}, from the start of a given clause (one a caller has widened). */
    int clauseFrom(int clause, int pos) {
        return Math.max(clauseStart[clause], pos - LOOKBACK);
    }
}
