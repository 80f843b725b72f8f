package cn.stampcheck.calc;

import cn.stampcheck.calc.Commands.Outcome;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.lint.LintFinding;
import cn.stampcheck.lint.RulesLinter;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesLibrary;
import com.sun.star.uno.XComponentContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * 核查 ▸ 启用规则草稿… ({@code stampcheck:activateDraft}): puts a reviewed draft table into use. The draft
 * is linted first and refused while it has a problem; when clean it moves to {@code <year>/<name>.xlsx} of
 * the clerk's rules folder under the name the place already has (so it replaces, and never stands beside,
 * that place's table), and the file it replaces goes to {@code 备份/<year>/<name>.bak-<time>}, outside
 * what checks read.
 *
 * <p>Dispatch argument: {@code Draft} (path or URL of the draft; without it the clerk picks one in 草稿/).
 */
final class ActivateDraft {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);

    private final XComponentContext ctx;
    private final Ui ui;
    private final Map<String, Object> args;

    ActivateDraft(XComponentContext ctx, Ui ui, Map<String, Object> args) {
        this.ctx = ctx;
        this.ui = ui;
        this.args = args;
    }

    Outcome run() throws Exception {
        Path rules = UserFiles.rulesFolder(ctx);
        String given = Commands.string(args.get("Draft"));
        if ((given == null || given.isBlank()) && ui.interactive()) {
            Path drafts = Files.createDirectories(UserFiles.draftsFolder(ctx));
            given = ui.pickDraftFile(drafts.toUri().toString());
            if (given == null) {
                return Outcome.quiet("已取消启用规则草稿。");
            }
        }
        if (given == null || given.isBlank()) {
            return Outcome.refused("未启用：没有指定规则草稿（参数 Draft）。");
        }
        Path draft = Commands.toPath(given);
        if (!Files.isRegularFile(draft)) {
            return Outcome.refused("未启用：找不到规则草稿 " + draft + "。");
        }
        RulesLinter.Result lint = RulesLinter.lint(List.of(draft), WorkbookFiles::readTable);
        if (!lint.findings().isEmpty() || !lint.unreadable().isEmpty()) {
            List<String> problems = new ArrayList<>(lint.unreadable());
            lint.findings().stream().map(LintFinding::toString).forEach(problems::add);
            Log.info("activate " + draft + " refused:\n  " + String.join("\n  ", problems));
            String shown = String.join(ui.interactive() ? "\n" : "；", problems.subList(0, Math.min(LintRules.SHOWN, problems.size())));
            return Outcome.refused("未启用：草稿有 " + problems.size() + " 处问题，请在 Calc 中打开草稿改正、保存后再启用"
                    + (ui.interactive() ? "：\n" : "：") + LintRules.relative(draft.getParent(), shown));
        }
        NoticeRules notice;
        try {
            notice = library(List.of()).notice(draft);
        } catch (RulesException e) {
            return Outcome.refused("未启用：" + e.getMessage());
        }
        String year = Integer.toString(notice.notice().year());
        Path live = rules.resolve(year);
        String stem = placeStem(List.of(live, RulesLibrary.bundled().resolve(year)), notice.notice().place());
        if (stem == null) {
            stem = draft.getFileName().toString().replaceFirst("(-\\d+)?\\.[^.]+$", "");
        }
        Files.createDirectories(live);
        List<String> kept = new ArrayList<>();
        for (Path old : livesOf(live, notice.notice().place(), stem)) {
            Path backup = Files.createDirectories(UserFiles.backupFolder(ctx).resolve(year))
                    .resolve(old.getFileName() + ".bak-" + LocalDateTime.now().format(STAMP));
            Files.move(old, backup);
            kept.add(rules.relativize(backup).toString().replace('\\', '/'));
        }
        Path target = live.resolve(stem + ".xlsx");
        Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING);
        Log.info("activated " + draft + " as " + target + "; backups " + kept);
        return Outcome.ok("已启用规则草稿：" + year + "年" + notice.notice().place() + "的核查改用 "
                + rules.relativize(target).toString().replace('\\', '/')
                + (kept.isEmpty() ? "" : "；原规则文件已移到 " + String.join("、", kept)) + "。");
    }

    private static RulesLibrary library(List<Path> folders) {
        return new RulesLibrary(folders, WorkbookFiles::readTable);
    }

    /** The file name (without extension) the place's live table already has, in the clerk's or the bundled rules. */
    private static String placeStem(List<Path> folders, String place) throws IOException {
        for (Path folder : folders) {
            for (Path f : noticeFiles(folder)) {
                if (placeOf(f).equals(place)) {
                    return f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                }
            }
        }
        return null;
    }

    /** The clerk's live files for this place (or under this name) that the draft replaces. */
    private static List<Path> livesOf(Path folder, String place, String stem) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : noticeFiles(folder)) {
            if (f.getFileName().toString().replaceFirst("\\.[^.]+$", "").equalsIgnoreCase(stem) || placeOf(f).equals(place)) {
                out.add(f);
            }
        }
        return out;
    }

    private static List<Path> noticeFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().matches("(?i).+\\.(xlsx|ods|drl)")).sorted().toList();
        }
    }

    /** The place a rules file declares; "" when it cannot be read (such a file is not this place's). */
    private static String placeOf(Path f) {
        try {
            return library(List.of()).notice(f).notice().place();
        } catch (RulesException e) {
            return "";
        }
    }
}
