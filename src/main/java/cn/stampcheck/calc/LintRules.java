package cn.stampcheck.calc;

import cn.stampcheck.calc.Commands.Outcome;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.lint.LintFinding;
import cn.stampcheck.lint.RulesLinter;
import com.sun.star.uno.XComponentContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 核查 ▸ 检查规则文件 ({@code stampcheck:lintRules}): {@link RulesLinter} over the clerk's rules folder, the
 * same checks as {@code rules lint}. The outcome names the first findings as {@code 2024/linzi.drl:12: …}
 * (paths relative to the rules folder) and their count; the log gets all of them. Findings make the
 * outcome a problem (a warning box; FAILURE for automation), like the command's exit status 1.
 */
final class LintRules {

    /** How many findings the message shows; the rest are in the log. */
    static final int SHOWN = 8;

    private final XComponentContext ctx;
    private final Ui ui;

    LintRules(XComponentContext ctx, Ui ui) {
        this.ctx = ctx;
        this.ui = ui;
    }

    Outcome run() throws Exception {
        Path folder = UserFiles.rulesFolder(ctx);
        ui.progress("检查规则文件…", 20);
        RulesLinter.Result r = RulesLinter.lint(List.of(folder), WorkbookFiles::readTable);
        ui.endProgress();
        List<String> lines = new ArrayList<>();
        for (String u : r.unreadable()) {
            lines.add(relative(folder, u));
        }
        for (LintFinding f : r.findings()) {
            lines.add(relative(folder, f.toString()));
        }
        StringBuilder log = new StringBuilder("lint " + folder + ": " + r.files() + " files, " + r.findings().size()
                + " findings, " + r.unreadable().size() + " unreadable");
        lines.forEach(l -> log.append("\n  ").append(l));
        Log.info(log.toString());
        if (lines.isEmpty()) {
            return Outcome.ok("检查了规则文件夹中的 " + r.files() + " 个规则文件，没有发现问题（" + folder + "）。");
        }
        String separator = ui.interactive() ? "\n" : "；";
        StringBuilder m = new StringBuilder("检查了规则文件夹中的 " + r.files() + " 个规则文件，发现 " + r.findings().size() + " 处问题");
        if (!r.unreadable().isEmpty()) {
            m.append("，").append(r.unreadable().size()).append(" 个文件无法读取");
        }
        m.append("（").append(folder).append("）：");
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(SHOWN, lines.size())));
        if (lines.size() > SHOWN) {
            shown.add("……另有 " + (lines.size() - SHOWN) + " 处，全部列在日志 " + Log.file() + " 中。");
        }
        m.append(ui.interactive() ? "\n" : "").append(String.join(separator, shown));
        return Outcome.refused(m.toString());
    }

    /** {@code /…/rules/2024/x.drl:3: …} → {@code 2024/x.drl:3: …}. */
    static String relative(Path folder, String line) {
        String prefix = folder.toString().replace('\\', '/') + "/";
        String s = line.replace('\\', '/');
        return s.startsWith(prefix) ? s.substring(prefix.length()) : line;
    }
}
