package cn.stampcheck.lint;

import cn.stampcheck.draft.MeasureUnits;
import cn.stampcheck.draft.Traditional;
import cn.stampcheck.report.Cell;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Text;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeFacts;
import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.NoticeTable;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lints one notice table at its cells: first what the loader refuses (a threshold that is not a positive
 * number, a date that does not exist, a 比较 or 考核方式 not in the list, a duplicate 序号 or 目标 …),
 * then what loads but is probably a mistake: a unit the figure reader does not know, a 关键词 that occurs
 * nowhere in the item's quoted 通知原文, a deadline outside the notice's year.
 */
final class TableLinter {

    private static final Pattern WHERE = Pattern.compile("^ ?(.+)!([A-Z]+)(\\d+)$");

    private TableLinter() {
    }

    static List<LintFinding> lint(String name, Workbook workbook, int folderYear) {
        List<LintFinding> out = new ArrayList<>();
        NoticeFacts facts;
        try {
            NoticeLoader.load(workbook, name);
            facts = NoticeTable.read(workbook, name);
        } catch (RulesException e) {
            String message = e.getMessage().startsWith(name)
                    ? e.getMessage().substring(name.length()).replaceFirst("^[\\s：:]+", "") : e.getMessage();
            out.add(new LintFinding(name, 0, "TABLE", message));
            return out;
        }
        Grid grid = workbook.sheets().stream().filter(g -> g.name().equals(NoticeTable.SHEET)).findFirst().orElseThrow();
        int year = facts.notices().get(0).value().year();
        if (folderYear != 0 && folderYear != year) {
            out.add(new LintFinding(name, 0, "NOTICE", NoticeTable.SHEET + "!B1：文件在 " + folderYear + " 年的文件夹里，表中却写的是 "
                    + year + " 年"));
        }
        int quoteCol = NoticeTable.column(grid, "通知原文");
        int numberCol = NoticeTable.column(grid, "序号");
        for (NoticeFacts.Declared<Target> d : facts.targets()) {
            Matcher m = WHERE.matcher(d.where());
            if (!m.matches()) {
                continue;
            }
            int row = Integer.parseInt(m.group(3)) - 1;
            Target t = d.value();
            String what = "第" + t.item() + "项目标“" + t.label() + "”";
            if (!MeasureUnits.known(t.unit())) {
                out.add(at(name, grid, row, "单位", "UNKNOWN_UNIT", what + "的单位“" + t.unit()
                        + "”不是程序认识的计量单位（如 场、名、所、个、%），请检查是否写错"));
            }
            for (String a : t.aliases()) {
                if (!MeasureUnits.known(a)) {
                    out.add(at(name, grid, row, "同义单位", "UNKNOWN_UNIT", what + "的同义单位“" + a + "”不是程序认识的计量单位，请检查是否写错"));
                }
            }
            if (t.deadline() != null && t.deadline().getYear() != year) {
                out.add(at(name, grid, row, "完成时限", "DEADLINE_OUTSIDE_YEAR", what + "的完成时限 " + t.deadline()
                        + " 不在通知的 " + year + " 年内"));
            }
            StringBuilder quoted = new StringBuilder();
            for (int r = 0; r < grid.rowCount(); r++) {
                if (grid.text(r, numberCol).strip().equals(grid.text(row, numberCol).strip())) {
                    quoted.append(grid.text(r, quoteCol));
                }
            }
            String sentence = Text.bare(Traditional.asSimplified(quoted.toString()));
            if (!sentence.isEmpty()) {
                for (String k : t.keywords()) {
                    String bare = Text.bare(k);
                    if (!bare.isEmpty() && !sentence.contains(bare)) {
                        out.add(at(name, grid, row, "关键词", "KEYWORD_NOT_IN_SENTENCE", what + "的关键词“" + k
                                + "”不在本项的通知原文中；如确是进度情况里的说法，请在通知原文中注明（如 关键词：" + k + "）"));
                    }
                }
            }
        }
        return out;
    }

    private static LintFinding at(String name, Grid grid, int row, String column, String code, String message) {
        return new LintFinding(name, 0, code, grid.name() + "!" + Cell.address(row, NoticeTable.column(grid, column)) + "：" + message);
    }
}
