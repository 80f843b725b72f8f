package cn.stampcheck.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a whole string as a number.
 *
 * <ul>
 *   <li>Arabic, also full-width ({@code １２}), with thousands separators ({@code 1,100}) and decimals;</li>
 *   <li>Chinese with positional units: 十二, 两百, 一百二十, 一百零五, 三千五百, 一万二千, 十万, 一亿;
 *       the colloquial shortening of the last unit (三千五 = 3500, 一万二 = 12000); decimals with 点
 *       (九十五点五); digit strings (二〇二四 = 2024);</li>
 *   <li>mixed: 2.1万 = 21000, 3千 = 3000, 1.2亿, 1万2千 = 12000;</li>
 *   <li>百分之九十 = 90 (the number of percent).</li>
 * </ul>
 * Surrounding spaces are ignored. Negative numbers, fractions such as 三分之一, lone units (百, 千, 万) and
 * anything with other characters are not numbers. Whole values come back with scale 0 (never {@code 1E+2}),
 * decimals without trailing zeros.
 */
public final class Numerals {

    private static final Pattern ARABIC = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern SPACE_BEFORE_UNIT = Pattern.compile("\\s+(?=[十百千万亿])");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private Numerals() {
    }

    /** The number the whole text spells, or empty when it is not a number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Folding.fold(text).strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.startsWith("百分之")) {
            String rest = s.substring(3).strip();
            if (rest.equals("百")) {
                return Optional.of(BigDecimal.valueOf(100));
            }
            return rest.startsWith("百分之") ? Optional.empty() : parse(rest);
        }
        s = SPACE_BEFORE_UNIT.matcher(s).replaceAll("");
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        if (ARABIC.matcher(s).matches()) {
            return Optional.of(normalize(new BigDecimal(s)));
        }
        return Optional.ofNullable(mixed(s)).map(Numerals::normalize);
    }

    /** Whole values with scale 0, other values without trailing zeros. */
    static BigDecimal normalize(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static boolean isChineseDigit(char c) {
        return digit(c) >= 0;
    }

    /** Chinese numeral characters, digits and units, that may make up a number. */
    static boolean isChineseNumeral(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static long unit(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1_000L;
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> -1L;
        };
    }

    /** Chinese, or Arabic digits mixed with Chinese units; null when the text is not such a number. */
    private static BigDecimal mixed(String s) {
        int point = s.indexOf('点');
        if (point >= 0) {
            BigDecimal whole = point == 0 ? null : mixed(s.substring(0, point));
            String frac = s.substring(point + 1);
            if (whole == null || frac.isEmpty() || whole.scale() > 0) {
                return null;
            }
            StringBuilder digits = new StringBuilder();
            for (char c : frac.toCharArray()) {
                int d = Character.isDigit(c) && c < 128 ? c - '0' : digit(c);
                if (d < 0) {
                    return null;
                }
                digits.append(d);
            }
            return whole.add(new BigDecimal("0." + digits));
        }
        // Split into elements: numbers (an Arabic run or one Chinese digit) and units.
        int n = s.length();
        boolean allChineseDigits = n >= 2;
        for (int i = 0; i < n; i++) {
            if (digit(s.charAt(i)) < 0) {
                allChineseDigits = false;
                break;
            }
        }
        if (allChineseDigits) {
            long v = 0;
            for (int i = 0; i < n; i++) {
                v = v * 10 + digit(s.charAt(i));
                if (v > 1_000_000_000_000L) {
                    return null;
                }
            }
            return BigDecimal.valueOf(v);
        }
        BigDecimal result = BigDecimal.ZERO;   // whole 亿 groups
        BigDecimal wanPart = BigDecimal.ZERO;  // the 万 group below 亿
        BigDecimal small = BigDecimal.ZERO;    // below 万
        BigDecimal num = null;                 // pending number
        boolean numAfterZero = false;
        boolean zero = false;                  // last element was 零
        long lastUnit = Long.MAX_VALUE;        // last small unit in this group (to require decreasing units)
        long lastAnyUnit = 0;                  // the unit just before the pending number
        boolean seenWan = false;
        boolean any = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128 && Character.isDigit(c)) {
                int j = i;
                while (j < n && s.charAt(j) < 128 && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                String run = s.substring(i, j);
                if (!ARABIC.matcher(run).matches() || num != null) {
                    return null;
                }
                num = new BigDecimal(run);
                numAfterZero = zero;
                zero = false;
                any = true;
                i = j;
                continue;
            }
            int d = digit(c);
            if (d >= 0) {
                if (num != null && !(zero && d != 0)) {
                    return null;
                }
                if (d == 0) {
                    zero = true;
                    num = null;
                    i++;
                    continue;
                }
                num = BigDecimal.valueOf(d);
                numAfterZero = zero;
                zero = false;
                any = true;
                i++;
                continue;
            }
            long u = unit(c);
            if (u < 0) {
                return null;
            }
            zero = false;
            if (u < 10_000) {
                if (num == null) {
                    if (u != 10) {
                        return null;
                    }
                    num = BigDecimal.ONE;
                }
                if (u >= lastUnit) {
                    return null;
                }
                small = small.add(num.multiply(BigDecimal.valueOf(u)));
                lastUnit = u;
            } else if (u == 10_000) {
                if (seenWan || (num == null && small.signum() == 0)) {
                    return null;
                }
                wanPart = small.add(num == null ? BigDecimal.ZERO : num).multiply(BigDecimal.valueOf(u));
                small = BigDecimal.ZERO;
                lastUnit = Long.MAX_VALUE;
                seenWan = true;
            } else {
                if (num == null && small.signum() == 0 && wanPart.signum() == 0) {
                    return null;
                }
                BigDecimal group = wanPart.add(small).add(num == null ? BigDecimal.ZERO : num);
                result = result.add(group.multiply(BigDecimal.valueOf(u)));
                wanPart = BigDecimal.ZERO;
                small = BigDecimal.ZERO;
                lastUnit = Long.MAX_VALUE;
                seenWan = false;
            }
            num = null;
            lastAnyUnit = u;
            any = true;
            i++;
        }
        if (!any) {
            return zero ? BigDecimal.ZERO : null;
        }
        if (num != null) {
            if (!numAfterZero && lastAnyUnit >= 100 && num.scale() <= 0 && num.compareTo(BigDecimal.TEN) < 0) {
                // 三千五 = 3500, 一万二 = 12000: the digit counts in the next lower unit
                num = num.multiply(BigDecimal.valueOf(lastAnyUnit / 10));
            }
            small = small.add(num);
        }
        return result.add(wanPart).add(small);
    }
}
