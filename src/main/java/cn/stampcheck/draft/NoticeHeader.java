package cn.stampcheck.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year and the issuing place of a notice, read from its head: the office line
 * (临淄区人民政府办公室) and the title (关于做好2021年为全区妇女儿童办实事工作的通知). Either may be
 * unknown (0 / empty) when the text does not say; the caller then asks the clerk.
 */
public record NoticeHeader(int year, String place, String title) {

    /** A place at the start of the office line or title: 费县人民政府…, 日照市发布2023年…, 蒙阴县2024年…. */
    private static final Pattern PLACE = Pattern.compile(
            "^(?![各全本我])([\\u4e00-\\u9fa5]{1,8}?(?:自治县|自治旗|区|县|市|旗))(?:人民政府|政府办公室|妇女儿童工作委员会|妇儿工委|发布|20\\d{2}年)");
    /** An office named inside a line, not preceded by other Chinese text that could belong to the name. */
    private static final Pattern PLACE_ANYWHERE = Pattern.compile(
            "(?:^|[^\\u4e00-\\u9fa5]|关于|印发)([\\u4e00-\\u9fa5]{1,6}?(?:自治县|自治旗|区|县|市|旗))(?:人民政府办公室|人民政府|妇女儿童工作委员会)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    /** 济南市莱芜区 → 莱芜区: the district's own name, as its reports and rules files call it. */
    private static String district(String place) {
        int city = place.indexOf('市');
        return city > 0 && city < place.length() - 2 && place.matches(".*[区县旗]$") ? place.substring(city + 1) : place;
    }

    /** Reads the header from the lines before the first item (or the whole text when items start late). */
    public static NoticeHeader read(List<String> head, String fileName) {
        String place = "";
        for (String line : head) {
            Matcher m = PLACE.matcher(Chinese.compact(line).replaceFirst("^关于", ""));
            if (m.find()) {
                place = m.group(1);
                break;
            }
        }
        if (place.isEmpty()) {
            for (String line : head) {
                Matcher m = PLACE_ANYWHERE.matcher(Chinese.compact(line));
                if (m.find()) {
                    place = m.group(1);
                    break;
                }
            }
        }
        int year = 0;
        String title = "";
        for (String line : head) {
            String c = Chinese.compact(line);
            Matcher m = YEAR.matcher(c);
            if (m.find() && (c.contains("实事") || c.contains("妇女儿童") || c.contains("通知"))) {
                year = Integer.parseInt(m.group(1));
                title = c;
                break;
            }
        }
        if (year == 0) {
            for (String line : head) {
                String c = Chinese.compact(line);
                if (c.contains("实事") && (c.startsWith("关于") || c.endsWith("通知") || c.endsWith("清单"))) {
                    title = c;
                }
                Matcher m = YEAR.matcher(c);
                if (year == 0 && m.find()) {
                    year = Integer.parseInt(m.group(1));
                }
            }
        }
        if (year == 0 && fileName != null) {
            Matcher m = FILE_YEAR.matcher(fileName);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
            }
        }
        return new NoticeHeader(year, district(place), title);
    }
}
