package cn.stampcheck.report;

import cn.stampcheck.extract.Numerals;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 完成时限 cell says: nothing, a date (the last day it allows), or text that is not a date.
 * Month-only and year-only forms mean their last day: 2024年12月 is 2024-12-31, 年底 is 31 December.
 */
public record DeadlineText(Kind kind, LocalDate date) {

    public enum Kind { EMPTY, DATE, NOT_A_DATE }

    private static final String NUM = "([0-9]+|[零〇一二三四五六七八九十两]+)";
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?:" + NUM + "|本|全)?年(底|末|内|度内|度)?$");
    private static final Pattern DIGITS_ONLY = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern DAY = Pattern.compile("^(?:" + NUM + "[年./\\-])?" + NUM
            + "(?:月份?|[./\\-])?(?:" + NUM + "[日号]?|底|末|下旬|中旬|上旬)?$");

    public static DeadlineText parse(String text, int reportYear) {
        if (text == null || text.isBlank()) {
            return new DeadlineText(Kind.EMPTY, null);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replaceAll("(之?前|以前|截止|完成|前完成)$", "");
        LocalDate date = date(s, reportYear);
        if (date == null && text.strip().contains("\n")) {
            date = latest(text, reportYear);
        }
        return date == null ? new DeadlineText(Kind.NOT_A_DATE, null) : new DeadlineText(Kind.DATE, date);
    }

    /** One date per line (an item written over several rows): the latest, if every line is a date. */
    private static LocalDate latest(String text, int reportYear) {
        LocalDate latest = null;
        for (String line : text.strip().split("\\R+")) {
            DeadlineText d = parse(line, reportYear);
            if (d.kind() == Kind.NOT_A_DATE) {
                return null;
            }
            if (d.kind() == Kind.DATE && (latest == null || d.date().isAfter(latest))) {
                latest = d.date();
            }
        }
        return latest;
    }

    private static LocalDate date(String s, int reportYear) {
        Matcher y = YEAR_ONLY.matcher(s);
        if (y.matches()) {
            return LocalDate.of(year(y.group(1), reportYear), 12, 31);
        }
        Matcher iso = DIGITS_ONLY.matcher(s);
        if (iso.matches()) {
            return safe(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
        }
        Matcher m = DAY.matcher(s);
        if (!m.matches() || (m.group(1) == null && !s.contains("月"))) {
            return null;
        }
        int year = year(m.group(1), reportYear);
        int month = number(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(3) != null) {
            return safe(year, month, number(m.group(3)));
        }
        if (s.endsWith("上旬")) {
            return ym.atDay(10);
        }
        if (s.endsWith("中旬")) {
            return ym.atDay(20);
        }
        return ym.atEndOfMonth();
    }

    private static int year(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        int y = number(text);
        return y < 100 ? 2000 + y : y;
    }

    private static int number(String text) {
        return Numerals.parse(text).map(BigDecimal::intValue).orElse(-1);
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
