package cn.stampcheck.check;

import cn.stampcheck.report.Cell;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.report.NoReportTableException;
import cn.stampcheck.report.ReportTable;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.TitleInfo;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.CheckRules;
import cn.stampcheck.rules.Item;
import cn.stampcheck.rules.Notice;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesLibrary;
import cn.stampcheck.rules.Target;
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
        Settled s = settle(workbook, rulesFile, quarter);
        return accepted(new Checker(library.checks()).check(workbook.fileName(), s.table, s.notice, s.quarter, null),
                workbook.sheets().get(s.table.sheetIndex()));
    }

    /**
     * The check, compared with the same department's report of the quarter before, same year and rules.
     *
     * @param previous what the earlier report said ({@link CheckResult#asPrevious()})
     */
    public CheckResult check(Workbook workbook, Path rulesFile, Integer quarter, PreviousQuarter previous)
            throws NoReportTableException, RulesException, UnknownQuarterException, PreviousQuarterMismatchException {
        Settled s = settle(workbook, rulesFile, quarter);
        requireComparable(previous, s.notice, s.quarter);
        return accepted(new Checker(library.checks()).check(workbook.fileName(), s.table, s.notice, s.quarter, previous),
                workbook.sheets().get(s.table.sheetIndex()));
    }

    /** The table found, the rules chosen and the quarter settled for one workbook. */
    private record Settled(ReportTable table, NoticeRules notice, int quarter) {
    }

    private Settled settle(Workbook workbook, Path rulesFile, Integer quarter)
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
        return new Settled(table, notice, q);
    }

    private static void requireComparable(PreviousQuarter previous, NoticeRules notice, int quarter)
            throws PreviousQuarterMismatchException {
        if (!previous.rules().equals(notice.source()) || previous.year() != notice.notice().year()) {
            throw new PreviousQuarterMismatchException("上季度报表 " + previous.file() + " 按 " + previous.rules()
                    + "（" + previous.year() + "年）核查，本表按 " + notice.source() + "（" + notice.notice().year()
                    + "年），无法对比");
        }
        if (previous.quarter() != quarter - 1) {
            throw new PreviousQuarterMismatchException("上季度报表 " + previous.file() + " 是第" + previous.quarter()
                    + "季度，不是本表（第" + quarter + "季度）的上一季度，无法对比");
        }
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

    /**
     * Loads what a first check needs before it comes: the shared checks, the given notice file, and one
     * throwaway check of a two-row report, which loads the rules engine's session, the table finder and
     * the figure reading (on a cold start as long as building the rules). Meant for a thread of its own
     * while the report is being read or the clerk has not clicked yet; a problem is left for the real
     * check to report.
     *
     * @param noticeFile the notice's rules file the check will use, or null when it is chosen later
     */
    public void warmUp(Path noticeFile) throws RulesException {
        CheckRules checks = library.checks();
        if (noticeFile != null) {
            library.notice(noticeFile);
        }
        Target target = Target.of(1, "宣讲").atLeast(4, "场").resolve(2024);
        NoticeRules notice = new NoticeRules("warm-up", new Notice(2024, "示例"),
                List.of(Item.of(1, "示例").units("区妇联").resolve(2024, List.of(target))), List.of(target));
        Grid sheet = new Grid("Sheet1", List.of(List.of("2024年示例进展情况表（第三季度）"),
                List.of("序号", "实事名称", "责任单位", "进度情况", "完成时限"),
                List.of("1", "示例", "区妇联", "累计开展宣讲3场。", "2024年12月31日"),
                List.of("2", "其他", "", "", "长期")), List.of());
        try {
            new Checker(checks).check("warm-up", TableFinder.find(new Workbook("warm-up.xlsx", List.of(sheet))),
                    notice, 3, null);
        } catch (NoReportTableException e) {
            throw new IllegalStateException("the warm-up's own table is not found", e);
        }
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
