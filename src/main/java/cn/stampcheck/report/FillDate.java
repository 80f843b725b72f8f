package cn.stampcheck.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a report says it was filled in (填报时间：2024年7月3日, 填报日期 2024-07-03, 报送时间 7月3日) and the
 * quarter that had ended by then: what the report most likely speaks of when its title names no quarter
 * (a report filled 7月3日 is the second quarter's). Only a guess to preselect in the quarter dialog: reports
 * come late, so the checker never takes it as the quarter.
 */
public final class FillDate {

    private static final Pattern DATE = Pattern.compile(
            "(?:填报|填表|报送|上报)(?:时间|日期)[:：]?(?:(?:20\\d{2})[年./-])?(1[0-2]|0?[1-9])[月./-](3[01]|[12]\\d|0?[1-9])");

    private FillDate() {
    }

    /** The quarter (1–4) that had ended when the workbook says it was filled, or 0 when it says no date. */
    public static int quarterBefore(Workbook workbook) {
        for (Grid sheet : workbook.sheets()) {
            for (int r = 0; r < sheet.rowCount(); r++) {
                for (String cell : sheet.rows().get(r)) {
                    Matcher m = cell == null ? null : DATE.matcher(Text.compact(cell));
                    if (m != null && m.find()) {
                        return quarterEndedBefore(Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return 0;
    }

    /** The last quarter that ended before a month: 7月 → 2, 1月 → 4 (of the year before). */
    public static int quarterEndedBefore(int month) {
        return (month + 8) / 3 % 4 + 1;
    }
}
