package cn.stampcheck.check;

import cn.stampcheck.report.Cell;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.report.NoReportTableException;
import cn.stampcheck.report.ReportTable;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.TitleInfo;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesLibrary;
import cn.stampcheck.rules.TableReader;
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
        return new Checker(library.checks()).check(workbook.fileName(), table, notice, q);
    }

    public RulesLibrary library() {
        return library;
    }

    /**
     * The library of the command line: the folders given with --rules-dir, then the bundled rules. A
     * ./rules folder in the working directory is not read: a file left there would otherwise silently
     * replace the bundled rules.
     */
    public static ReportChecker withDefaultRules(List<Path> extraFolders, TableReader tables) {
        List<Path> folders = new java.util.ArrayList<>(extraFolders);
        folders.add(RulesLibrary.bundled());
        return new ReportChecker(new RulesLibrary(folders, tables));
    }
}
