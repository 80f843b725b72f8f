package cn.stampcheck.calc;

import cn.stampcheck.files.WorkbookFiles;
import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.PreviousQuarter;
import cn.stampcheck.check.PreviousQuarterMismatchException;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.check.Severity;
import cn.stampcheck.check.UnknownQuarterException;
import cn.stampcheck.cli.ReportFiles;
import cn.stampcheck.cli.UnreadableReportException;
import cn.stampcheck.report.FillDate;
import cn.stampcheck.report.NoReportTableException;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.AmbiguousRulesException;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesLibrary;
import com.sun.star.frame.XController;
import com.sun.star.frame.XDesktop;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.system.SystemShellExecuteFlags;
import com.sun.star.system.XSystemShellExecute;
import com.sun.star.uno.XComponentContext;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The commands behind the {@code stampcheck:} URLs. Each works out everything before it touches the
 * document and returns a one-line Chinese outcome; a refusal leaves the document as it was.
 */
final class Commands {

    /** What a command says to the clerk; quiet ones go to the status bar even when interactive. */
    record Outcome(boolean ok, String message, boolean quiet) {
        static Outcome ok(String message) {
            return new Outcome(true, message, false);
        }

        static Outcome refused(String message) {
            return new Outcome(false, message, false);
        }

        static Outcome quiet(String message) {
            return new Outcome(true, message, true);
        }
    }

    private final XComponentContext ctx;
    private final XFrame frame;
    private final Ui ui;
    private final Map<String, Object> args;

    Commands(XComponentContext ctx, XFrame frame, Ui ui, Map<String, Object> args) {
        this.ctx = ctx;
        this.frame = frame;
        this.ui = ui;
        this.args = args;
    }

    Outcome run(String command) throws Exception {
        return switch (command) {
            case "check" -> check();
            case "clear" -> clear();
            case "next" -> move(true);
            case "previous" -> move(false);
            case "chooseRules" -> chooseRules();
            case "openRulesFolder" -> openRulesFolder();
            case "draftRules" -> new DraftRules(ctx, ui, args).run();
            case "lintRules" -> new LintRules(ctx, ui).run();
            case "activateDraft" -> new ActivateDraft(ctx, ui, args).run();
            case "checkFolder" -> new CheckFolder(ctx, ui, args, library()).run();
            case "comparePrevious" -> comparePrevious();
            case "explain" -> new Explain(model(), ui, args).explain();
            case "clearExplanations" -> new Explain(model(), ui, args).clearAll();
            default -> Outcome.refused("未知命令：stampcheck:" + command);
        };
    }

    // ---- check -------------------------------------------------------------------------------------

    private Outcome check() throws Exception {
        XModel model = model();
        String refused = refusalToChange(model, "核查");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        XSpreadsheetDocument doc = qi(XSpreadsheetDocument.class, model);
        DocProps props = new DocProps(model);
        ui.progress("核查：读取表格…", 5);
        long t0 = System.nanoTime();
        Workbook workbook = SheetReader.read(doc, fileName(model));
        long t1 = System.nanoTime();

        ui.progress("核查：运行规则…", 20);
        Path rules;
        try {
            rules = rulesFile(props);
        } catch (IllegalArgumentException e) {
            return Outcome.refused("未核查：" + e.getMessage());
        }
        Integer quarter = quarterArgument();
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            return Outcome.refused("未核查：季度应为1到4，而不是" + quarter + "。");
        }
        Warmup.await();
        ReportChecker checker = new ReportChecker(library());
        PreviousQuarter previous;
        try {
            previous = previousQuarter(props, checker, rules);
        } catch (IllegalArgumentException e) {
            return Outcome.refused("未核查：" + e.getMessage());
        }
        CheckResult result;
        Integer asked = null;
        try {
            try {
                result = check(checker, workbook, rules, quarter, previous);
            } catch (UnknownQuarterException e) {
                Integer q = rememberedQuarter(props);
                if (q == null && ui.interactive()) {
                    ui.endProgress();
                    q = asked = ui.askQuarter(e.getMessage(), likelyQuarter(workbook));
                    if (q == null) {
                        return Outcome.quiet("已取消核查。");
                    }
                }
                if (q == null) {
                    return Outcome.refused("未核查：" + e.getMessage() + "。");
                }
                result = check(checker, workbook, rules, q, previous);
            }
        } catch (NoReportTableException e) {
            return Outcome.refused("未核查：" + e.getMessage() + "。");
        } catch (AmbiguousRulesException e) {
            return Outcome.refused("未核查：" + e.conflict() + "。请用“核查 ▸ 打开规则文件夹”删去或改名其中一个"
                    + "（新生成的草稿应留在“草稿”文件夹，用“核查 ▸ 启用规则草稿…”启用），或用“核查 ▸ 选择规则文件…”为本文档指定一个。");
        } catch (RulesException e) {
            return Outcome.refused("未核查：规则有误：" + e.getMessage());
        } catch (UnknownQuarterException | PreviousQuarterMismatchException e) {
            return Outcome.refused("未核查：" + e.getMessage() + "。");
        }

