package cn.stampcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the numbers of a folded progress text that may be figures, leaving out numbers that cannot be
 * counts whatever unit follows them:
 * <ul>
 *   <li>ordinals (第3场, 第一期) and vague numbers (数十场, 几十人, 若干; 完成数9场 is a count);</li>
 *   <li>either end of a range (35-64岁, 3至5场, 8~14岁) and parts of dates or codes (2024.3.15, 9:30, 2/3);</li>
 *   <li>phone-like numbers: seven or more digits without separators, numbers with a leading 0 (0533);</li>
 *   <li>numbers glued to Latin letters (5G, K12, 3D).</li>
 * </ul>
 * A minus sign before a number (-14场) is kept: the figure is negative, as written.
 * A number followed by 万, 千 or 亿 (also after 余/多: 1.2万余, 三十余万) records both readings, so that a
 * unit such as 万元 can still be matched on the bare number.
 */
final class NumberScanner {

    private NumberScanner() {
    }

    static List<NumberToken> scan(String f, String original) {
        List<NumberToken> out = new ArrayList<>();
        int n = f.length();
        int i = 0;
        while (i < n) {
            char c = f.charAt(i);
            if (isAsciiDigit(c)) {
                i = arabic(f, original, i, out);
            } else if (f.startsWith("百分之", i)) {
                i = percentWord(f, original, i, out);
            } else if (tenths(f, i) > 0) {
                i = tenths(f, i, out);
            } else if (Numerals.isChineseNumeral(c)) {
                i = chinese(f, i, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private static int arabic(String f, String original, int i, List<NumberToken> out) {
        int n = f.length();
        int j = i;
        while (j < n && isAsciiDigit(f.charAt(j))) {
            j++;
        }
        int intDigits = j - i;
        boolean grouped = false;
        // thousands separators: only an ASCII comma in the original (a Chinese comma separates clauses)
        while (intDigits <= 3) {
            if (j < n && original.charAt(j) == ',' && allDigits(f, j + 1, j + 4)
                    && (j + 4 >= n || !isAsciiDigit(f.charAt(j + 4)))) {
                grouped = true;
                j += 4;
            } else {
                break;
            }
        }
        int intEnd = j;
        if (j + 1 < n && f.charAt(j) == '.' && isAsciiDigit(f.charAt(j + 1))) {
            j += 2;
            while (j < n && isAsciiDigit(f.charAt(j))) {
                j++;
            }
        }
        String digits = f.substring(i, j).replace(",", "");
        int intLength = intEnd - i - (grouped ? (intEnd - i) / 4 : 0);
        boolean reject = (!grouped && intLength >= 7)
                || (intLength >= 2 && f.charAt(i) == '0')
                || glued(f, i, j)
                || ordinalOrVague(f, i, false);
        if (reject) {
            return j;
        }
        if (negative(original, i)) {
            return emit(f, i - 1, j, new BigDecimal(digits).negate(), false, false, out);
        }
        return emit(f, i, j, new BigDecimal(digits), false, false, out);
    }

    private static final String TENTH_DIGITS = "一两二三四五六七八九";

    /**
     * The tenths of 八成 (80%) or 八成五 (85%) at {@code i}, or 0: a share said the colloquial way, read as a
     * percentage; not 一成不变, 成员, 成效, 成立….
     */
    private static int tenths(String f, int i) {
        int d = TENTH_DIGITS.indexOf(f.charAt(i));
        if (d < 0 || i + 1 >= f.length() || f.charAt(i + 1) != '成'
                || i > 0 && Numerals.isChineseNumeral(f.charAt(i - 1))) {
            return 0;
        }
        String after = f.substring(i + 2, Math.min(f.length(), i + 4));
        if (after.startsWith("不") || !after.isEmpty() && "员为功立本果绩熟年长效就都了品型人".indexOf(after.charAt(0)) >= 0) {
            return 0;
        }
        return d <= 1 ? d + 1 : d;
    }

    private static int tenths(String f, int i, List<NumberToken> out) {
        int value = 10 * tenths(f, i);
        int end = i + 2;
        int h = end < f.length() ? TENTH_DIGITS.indexOf(f.charAt(end)) : -1;
        if (h >= 0 && (end + 1 >= f.length() || !Numerals.isChineseNumeral(f.charAt(end + 1)))) {
            value += h <= 1 ? h + 1 : h;
            end++;
        }
        out.add(new NumberToken(i, end, BigDecimal.valueOf(value), -1, null, true, true));
        return end;
    }

    private static int percentWord(String f, String original, int i, List<NumberToken> out) {
        int k = i + 3;
        int n = f.length();
        if (k < n && f.charAt(k) == '百' && (k + 1 >= n || !Numerals.isChineseNumeral(f.charAt(k + 1)))) {
            out.add(new NumberToken(i, k + 1, BigDecimal.valueOf(100), -1, null, true, true));
            return k + 1;
        }
        int j = k;
        if (j < n && isAsciiDigit(f.charAt(j))) {
            while (j < n && (isAsciiDigit(f.charAt(j)) || (f.charAt(j) == '.' && j + 1 < n && isAsciiDigit(f.charAt(j + 1))))) {
                j++;
            }
        } else {
            j = chineseRunEnd(f, k);
        }
        if (j == k) {
            return k;
        }
        Optional<BigDecimal> v = Numerals.parse(f.substring(k, j));
        if (v.isEmpty()) {
            return j;
        }
        out.add(new NumberToken(i, j, v.get(), -1, null, true, true));
        return j;
    }

    private static int chinese(String f, int i, List<NumberToken> out) {
        int j = chineseRunEnd(f, i);
        if (ordinalOrVague(f, i, true)) {
            return j;
        }
        String run = f.substring(i, j);
        Optional<BigDecimal> whole = Numerals.parse(run);
        if (whole.isEmpty()) {
            // 近百场, 上千人: a round amount; otherwise a lone unit (万人, 百名) or a run that is no number
            if (run.length() == 1 && i > 0 && "近上逾约".indexOf(f.charAt(i - 1)) >= 0 && Numerals.unit(run.charAt(0)) >= 100) {
                return emit(f, i, j, BigDecimal.valueOf(Numerals.unit(run.charAt(0))), false, true, out);
            }
            return j;
        }
        // 十二万: also keep 十二 with the multiplier apart, for a unit such as 万元
        char last = run.charAt(run.length() - 1);
        if (run.length() >= 2 && Numerals.unit(last) >= 1000) {
            Optional<BigDecimal> core = Numerals.parse(run.substring(0, run.length() - 1));
            if (core.isPresent() && Numerals.normalize(core.get().multiply(BigDecimal.valueOf(Numerals.unit(last))))
                    .compareTo(whole.get()) == 0) {
                out.add(new NumberToken(i, j - 1, core.get(), j, whole.get(), false, true));
                return j;
            }
        }
        return emit(f, i, j, whole.get(), false, true, out);
    }

    /** Adds the token, with a following multiplier (万/千/亿, possibly after 余/多) when there is one. */
    private static int emit(String f, int start, int coreEnd, BigDecimal value, boolean percent, boolean chinese,
                            List<NumberToken> out) {
        value = Numerals.normalize(value);
        int k = skipSpaceAndApprox(f, coreEnd);
        int n = f.length();
        if (k < n && Numerals.unit(f.charAt(k)) >= 1000) {
            long mult = Numerals.unit(f.charAt(k));
            int m = k + 1;
            if (m < n && mult < 10_000 && f.charAt(m) == '万') {   // 千万
                mult *= 10_000;
                m++;
            }
            BigDecimal mv = Numerals.normalize(value.multiply(BigDecimal.valueOf(mult)));
            out.add(new NumberToken(start, coreEnd, value, m, mv, percent, chinese));
            return m;
        }
        out.add(new NumberToken(start, coreEnd, value, -1, null, percent, chinese));
        return coreEnd;
    }

    static int chineseRunEnd(String f, int i) {
        int n = f.length();
        int j = i;
        while (j < n) {
            char c = f.charAt(j);
            if (Numerals.isChineseNumeral(c)) {
                j++;
            } else if (c == '点' && j > i && j + 1 < n && Numerals.isChineseDigit(f.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** 第3, 第一: an ordinal; 数十, 几十: vague (but 完成数9场 is a count: 数 before Arabic digits is a noun). */
    private static boolean ordinalOrVague(String f, int i, boolean chinese) {
        int p = i - 1;
        while (p >= 0 && f.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return false;
        }
        char c = f.charAt(p);
        return c == '第' || (chinese && (c == '数' || c == '几' || c == '若'));
    }

    /** Part of a range, date, time, code or Latin word. */
    private static boolean glued(String f, int i, int j) {
        int n = f.length();
        if (i > 0) {
            char p = f.charAt(i - 1);
            if (isAsciiLetter(p) || p == '_' || p == '#') {
                return true;
            }
            int q = i - 1;
            while (q >= 0 && f.charAt(q) == ' ') {
                q--;
            }
            if (q >= 1 && isRangeOrJoin(f.charAt(q))) {
                int r = q - 1;
                while (r >= 0 && f.charAt(r) == ' ') {
                    r--;
                }
                if (r >= 1 && f.charAt(r) == '%') {
                    r--;   // 50%-55%: a range of rates
                }
                if (r >= 0 && (isAsciiDigit(f.charAt(r)) || Numerals.isChineseDigit(f.charAt(r)))) {
                    return true;
                }
            }
        }
        if (j < n) {
            char c = f.charAt(j);
            if (isAsciiLetter(c) && !(c == 'm' || c == 'k')) {
                return true;
            }
            int q = j;
            while (q < n && f.charAt(q) == ' ') {
                q++;
            }
            if (q + 1 < n && f.charAt(q) == '%' && f.charAt(q + 1) == '-') {
                q++;   // 50%-55%
            }
            if (q < n && isRangeOrJoin(f.charAt(q))) {
                int r = q + 1;
                while (r < n && f.charAt(r) == ' ') {
                    r++;
                }
                if (r < n && isAsciiDigit(f.charAt(r))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * -14场: a minus sign written before a count. It is read as written, a negative figure, so that the
     * check flags it instead of quietly dropping the sign; a dash after a digit or letter (35-64, A-3) or
     * in a 破折号 (——) is no sign.
     */
    private static boolean negative(String original, int i) {
        if (i < 1 || "-－−".indexOf(original.charAt(i - 1)) < 0) {
            return false;
        }
        if (i < 2) {
            return true;
        }
        char before = original.charAt(i - 2);
        return !(Character.isLetterOrDigit(before) && !Character.isIdeographic(before)) && "-－−—–~～".indexOf(before) < 0;
    }

    private static boolean isRangeOrJoin(char c) {
        return c == '-' || c == '~' || c == '至' || c == '到' || c == '.' || c == '/' || c == ':';
    }

    /**
     * Past the spaces, 余/多/来 and at most one line break after a number: a cell wrapped by hand between a
     * figure and its unit ("安装3⏎所") still reads as one figure.
     */
    static int skipSpaceAndApprox(String f, int k) {
        int n = f.length();
        boolean broken = false;
        while (k < n) {
            char c = f.charAt(k);
            if (c == ' ' || c == '余' || c == '多' || c == '来' || (c == '\n' && !broken)) {
                broken |= c == '\n';
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    static int skipSpace(String f, int k) {
        while (k < f.length() && f.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static boolean allDigits(String f, int from, int to) {
        if (to > f.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isAsciiDigit(f.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
