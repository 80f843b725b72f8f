package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.calc.Commands.Outcome;
import cn.stampcheck.draft.Drafter;
import cn.stampcheck.draft.DrlWriter;
import cn.stampcheck.draft.NoticeDraft;
import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.RulesSource;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.system.SystemShellExecuteFlags;
import com.sun.star.system.XSystemShellExecute;
import com.sun.star.uno.XComponentContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * 核查 ▸ 从通知生成规则… ({@code stampcheck:draftRules}): drafts a rules file from a notice with the same
 * core as {@code rules draft}, checks that it compiles, writes it into the clerk's rules folder as
 * {@code <year>/<name>.drl} (never over an existing file: {@code name-2.drl}, …) and opens it.
 *
 * <p>Dispatch arguments: {@code Notice} (path or URL of a .txt/.docx/.doc/.pdf; without it the clerk picks one),
 * {@code Name} (the file's name without .drl; default: the notice's file name without its year),
 * {@code Out} (the .drl to write instead), {@code Open} (open the result in the office; default: only when
 * interactive). Nothing is written when the notice cannot be read, has no year or no numbered items, or
 * the draft does not compile.
 */
final class DraftRules {

    private final XComponentContext ctx;
    private final Ui ui;
    private final Map<String, Object> args;

    DraftRules(XComponentContext ctx, Ui ui, Map<String, Object> args) {
        this.ctx = ctx;
        this.ui = ui;
        this.args = args;
    }