        long t2 = System.nanoTime();
        ui.progress("核查：准备标记…", 40);
        Marker marker = new Marker(doc);
        Marker.Plan plan = marker.planCheck(result, MarkState.parse(props.get(MarkState.PROPERTY)));
        long tPlan = System.nanoTime();
        String refusal = marker.refusal(plan, !marker.hasResultSheet());
        if (refusal != null) {
            return Outcome.refused("未核查：" + refusal);
        }
        boolean inserted = marker.insertResultSheet();
        try {
            marker.apply(plan, "核查", new ResultSheet(result, LocalDateTime.now()), ui.progress("核查：标记单元格…", 50));
        } catch (Exception e) {
            if (inserted) {
                marker.removeResultSheet();
            }
            throw e;
        }
        props.put(MarkState.PROPERTY, plan.state.format());
        showFirstMark(model, doc);
        long t3 = System.nanoTime();
        Log.info("check timings: read " + (t1 - t0) / 1_000_000 + " ms, rules " + (t2 - t1) / 1_000_000
                + " ms, plan " + (tPlan - t2) / 1_000_000 + " ms, mark " + (t3 - tPlan) / 1_000_000 + " ms (" + result.findings().size() + " findings)");
        if (asked != null) {
            props.put(DocProps.QUARTER, asked.toString());
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        String what = "（第" + result.quarter() + "季度，" + result.noticeName()
                + (previous == null ? "" : "，与第" + previous.quarter() + "季度的 " + previous.file() + " 对比") + "）";
        String accepted = result.accepted() == 0 ? "" : "，已说明 " + result.accepted() + " 处";
        return Outcome.ok(errors + warnings == 0 && result.accepted() == 0
                ? "核查完成" + what + "：未发现问题。"
                : "核查完成" + what + "：错误 " + errors + " 处，提醒 " + warnings + " 处" + accepted + "，详见“核查结果”工作表。");
    }

    /**
     * After a check the view shows the checked sheet at its first mark, also when the clerk was on another
     * sheet (填报说明): the marks are what she looks at next, and 下一处 goes on from there.
     */
    private static void showFirstMark(XModel model, XSpreadsheetDocument doc) throws com.sun.star.uno.Exception {
        Marker after = new Marker(doc);
        List<Marker.At> marks = after.marked();
        if (!marks.isEmpty() && model.getCurrentController() != null) {
            Navigator.show(after, model.getCurrentController(), marks.get(0));
        }
    }

    private static CheckResult check(ReportChecker checker, Workbook workbook, Path rules, Integer quarter,
                                     PreviousQuarter previous)
            throws NoReportTableException, RulesException, UnknownQuarterException, PreviousQuarterMismatchException {
        return previous == null ? checker.check(workbook, rules, quarter) : checker.check(workbook, rules, quarter, previous);
    }

    /**
     * What last quarter's report remembered in the document said, checked with the same rules; null when
     * none is remembered.
     *
     * @throws IllegalArgumentException with the reason when it cannot be read or checked
     */
    private static PreviousQuarter previousQuarter(DocProps props, ReportChecker checker, Path rules) {
        String remembered = props.get(DocProps.PREVIOUS);
        if (remembered == null || remembered.isBlank()) {
            return null;
        }
        Path file = Path.of(remembered);
        try {
            return checker.check(ReportFiles.read(file), rules, null).asPrevious();
        } catch (UnreadableReportException | NoReportTableException | RulesException | UnknownQuarterException e) {
            throw new IllegalArgumentException("上季度报表 " + file.getFileName() + "：" + e.getMessage()
                    + "。（用“与上季度对比…”另选一份）", e);
        }
    }

