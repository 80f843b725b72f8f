package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.calc.Commands.Outcome;
import cn.stampcheck.draft.Drafter;
import cn.stampcheck.draft.DraftTable;
import cn.stampcheck.draft.NoticeDraft;
import cn.stampcheck.poi.NoticeTableWriter;
import cn.stampcheck.report.Text;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.NoticeSheet;
import cn.stampcheck.rules.RulesException;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.system.SystemShellExecuteFlags;
import com.sun.star.system.XSystemShellExecute;
import com.sun.star.uno.XComponentContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * 核查 ▸ 从通知生成规则… ({@code stampcheck:draftRules}): drafts a notice table from a notice with the same
 * core as {@code rules draft}, checks that it reads back, writes it into the 草稿 folder as
 * {@code 草稿/<year>/<name>.xlsx} (never over an existing file: {@code name-2.xlsx}, …) and opens it in
 * Calc. Checks never read the 草稿 folder: a draft disturbs nothing until 核查 ▸ 启用规则草稿… moves it.
 *
 * <p>Dispatch arguments: {@code Notice} (path or URL of a .txt/.docx/.doc/.pdf; without it the clerk picks one),
 * {@code Name} (the file's name without .drl; default: the notice's file name without its year),
 * {@code Out} (the .xlsx to write instead), {@code Open} (open the result in the office; default: only when
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
            return Outcome.refused("未生成规则：无法读取通知 " + noticeName + "：" + Text.oneLine(e.getMessage()));
        }
        if (d.year() == 0) {
            return Outcome.refused("未生成规则：没有从通知 " + noticeName + " 中读出年份（标题中应有如“2025年”的字样），"
                    + "请检查所选文件是否为通知全文。");
        }
        if (d.items().isEmpty()) {
            return Outcome.refused("未生成规则：通知 " + noticeName + " 中没有找到编号的实事项目（一、二、… / 1. 2. … / （一）（二）… / "
                    + "一是…二是…），请检查所选文件是否为通知全文。");
        }
        if (d.place().isEmpty()) {
            return Outcome.refused("未生成规则：没有从通知 " + noticeName + " 中读出地区（应有如“临淄区人民政府办公室”的字样），"
                    + "请检查所选文件是否为通知全文。");
        }

        Path target;
        String out = Commands.string(args.get("Out"));
        if (out != null && !out.isBlank()) {
            target = Commands.toPath(out);
            if (!target.getFileName().toString().endsWith(".xlsx")) {
                target = target.resolveSibling(target.getFileName() + ".xlsx");
            }
        } else {
            String name = Commands.string(args.get("Name"));
            String stem = stem(name != null && !name.isBlank() ? name : noticeName.replaceFirst("\\.[^.]*$", ""));
            target = UserFiles.draftsFolder(ctx).resolve(Integer.toString(d.year())).resolve(stem + ".xlsx");
        }

        ui.progress("从通知生成规则：写出目标表…", 50);
        NoticeSheet table = DraftTable.of(d);
        try {
            NoticeLoader.load(new Workbook(target.getFileName().toString(), List.of(table.grid())), target.getFileName().toString());
        } catch (RulesException e) {
            Log.error("the draft of " + notice + " cannot be read back: " + table, e);
            return Outcome.refused("未生成规则：草稿无法读回（请把日志 " + Log.file() + " 发给维护人员）：" + Text.oneLine(e.getMessage()));
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path written = target;
        for (int n = 2; Files.exists(written); n++) {
            written = withSuffix(target, n);
        }
        NoticeTableWriter.write(table, written);
        Log.info("drafted " + written + " from " + notice + (d.warnings().isEmpty() ? "" : "; warnings: " + d.warnings()));

        boolean open = args.containsKey("Open") ? !"false".equalsIgnoreCase(String.valueOf(args.get("Open"))) : ui.interactive();
        String opened = "";
        if (open) {
            ui.endProgress();
            opened = open(written) ? "，已打开供核对" : "（无法自动打开，请到规则文件夹中打开）";
        }
        String notes = d.warnings().isEmpty() ? "" : "；另有 " + d.warnings().size() + " 条注意事项写在“填写说明”表中";
        return Outcome.ok("已从 " + noticeName + " 生成 " + d.year() + "年" + d.place() + "的规则：" + d.items().size() + " 项实事、"
                + d.targets().size() + " 个数字目标、" + d.suggestions().size() + " 处待确认" + notes + "；已写入 " + written
                + opened + "。请对照通知核对后用“核查 ▸ 启用规则草稿…”启用。");
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

    /** linzi.xlsx → linzi-2.xlsx: a draft never replaces another file. */
    static Path withSuffix(Path file, int n) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
    }

    /** Opens the table in Calc; where the office cannot, with the system's default program. */
    private boolean open(Path file) {
        String url = file.toUri().toString();
        try {
            XComponentLoader loader = qi(XComponentLoader.class, Uno.service(ctx, "com.sun.star.frame.Desktop"));
            XComponent doc = loader.loadComponentFromURL(url, "_blank", 0, new com.sun.star.beans.PropertyValue[0]);
            if (doc != null) {
                Log.info("opened " + file + " in Calc");
                return true;
            }
            Log.info("the office cannot open " + file);
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
}
