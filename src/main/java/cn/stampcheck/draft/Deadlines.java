package cn.stampcheck.draft;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline a notice sentence sets: 年内 / 年底 / 年底前 (the year's end), a stated date
 * (2024年6月30日前, 6月底前, 九月三十日前, 9月底, 上半年, 第三季度末, “六一”儿童节前) or nothing said (the year's
 * end as well).
 */
final class Deadlines {

    private static final String M = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
    private static final String D = "(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
    private static final Pattern FULL = Pattern.compile(
            "(?:(20\\d{2})年)?" + M + "月(?:" + D + "日)?(底|末|前|之前|以前)");
    private static final Pattern YEAR_END = Pattern.compile("(20\\d{2})年(?:年)?(?:底|末)");
    private static final Pattern YEAR_END_WORDS = Pattern.compile("年内|年底|年末|全年");
    private static final Pattern HALF = Pattern.compile("上半年");
    private static final Pattern BARE = Pattern.compile(
            "(?:(20\\d{2})[年.\\-/])?" + M + "(?:月|(?=[.\\-/]|$))(?:[.\\-/]?(\\d{1,2})日?)?");
    private static final Pattern QUARTER = Pattern.compile("第?([一二三四1-4])季度(?:末|底|前|内)");
    /**
     * “六一”儿童节前, “三八”节前, 国庆前: a holiday that falls on one day; 汛期前, 暑假前, 秋季开学前: the day the
     * season starts here (the flood season on 1 June, the summer holidays in July, the autumn term in September),
     * read as the end of the month before.
     */
    private static final Pattern HOLIDAY = Pattern.compile(
            "[“\"]?(三八|五一|六一|七一|八一|国庆|汛期|暑假|暑期|秋季开学|秋季学期开学)[”\"]?(?:国际)?"
                    + "(?:妇女节|劳动节|儿童节|建党节|建军节|节)?(?:前|之前|以前)");
    private static final Map<String, MonthDay> HOLIDAYS = Map.ofEntries(
            Map.entry("三八", MonthDay.of(3, 8)), Map.entry("五一", MonthDay.of(5, 1)),
            Map.entry("六一", MonthDay.of(6, 1)), Map.entry("七一", MonthDay.of(7, 1)),
            Map.entry("八一", MonthDay.of(8, 1)), Map.entry("国庆", MonthDay.of(10, 1)),
            Map.entry("汛期", MonthDay.of(5, 31)), Map.entry("暑假", MonthDay.of(6, 30)),
            Map.entry("暑期", MonthDay.of(6, 30)), Map.entry("秋季开学", MonthDay.of(8, 31)),
            Map.entry("秋季学期开学", MonthDay.of(8, 31)));

    private Deadlines() {
    }

    /** The deadline stated in {@code sentence}, or null for the end of {@code year}. */
    static LocalDate find(String sentence, int year) {
        Matcher m = FULL.matcher(sentence);
        if (m.find()) {
            int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
            int month = ItemSplitter.number(m.group(2));
            if (month >= 1 && month <= 12 && y > 0) {
                LocalDate d = m.group(3) != null
                        ? LocalDate.of(y, month, Math.min(ItemSplitter.number(m.group(3)), YearMonth.of(y, month).lengthOfMonth()))
                        : YearMonth.of(y, month).atEndOfMonth();
                return yearEnd(d, year);
            }
        }
        m = YEAR_END.matcher(sentence);
        if (m.find()) {
            return yearEnd(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31), year);
        }
        if (HALF.matcher(sentence).find() && year > 0) {
            return LocalDate.of(year, 6, 30);
        }
        m = QUARTER.matcher(sentence);
        if (m.find() && year > 0) {
            int q = ItemSplitter.number(m.group(1));
            return YearMonth.of(year, q * 3).atEndOfMonth();
        }
        m = HOLIDAY.matcher(sentence);
        if (m.find() && year > 0) {
            return HOLIDAYS.get(m.group(1)).atYear(year);
        }
        return null;
    }

    /**
     * The time a table's 完成时限 cell holds, or null for the year's end or none: besides what a sentence
     * says, a cell may hold a bare month or date (2025年6月, 2025.6, 2025-06-30), meaning its end.
     */
    static LocalDate inCell(String cell, int year) {
        String c = cell.replaceAll("[\\s　]+", "");
        LocalDate said = find(c, year);
        if (said != null || c.isEmpty() || saysYearEnd(c)) {
            return said;
        }
        Matcher m = BARE.matcher(c);
        if (!m.find()) {
            return null;
        }
        int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year;
        int month = ItemSplitter.number(m.group(2));
        if (month < 1 || month > 12 || y <= 0) {
            return null;
        }
        YearMonth ym = YearMonth.of(y, month);
        return yearEnd(m.group(3) != null ? ym.atDay(Math.min(Integer.parseInt(m.group(3)), ym.lengthOfMonth()))
                : ym.atEndOfMonth(), year);
    }

    /** True when the text names the year's end as its time (年内, 年底, 全年): no other clause's date applies. */
    static boolean saysYearEnd(String clause) {
        return YEAR_END_WORDS.matcher(clause).find();
    }

    /** The text with its deadline phrases taken out (9月底前全部投入使用 → 全部投入使用). */
    static String without(String sentence) {
        String s = sentence;
        for (Pattern p : new Pattern[] {FULL, YEAR_END, HALF, QUARTER}) {
            s = p.matcher(s).replaceAll("");
        }
        return s;
    }

    private static LocalDate yearEnd(LocalDate d, int year) {
        return d.equals(LocalDate.of(year, 12, 31)) ? null : d;
    }
}