    // ---- compare with last quarter -----------------------------------------------------------------

    /**
     * 与上季度对比…: remembers last quarter's report in the document ({@value DocProps#PREVIOUS}; dispatch
     * argument {@code Previous}, an empty one forgets it) and checks; every later check compares too. A
     * refused check leaves the document as it was, the remembered report included.
     */
    private Outcome comparePrevious() throws Exception {
        XModel model = model();
        if (qi(XSpreadsheetDocument.class, model) == null) {
            return Outcome.refused("只能用于电子表格（Calc）文档。");
        }
        DocProps props = new DocProps(model);
        String chosen = string(args.get("Previous"));
        if (chosen == null && ui.interactive()) {
            String url = model.getURL();
            chosen = ui.pickReportFile(url == null || url.isEmpty() ? null : url.substring(0, url.lastIndexOf('/') + 1));
            if (chosen == null) {
                return Outcome.quiet("未更改上季度报表。");
            }
        }
        if (chosen == null || chosen.isBlank()) {
            props.remove(DocProps.PREVIOUS);
            return Outcome.ok("本文档不再与上季度报表对比。");
        }
        Path file = toPath(chosen);
        if (!Files.isRegularFile(file)) {
            return Outcome.refused("未对比：找不到文件 " + file + "。");
        }
        String before = props.get(DocProps.PREVIOUS);
        props.put(DocProps.PREVIOUS, file.toString());
        Outcome outcome = check();
        if (!outcome.ok()) {
            if (before == null) {
                props.remove(DocProps.PREVIOUS);
            } else {
                props.put(DocProps.PREVIOUS, before);
            }
        }
        return outcome;
    }