    Outcome run() throws Exception {
        String given = Commands.string(args.get("Notice"));
        if ((given == null || given.isBlank()) && ui.interactive()) {
            given = ui.pickNoticeFile();
            if (given == null) {
                return Outcome.quiet("已取消生成规则。");
            }
        }
        if (given == null || given.isBlank()) {
            return Outcome.refused("未生成规则：没有指定通知文件（参数 Notice）。");
        }
        Path notice = Commands.toPath(given);
        if (!Files.isRegularFile(notice)) {
            return Outcome.refused("未生成规则：找不到通知文件 " + notice + "。");
        }
        String noticeName = notice.getFileName().toString();
        ui.progress("从通知生成规则：读取 " + noticeName + "…", 10);
        NoticeDraft d;
        try {
            d = Drafter.draft(notice);
        } catch (IOException | RuntimeException e) {
            Log.error("cannot read the notice " + notice, e);
            return Outcome.refused("未生成规则：无法读取通知 " + noticeName + "：" + oneLine(e.getMessage()));
        }
        if (d.year() == 0) {
            return Outcome.refused("未生成规则：没有从通知 " + noticeName + " 中读出年份（标题中应有如“2025年”的字样），"
                    + "请检查所选文件是否为通知全文。");
        }
        if (d.items().isEmpty()) {
            return Outcome.refused("未生成规则：通知 " + noticeName + " 中没有找到编号的实事项目（一、二、… / 1. 2. … / （一）（二）… / "
                    + "一是…二是…），请检查所选文件是否为通知全文。");
        }

        Path target;
        String out = Commands.string(args.get("Out"));
        if (out != null && !out.isBlank()) {
            target = Commands.toPath(out);
            if (!target.getFileName().toString().endsWith(".drl")) {
                target = target.resolveSibling(target.getFileName() + ".drl");
            }
        } else {
            String name = Commands.string(args.get("Name"));
            String stem = stem(name != null && !name.isBlank() ? name : noticeName.replaceFirst("\\.[^.]*$", ""));
            target = UserFiles.rulesFolder(ctx).resolve(Integer.toString(d.year())).resolve(stem + ".drl");
        }

        ui.progress("从通知生成规则：编译草稿…", 50);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path written = null;
        String drl = null;
        for (int n = 1; written == null; n++) {
            Path candidate = n == 1 ? target : withSuffix(target, n);
            if (Files.exists(candidate)) {
                continue;
            }
            String stem = candidate.getFileName().toString().replaceFirst("\\.drl$", "");
            drl = DrlWriter.write(d, stem);
            try {
                NoticeLoader.load(new RulesSource(candidate.getFileName().toString(), drl));
            } catch (RulesException e) {
                Log.error("the draft of " + notice + " does not compile:\n" + drl, e);
                return Outcome.refused("未生成规则：草稿无法编译（请把日志 " + Log.file() + " 发给维护人员）：" + oneLine(e.getMessage()));
            }
            try {
                Files.writeString(candidate, drl, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written = candidate;
            } catch (FileAlreadyExistsException e) {
                // appeared meanwhile: try the next suffix
            }
        }
        Log.info("drafted " + written + " from " + notice + (d.warnings().isEmpty() ? "" : "; warnings: " + d.warnings()));

        boolean open = args.containsKey("Open") ? !"false".equalsIgnoreCase(String.valueOf(args.get("Open"))) : ui.interactive();
        String opened = "";
        if (open) {
            ui.endProgress();
            opened = open(written) ? "，已打开供核对" : "（无法自动打开，请到规则文件夹中打开）";
        }
        String place = d.place().isEmpty() ? "（未读出地区）" : d.place();
        String notes = d.warnings().isEmpty() ? "" : "；另有 " + d.warnings().size() + " 条注意事项写在文件开头";
        return Outcome.ok("已从 " + noticeName + " 生成 " + d.year() + "年" + place + "的规则：" + d.items().size() + " 项实事、"
                + d.targets().size() + " 个数字目标、" + d.suggestions().size() + " 处待确认" + notes + "；已写入 " + written
                + opened + "。请对照通知核对后用“检查规则文件”检查。");
    }

    /**
     * A file name from the clerk's name or the notice's: letters (any script), digits, - and _; a year at
     * the start (2024-gaoqing, 2025年临淄区) or end (linzi2025) dropped, since the file goes into the year's folder.
     */
    static String stem(String name) {
        String s = name.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        s = s.replaceFirst("^(19|20)\\d\\d(?!\\d)年?[-_]*", "").replaceFirst("(?<!\\d)[-_]*(19|20)\\d\\d$", "");
        s = s.replaceAll("^[-_]+|[-_]+$", "");
        return s.isEmpty() ? "draft" : s;
    }

    static Path withSuffix(Path file, int n) {
        String stem = file.getFileName().toString().replaceFirst("\\.drl$", "");
        return file.resolveSibling(stem + "-" + n + ".drl");
    }

    /**
     * Opens the file in the office's text editor (Writer, UTF-8); where the office has no Writer, with the
     * system's default program.
     */
    private boolean open(Path file) {
        String url = file.toUri().toString();
        try {
            XComponentLoader loader = qi(XComponentLoader.class, Uno.service(ctx, "com.sun.star.frame.Desktop"));
            XComponent doc = loader.loadComponentFromURL(url, "_blank", 0, new com.sun.star.beans.PropertyValue[] {
                Uno.prop("FilterName", "Text (encoded)"), Uno.prop("FilterOptions", "UTF8,LF")});
            if (doc != null) {
                Log.info("opened " + file + " in the office's text editor");
                return true;
            }
            Log.info("the office cannot open " + file + " as text (no Writer?)");
        } catch (Exception e) {
            Log.error("cannot open " + file + " in the office", e);
        }
        try {
            XSystemShellExecute shell = qi(XSystemShellExecute.class, Uno.service(ctx, "com.sun.star.system.SystemShellExecute"));
            shell.execute(url, "", SystemShellExecuteFlags.URIS_ONLY);
            Log.info("handed " + file + " to the system's default program");
            return true;
        } catch (Exception e) {
            Log.error("cannot open " + file, e);
            return false;
        }
    }

    static String oneLine(String message) {
        return message == null ? "未知错误" : message.replaceAll("\\s*\\R\\s*", " ");
    }
}
