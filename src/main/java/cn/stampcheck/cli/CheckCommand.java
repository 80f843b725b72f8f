package cn.stampcheck.cli;

import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.batch.Status;
import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.PreviousQuarter;
import cn.stampcheck.check.PreviousQuarterMismatchException;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.check.UnknownQuarterException;
import cn.stampcheck.poi.Annotator;
import cn.stampcheck.report.NoReportTableException;
import cn.stampcheck.report.Text;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.RulesException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stampcheck check}: checks report files and prints the findings (contract §5); with
 * {@code --previous} compares them with last quarter's report, with {@code --overview} writes one overview
 * of many files instead ({@link OverviewRun}). Exit status 0 when no error finding, 1 when at least one,
 * 2 when a file could not be checked ({@link Status}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "核查进展情况表 / Check report files (.xlsx, .xls, .ods).")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "FILE", description = "规则文件；默认按标题中的年份和地区选择")
    Path rules;

    @Option(names = "--quarter", paramLabel = "N", description = "季度 1-4；默认从标题或文件名读出")
    Integer quarter;

    @Option(names = "--format", defaultValue = "text", description = "text 或 json (默认 ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--annotate", paramLabel = "DIR", description = "把加了批注和底色的副本写到此文件夹（不改原文件）")
    Path annotate;

    @Option(names = "--rules-dir", paramLabel = "DIR", description = "另外的规则文件夹，优先于内置规则（工作目录下的 ./rules 不会自动读取）")
    List<Path> rulesDirs = new ArrayList<>();

    @Option(names = "--overview", paramLabel = "XLSX", description = "把所有文件（文件夹含子文件夹）的核查结果写成一份总览")
    Path overview;

    @Option(names = "--force", description = "覆盖已有的总览文件")
    boolean force;

    @Option(names = "--previous", paramLabel = "FILE", description = "同一单位上季度的报表：与之对比累计数和完成时限")
    Path previous;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "要核查的文件（用 --overview 时也可以是文件夹）")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportChecker checker = ReportChecker.withDefaultRules(rulesDirs, WorkbookFiles::readTable);
        warmUp(checker);
        if (overview != null) {
            if (format == Format.json || annotate != null || previous != null) {
                err.println("stampcheck: --overview 不与 --format json、--annotate、--previous 同用（文件夹中的上季度报表自动配对）");
                return ExitCode.REFUSED.code();
            }
            return OverviewRun.run(checker, files, overview, force, rules, quarter, out, err);
        }
        PreviousQuarter earlier = null;
        if (previous != null) {
            try {
                earlier = checker.check(ReportFiles.read(previous), rules, null).asPrevious();
            } catch (UnreadableReportException | NoReportTableException | RulesException | UnknownQuarterException e) {
                err.println("上季度报表 " + previous + ": " + Text.oneLine(e.getMessage()));
                return ExitCode.REFUSED.code();
            }
        }
        List<CheckResult> results = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                Workbook workbook = ReportFiles.read(file);
                CheckResult result = earlier == null
                        ? checker.check(workbook, rules, quarter)
                        : checker.check(workbook, rules, quarter, earlier);
                results.add(result);
                if (format == Format.text) {
                    out.print(TextReport.write(result));
                    out.flush();
                }
            } catch (UnreadableReportException | NoReportTableException | RulesException
                     | UnknownQuarterException | PreviousQuarterMismatchException e) {
                err.println(file + ": " + Text.oneLine(e.getMessage()));
                failed = true;
                continue;
            }
            if (annotate != null) {
                failed |= !annotate(file, results.get(results.size() - 1), err);
            }
        }
        if (format == Format.json && !results.isEmpty()) {
            out.println(JsonReport.write(results));
        }
        out.flush();
        return ExitCode.of(failed ? Status.UNCHECKABLE
                : results.stream().map(Status::of).reduce(Status.READY, Status::worse)).code();
    }

    /**
     * Writes the annotated copy; a name already taken gets a number, said on standard error. A failure
     * (a full disk, a file-size limit, a folder that cannot be written) is one line and leaves no file.
     */
    private boolean annotate(Path file, CheckResult result, PrintWriter err) {
        try {
            Path copy = Annotator.writeCopy(file, result, annotate);
            if (!copy.getFileName().equals(file.getFileName())) {
                err.println(file + ": 副本写为 " + copy + "（" + annotate.resolve(file.getFileName())
                        + " 已存在，不覆盖）");
            }
            return true;
        } catch (IOException e) {
            err.println(file + ": 未写出带标记的副本：" + writeFailure(e) + "（没有留下不完整的文件，原文件未改动）");
            return false;
        }
    }

    private String writeFailure(IOException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        if (root instanceof AccessDeniedException || m.contains("Permission denied") || m.contains("Read-only file system")) {
            return "文件夹 " + annotate + " 不能写入（没有权限或只读）";
        }
        if (root instanceof FileAlreadyExistsException && !Files.isDirectory(annotate)) {
            return annotate + " 不是文件夹";
        }
        if (m.contains("No space left")) {
            return "磁盘空间不足";
        }
        if (m.contains("File too large")) {
            return "超过文件大小限制";
        }
        return Text.oneLine(m);
    }

    /** Loads the rules and the check's classes on a second thread while the first report is read. */
    private void warmUp(ReportChecker checker) {
        Thread t = new Thread(() -> {
            try {
                checker.warmUp(rules);
            } catch (RulesException | RuntimeException ignored) {
                // reported again, with its message, by the check that needs these rules
            }
        }, "stampcheck-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
