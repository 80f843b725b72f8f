package cn.stampcheck.extract;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Reads a whole string as a number: Arabic (also full-width, with thousands separators and decimals),
 * Chinese (十二, 两, 一百二十, 二〇二四) and mixed forms with 万/千 (2.1万 = 21000).
 */
public final class Numerals {

    private static final String DIGITS = "零〇一二三四五六七八九";

    private Numerals() {
    }

    /** The number the whole text spells, or empty when it is not a number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replace(",", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal scale = BigDecimal.ONE;
        if (s.length() > 1 && (s.endsWith("万") || s.endsWith("千")) && startsArabic(s)) {
            scale = s.endsWith("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(1_000);
            s = s.substring(0, s.length() - 1);
        }
        if (s.matches("\\d+(\\.\\d+)?")) {
            return Optional.of(new BigDecimal(s).multiply(scale).stripTrailingZeros());
        }
        Long chinese = chinese(s);
        return chinese == null ? Optional.empty() : Optional.of(BigDecimal.valueOf(chinese));
    }

    private static boolean startsArabic(String s) {
        return Character.isDigit(s.charAt(0));
    }

    /** Chinese numerals with positional units, or a plain digit string such as 二〇二四. */
    private static Long chinese(String s) {
        if (s.chars().allMatch(c -> digit((char) c) >= 0)) {
            long v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                number = d;
                any = true;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            any = true;
            if (unit >= 10_000) {
                section = (section + number) * unit;
                total += section;
                section = 0;
            } else {
                section += (number == 0 && unit == 10 ? 1 : number) * unit;
            }
            number = 0;
        }
        return any ? total + section + number : null;
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : Math.max(0, i - 1);
    }
}
