package cn.stampcheck.report;

import cn.stampcheck.extract.Numerals;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year and quarter a report speaks of, read from its title (or sheet or file name):
 * 2024年…（第三季度）, 三季度, 第3季度, Q3, 前三季度, 上半年, 1-9月.
 *
 * @param year    0 when no year is written
 * @param quarter 0 when no quarter is written
 */
public record TitleInfo(int year, int quarter) {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2}|二[〇零][一二三四五六七八九〇零]{2})\\s*年?");
    private static final Pattern QUARTER = Pattern.compile("([1-4一二三四])\\s*季|[Qq]([1-4])");
    private static final Pattern MONTHS = Pattern.compile("1\\s*[-—–~至到]\\s*(3|6|9|12)\\s*月");
    /** 截至2024年9月底: the quarter the month ends (a fill-in date alone says nothing: reports come late). */
    private static final Pattern AS_OF = Pattern.compile("截[至止](?:20\\d{2}年)?(1[0-2]|[1-9])月");

    /** Reads each text in turn; the first that tells the year (or quarter) wins. */
    public static TitleInfo read(String... texts) {
        int year = 0;
        int quarter = 0;
        for (String raw : texts) {
            if (raw == null) {
                continue;
            }
            String t = Text.compact(raw);
            if (year == 0) {
                Matcher y = YEAR.matcher(t);
                if (y.find()) {
                    year = Numerals.parse(y.group(1)).map(BigDecimal::intValue).orElse(0);
                }
            }
            if (quarter == 0) {
                quarter = quarter(t);
            }
        }
        return new TitleInfo(year, quarter);
    }

    private static int quarter(String t) {
        if (t.contains("上半年")) {
            return 2;
        }
        if (t.contains("前三季度")) {
            return 3;
        }
        if (t.contains("下半年") || t.contains("全年") || t.contains("年度总结")) {
            return 4;
        }
        Matcher m = MONTHS.matcher(t);
        if (m.find()) {
            return Integer.parseInt(m.group(1)) / 3;
        }
        Matcher asOf = AS_OF.matcher(t);
        if (asOf.find()) {
            return (Integer.parseInt(asOf.group(1)) + 2) / 3;
        }
        Matcher q = QUARTER.matcher(t);
        if (q.find()) {
            return Numerals.parse(q.group(1) != null ? q.group(1) : q.group(2)).map(BigDecimal::intValue).orElse(0);
        }
        return 0;
    }
}
