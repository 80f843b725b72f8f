package cn.stampcheck.cli;

import cn.stampcheck.draft.DraftTable;
import cn.stampcheck.draft.Drafter;
import cn.stampcheck.draft.NoticeDraft;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.lint.LintFinding;
import cn.stampcheck.lint.RulesLinter;
import cn.stampcheck.lint.RulesView;
import cn.stampcheck.poi.NoticeTableWriter;
import cn.stampcheck.report.Text;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeDeclarations;
import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.NoticeSheet;
import cn.stampcheck.rules.NoticeSheets;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesLibrary;
import cn.stampcheck.rules.RulesSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stampcheck rules draft|lint|show}: make next year's rules file from the notice, check rules files,
 * and show what a rules file encodes.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "规则文件：从通知生成草稿、检查、查看 / Rules files: draft from a notice, lint, show.",
        subcommands = {RulesCommand.Draft.class, RulesCommand.Lint.class, RulesCommand.Show.class,
                RulesCommand.Convert.class})
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.REFUSED.code();
    }

    /** {@code rules draft NOTICE [--out FILE.xlsx] [--format text|json]}. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = "从通知（.txt、.docx、.doc 或 .pdf）生成目标表草稿 / Draft a rules table from a notice.")
    static final class Draft implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NOTICE", description = "通知文件（.txt、.docx、.doc 或带文字的 .pdf）")
        Path notice;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "写入此目标表，如 草稿/2025/linzi.xlsx；不写则只打印内容")
        Path out;

        @Option(names = "--format", defaultValue = "text", description = "打印的格式：text 或 json（默认 ${DEFAULT-VALUE}）")
        Format format;

        @Option(names = "--year", paramLabel = "N", description = "通知的年份（通知里读不出时）")
        Integer year;

        @Option(names = "--place", paramLabel = "PLACE", description = "地区，如 临淄区（通知里读不出时）")
        String place;

        @Option(names = "--force", description = "覆盖已有的规则文件")
        boolean force;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            NoticeDraft d;
            try {
                d = Drafter.draft(notice);
            } catch (IOException e) {
                err.println(notice + ": " + Text.oneLine(e.getMessage()));
                return ExitCode.REFUSED.code();
            }
            if (year != null || place != null) {
                d = new NoticeDraft(d.source(), year != null ? year : d.year(), place != null ? place : d.place(),
                        d.title(), d.numbering(), d.items(),
                        d.warnings().stream().filter(w -> !(year != null && w.contains("年份")
                                || place != null && w.contains("地区"))).toList());
            }
            // as the office's 从通知生成规则…: random text or another document is no notice to draft from
            if (d.items().isEmpty()) {
                err.println(notice + ": 没有找到编号的实事项目（一、二、… / 1. 2. … / 一是…二是…），不像是“为妇女儿童办实事”的通知");
                return ExitCode.REFUSED.code();
            }
            if (d.year() == 0) {
                err.println(notice + ": 没有从通知中读出年份，请用 --year 指定");
                return ExitCode.REFUSED.code();
            }
            if (d.place().isEmpty()) {
                err.println(notice + ": 没有从通知中读出地区，请用 --place 指定，如 --place 临淄区");
                return ExitCode.REFUSED.code();
            }
            NoticeSheet table = DraftTable.of(d);
            String name = out != null ? out.toString() : notice.getFileName() + " 的草稿";
            NoticeRules compiled;
            try {
                compiled = NoticeLoader.load(new Workbook(name, List.of(table.grid())), name);
            } catch (RulesException e) {
                err.println("草稿无法读回（请报告这个问题）：" + Text.oneLine(e.getMessage()));
                return ExitCode.REFUSED.code();
            }
            if (out != null) {
                if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                    err.println(out + "：草稿写成目标表，文件名应以 .xlsx 结尾");
                    return ExitCode.REFUSED.code();
                }
                if (Files.exists(out) && !force) {
                    err.println(out + " 已存在；要覆盖请加 --force，或换一个文件名");
                    return ExitCode.REFUSED.code();
                }
                try {
                    NoticeTableWriter.write(table, out);
                } catch (IOException e) {
                    err.println(out + ": 无法写入：" + Text.oneLine(e.getMessage()));
                    return ExitCode.REFUSED.code();
                }
            }
            if (format == Format.json) {
                stdout.println(RulesView.json(compiled));
            } else {
                stdout.print(RulesView.text(compiled));
            }
            err.println("已从 " + notice.getFileName() + " 读出 " + d.year() + "年 " + d.place() + "：" + d.items().size()
                    + " 项实事、" + d.targets().size() + " 个数字目标、" + d.suggestions().size() + " 处待确认"
                    + (out != null ? "，已写入 " + out : ""));
            for (String w : d.warnings()) {
                err.println("注意：" + w);
            }
            stdout.flush();
            err.flush();
            return (d.warnings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS).code();
        }
    }

    /** {@code rules lint PATH...}: exit 0 clean, 1 findings, 2 unreadable. */
    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = "检查规则文件或文件夹 / Check rules files for mistakes.")
    static final class Lint implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "规则文件或文件夹，如 rules/")
        List<Path> paths;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            RulesLinter.Result r = RulesLinter.lint(paths, WorkbookFiles::readTable);
            for (LintFinding f : r.findings()) {
                stdout.println(f);
            }
            for (String u : r.unreadable()) {
                err.println(u);
            }
            stdout.println("检查了 " + r.files() + " 个规则文件，" + (r.findings().isEmpty() ? "没有发现问题。"
                    : "发现 " + r.findings().size() + " 处问题。"));
            stdout.flush();
            err.flush();
            return (r.refused() ? ExitCode.REFUSED : r.findings().isEmpty() ? ExitCode.OK : ExitCode.FINDINGS).code();
        }
    }

    /** {@code rules show FILE [--format text|json]}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "列出规则文件中的实事、责任单位和目标 / Show what a rules file encodes.")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "规则文件，如 rules/2024/linzi.drl")
        Path file;

        @Option(names = "--format", defaultValue = "text", description = "text 或 json（默认 ${DEFAULT-VALUE}）")
        Format format;

        @Override
        public Integer call() {
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            NoticeRules rules;
            try {
                rules = explicit(file);
            } catch (RulesException e) {
                err.println(Text.oneLine(e.getMessage()));
                return ExitCode.REFUSED.code();
            }
            stdout.print(format == Format.json ? RulesView.json(rules) + "\n" : RulesView.text(rules));
            stdout.flush();
            return ExitCode.OK.code();
        }
    }

    /**
     * {@code rules convert FILE.drl --out FILE.xlsx}: an expert's declarations become the clerk's table,
     * the comments quoting the notice moving into 通知原文.
     */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "把 .drl 规则文件转成目标表（.xlsx）/ Convert a .drl notice file into a table.")
    static final class Convert implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "规则文件，如 rules/2024/linzi.drl")
        Path file;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "写出的目标表，如 rules/2024/linzi.xlsx")
        Path out;

        @Option(names = "--title", paramLabel = "TEXT", defaultValue = "", description = "通知名称")
        String title;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            try {
                RulesSource source = RulesSource.of(file, file.toString().replace('\\', '/'));
                NoticeSheet sheet = NoticeSheets.of(NoticeDeclarations.read(source), title);
                NoticeRules before = NoticeLoader.load(source);
                NoticeRules after = NoticeLoader.load(new Workbook(out.toString(), List.of(sheet.grid())), out.toString());
                if (!before.items().equals(after.items()) || !before.targets().equals(after.targets())) {
                    err.println(file + "：转换后的目标表与原文件不一致（请报告这个问题）");
                    return ExitCode.REFUSED.code();
                }
                if (Files.exists(out)) {
                    err.println(out + " 已存在；请换一个文件名");
                    return ExitCode.REFUSED.code();
                }
                NoticeTableWriter.write(sheet, out);
            } catch (IOException e) {
                err.println(file + ": 无法读写：" + Text.oneLine(e.getMessage()));
                return ExitCode.REFUSED.code();
            } catch (RulesException e) {
                err.println(Text.oneLine(e.getMessage()));
                return ExitCode.REFUSED.code();
            }
            err.println("已写入 " + out);
            err.flush();
            return ExitCode.OK.code();
        }
    }

    /** A notice's rules from a file the clerk names (table or declarations). */
    static NoticeRules explicit(Path file) throws RulesException {
        return new RulesLibrary(List.of(), WorkbookFiles::readTable).notice(file);
    }

}
