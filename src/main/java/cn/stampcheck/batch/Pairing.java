package cn.stampcheck.batch;

import cn.stampcheck.check.PreviousQuarter;
import cn.stampcheck.report.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which report of a folder run is the same department's report of the previous quarter: checked with the
 * same rules (so the same year), one quarter earlier, and with the same file-name stem — the file name
 * without extension, year and quarter words, spaces and punctuation, which is where departments put their
 * name (区教体局2024年第二季度进展情况.xlsx and 区教体局2024年第三季度进展情况.xlsx). When two earlier
 * files would fit, none is used and the overview says so.
 */
final class Pairing {

    private static final Pattern PERIOD = Pattern.compile(
            "(?:19|20)\\d{2}年?|第?[1-4一二三四]季度?|[Qq][1-4]|上半年|下半年|前三季度|全年|年度|"
                    + "1[-—–~至到](?:3|6|9|12)月|截[至止]\\d{1,2}月底?");

    private Pairing() {
    }

    static String stem(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return Text.bare(PERIOD.matcher(Text.compact(name)).replaceAll(""));
    }

    /** The earlier report each result is to be compared with, or the reason it is not; by index. */
    record Pair(int current, int previous, String note) {
    }

    static List<Pair> pairs(List<FileResult> results) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            PreviousQuarter p = results.get(i).asPrevious();
            if (p != null) {
                byKey.computeIfAbsent(key(p.rules(), p.quarter(), results.get(i).summary().file()), k -> new ArrayList<>())
                        .add(i);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            PreviousQuarter p = results.get(i).asPrevious();
            if (p == null || p.quarter() == 1) {
                continue;
            }
            List<Integer> earlier = byKey.getOrDefault(key(p.rules(), p.quarter() - 1, results.get(i).summary().file()), List.of());
            if (earlier.size() == 1) {
                pairs.add(new Pair(i, earlier.get(0), ""));
            } else if (earlier.size() > 1) {
                pairs.add(new Pair(i, -1, "未对比：第" + (p.quarter() - 1) + "季度有 " + earlier.size() + " 份同名报表"));
            }
        }
        return pairs;
    }

    private static String key(String rules, int quarter, Path file) {
        return rules + "\u0000" + quarter + "\u0000" + stem(file);
    }
}