    private Path rulesFile(DocProps props) {
        String given = string(args.get("Rules"));
        if (given == null || given.isBlank()) {
            given = props.get(DocProps.RULES);
        }
        if (given == null || given.isBlank()) {
            return null;
        }
        Path p = toPath(given);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("找不到规则文件：" + p);
        }
        return p;
    }

    private Integer quarterArgument() {
        Object q = args.get("Quarter");
        if (q == null || q instanceof String s && s.isBlank()) {
            return null;
        }
        return Uno.toInt(q, 0);
    }

    /**
     * The quarter to preselect when the report names none: the one that had ended when the report says it
     * was filled in (填报时间), else the one that has ended by today.
     */
    private static int likelyQuarter(Workbook workbook) {
        int filled = FillDate.quarterBefore(workbook);
        return filled != 0 ? filled : FillDate.quarterEndedBefore(java.time.LocalDate.now().getMonthValue());
    }

    private static Integer rememberedQuarter(DocProps props) {
        int q = Uno.toInt(props.get(DocProps.QUARTER), 0);
        return q >= 1 && q <= 4 ? q : null;
    }

    // ---- clear -------------------------------------------------------------------------------------

    private Outcome clear() throws Exception {
        XModel model = model();
        String refused = refusalToChange(model, "清除核查标记");
        if (refused != null) {
            return Outcome.refused(refused);
        }
        XSpreadsheetDocument doc = qi(XSpreadsheetDocument.class, model);
        DocProps props = new DocProps(model);
        Marker marker = new Marker(doc);
        int count = marker.marked().size();
        if (count == 0 && !marker.hasResultSheet()) {
            props.remove(MarkState.PROPERTY);
            return Outcome.quiet("没有核查标记需要清除。");
        }
        Marker.Plan plan = marker.planClear(MarkState.parse(props.get(MarkState.PROPERTY)));
        String refusal = marker.refusal(plan, marker.hasResultSheet());
        if (refusal != null) {
            return Outcome.refused("未清除：" + refusal);
        }
        long t0 = System.nanoTime();
        if (!plan.isEmpty() || marker.hasResultSheet()) {
            marker.apply(plan, "清除核查标记", marker.hasResultSheet() ? ResultSheet.empty() : null,
                    ui.progress("清除核查标记…", 50));
        }
        long t1 = System.nanoTime();
        marker.removeResultSheet();
        Log.info("clear timings: marks " + (t1 - t0) / 1_000_000 + " ms, result sheet " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        props.remove(MarkState.PROPERTY);
        return Outcome.quiet("已清除 " + count + " 处核查标记。");
    }

    // ---- next / previous ---------------------------------------------------------------------------

    private Outcome move(boolean forward) throws Exception {
        XModel model = model();
        XSpreadsheetDocument doc = qi(XSpreadsheetDocument.class, model);
        if (doc == null) {
            return Outcome.refused("只能用于电子表格（Calc）文档。");
        }
        XController controller = model.getCurrentController();
        return Outcome.quiet(Navigator.move(new Marker(doc), controller, forward));
    }

    // ---- rules -------------------------------------------------------------------------------------

    private Outcome chooseRules() throws Exception {
        XModel model = model();
        if (qi(XSpreadsheetDocument.class, model) == null) {
            return Outcome.refused("只能用于电子表格（Calc）文档。");
        }
        DocProps props = new DocProps(model);
        String chosen = string(args.get("Rules"));
        if (chosen == null && ui.interactive()) {
            Path folder = UserFiles.rulesFolder(ctx);
            String url = ui.pickRulesFile(folder.toUri().toString());
            if (url == null) {
                return Outcome.quiet("未更改规则文件。");
            }
            chosen = url;
        }
        if (chosen == null || chosen.isBlank()) {
            props.remove(DocProps.RULES);
            return Outcome.ok("本文档将按标题中的年份和地区自动选择规则文件。");
        }
        Path p = toPath(chosen);
        try {
            library().notice(p);
        } catch (RulesException e) {
            return Outcome.refused("未采用该规则文件：" + e.getMessage());
        }
        props.put(DocProps.RULES, p.toString());
        return Outcome.ok("本文档将使用规则文件：" + p);
    }

    /**
     * Opens the clerk's rules folder in the file manager; where there is none (see {@link FileManager}), shows
     * the path to copy instead of doing nothing.
     */
    private Outcome openRulesFolder() throws Exception {
        Path folder = UserFiles.rulesFolder(ctx);
        String message = "规则文件夹：" + folder;
        if (!ui.interactive()) {
            return Outcome.quiet(message);
        }
        if (FileManager.present()) {
            try {
                XSystemShellExecute shell = qi(XSystemShellExecute.class,
                        Uno.service(ctx, "com.sun.star.system.SystemShellExecute"));
                shell.execute(folder.toUri().toString(), "", SystemShellExecuteFlags.URIS_ONLY);
                return Outcome.quiet(message);
            } catch (Exception e) {
                Log.error("cannot open " + folder, e);
            }
        }
        ui.endProgress();
        return Outcome.quiet(ui.showFolder("规则文件夹", folder.toString()) ? message + "（路径已复制）" : message);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    RulesLibrary library() {
        List<Path> folders = new ArrayList<>();
        try {
            folders.add(UserFiles.rulesFolder(ctx));
        } catch (IOException e) {
            Log.error("cannot prepare the user rules folder; using the bundled rules only", e);
        }
        folders.add(RulesLibrary.bundled());
        return new RulesLibrary(folders, WorkbookFiles::readTable);
    }

    private XModel model() throws Exception {
        if (frame != null && frame.getController() != null) {
            return frame.getController().getModel();
        }
        XDesktop desktop = qi(XDesktop.class, Uno.service(ctx, "com.sun.star.frame.Desktop"));
        return qi(XModel.class, desktop.getCurrentComponent());
    }

    /**
     * Why a command that changes the document (its marks, its explanations) may not run here: not a
     * spreadsheet, or opened read-only; null when it may.
     */
    static String refusalToChange(XModel model, String what) {
        if (qi(XSpreadsheetDocument.class, model) == null) {
            return what + "只能用于电子表格（Calc）文档。";
        }
        XStorable s = qi(XStorable.class, model);
        return s != null && s.isReadonly() ? "未" + what + "：文档是只读的。请点击“编辑文档”或另存一份后再" + what + "。" : null;
    }

    private static String fileName(XModel model) {
        String url = model.getURL();
        if (url != null && !url.isEmpty()) {
            try {
                return Path.of(new URI(url)).getFileName().toString();
            } catch (Exception e) {
                return url.substring(url.lastIndexOf('/') + 1);
            }
        }
        return "";
    }

    static Path toPath(String given) {
        String s = given.strip();
        if (s.startsWith("file:")) {
            return Path.of(URI.create(s));
        }
        return Path.of(s).toAbsolutePath();
    }

    static String string(Object o) {
        if (o instanceof com.sun.star.uno.Any any) {
            o = any.getObject();
        }
        return o == null ? null : o.toString();
    }
}
