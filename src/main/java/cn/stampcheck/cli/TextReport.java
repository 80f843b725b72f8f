package cn.stampcheck.cli;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Finding;
import cn.stampcheck.check.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The readable result: findings grouped by sheet row, in Chinese, with the counts at the end. */
public final class TextReport {

    private TextReport() {
    }

    public static String write(CheckResult r) {
        StringBuilder out = new StringBuilder();
        out.append(r.file()).append("（工作表“").append(r.sheet()).append("”，规则 ").append(r.rules())
                .append("，").append(r.year()).append("年第").append(r.quarter()).append("季度）\n");
        Map<Integer, List<Finding>> byRow = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            byRow.computeIfAbsent(f.cell().row(), k -> new java.util.ArrayList<>()).add(f);
        }
        byRow.forEach((row, findings) -> {
            Integer item = findings.get(0).item();
            out.append("第").append(row + 1).append("行");
            if (findings.stream().allMatch(f -> f.item() != null && f.item().equals(item))) {
                out.append("（第").append(item).append("项）");
            }
            out.append('\n');
            for (Finding f : findings) {
                out.append("  ").append(f.cell().address()).append(" [").append(f.severity().chinese())
                        .append(f.accepted() ? "·已说明" : "").append("] ")
                        .append(f.code().title()).append("：").append(f.message()).append('\n');
                if (f.accepted()) {
                    out.append("    说明：").append(f.explanation()).append('\n');
                }
            }
        });
        out.append(r.findings().isEmpty() ? "未发现问题。" : "")
                .append("共 ").append(r.count(Severity.ERROR)).append(" 个错误，")
                .append(r.count(Severity.WARNING)).append(" 个提醒")
                .append(r.accepted() > 0 ? "，" + r.accepted() + " 个已说明" : "").append("。\n");
        return out.toString();
    }
}
