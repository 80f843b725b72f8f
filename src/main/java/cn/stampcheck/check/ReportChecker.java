package cn.stampcheck.check;

import cn.stampcheck.marks.Explanation;
import cn.stampcheck.report.Cell;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.report.NoReportTableException;
import cn.stampcheck.report.ReportTable;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.TitleInfo;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesLibrary;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole check of one opened workbook, as the command line and the office extension both run it:
 * find the table, pick the rules (given, or from the title's year and place), settle the quarter
 * (given, or from the title, sheet or file name) and run the shared checks.
 */
public final class ReportChecker {

    private final RulesLibrary library;

    public ReportChecker(RulesLibrary library) {
        this.library = library;
    }

    /**
     * @param rulesFile the notice's rules file, or null to choose one from the library
     * @param quarter   1–4, or null to read it from the report
     */
    public CheckResult check(Workbook workbook, Path rulesFile, Integer quarter)
            throws NoReportTableException, RulesException, UnknownQuarterException {
        ReportTable table = TableFinder.find(workbook);
        TitleInfo title = TitleInfo.read(table.title(), table.sheet(), workbook.fileName());
        NoticeRules notice = rulesFile != null
                ? library.notice(rulesFile)
                : library.choose(title.year(), table.title() + " " + table.sheet() + " " + workbook.fileName(),
                        table.rows().stream().map(ItemRow::name).map(Cell::text).toList());
        int q = quarter != null ? quarter : title.quarter();
        if (q < 1 || q > 4) {
            throw new UnknownQuarterException(quarter != null
                    ? "季度应为1到4，而不是" + quarter
                    : "无法从标题、工作表名或文件名判断是第几季度，请指定季度");
        }
        CheckResult result = new Checker(library.checks()).check(workbook.fileName(), table, notice, q);
        return accepted(result, workbook.sheets().get(table.sheetIndex()));
    }

    /** The findings on cells whose comment holds a clerk's 【说明】 line become accepted. */
    private static CheckResult accepted(CheckResult r, Grid sheet) {
        if (sheet.comments().isEmpty()) {
            return r;
        }
        List<Finding> findings = r.findings().stream()
                .map(f -> Explanation.find(sheet.comment(f.cell())).map(e -> f.accept(e.text())).orElse(f))
                .toList();
        return r.withFindings(findings);
    }

    public RulesLibrary library() {
        return library;
    }

    /** The library of the command line: ./rules if present, then the bundled rules. */
    public static ReportChecker withDefaultRules(List<Path> extraFolders) {
        List<Path> folders = new java.util.ArrayList<>(extraFolders);
        folders.add(Path.of("rules"));
        folders.add(RulesLibrary.bundled());
        return new ReportChecker(new RulesLibrary(folders));
    }
}
