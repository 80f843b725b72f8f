package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.batch.FolderCheck;
import cn.stampcheck.batch.Overview;
import cn.stampcheck.batch.ReportFolder;
import cn.stampcheck.batch.Status;
import cn.stampcheck.calc.Commands.Outcome;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.cli.ReportFiles;
import cn.stampcheck.poi.OverviewWriter;
import cn.stampcheck.rules.RulesLibrary;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.XComponentContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * 核查 ▸ 核查文件夹… ({@code stampcheck:checkFolder}): checks every report in a folder (and its sub-folders)
 * the way {@code check --overview} does, with the progress in the status bar, and writes the overview
 * next to the folder as {@code <folder>-核查总览.xlsx}, then opens it. Nothing in the folder changes.
 *
 * <p>Dispatch arguments: {@code Folder} (path or URL; without it the clerk picks one), {@code Out} (the
 * overview to write instead; never inside the folder), {@code Overwrite} (replace an existing overview;
 * when interactive the clerk is asked instead), {@code Open} (default: only when interactive).
 */
final class CheckFolder {

    static final String SUFFIX = "-核查总览.xlsx";

    private final XComponentContext ctx;
    private final Ui ui;
    private final Map<String, Object> args;
    private final RulesLibrary library;

    CheckFolder(XComponentContext ctx, Ui ui, Map<String, Object> args, RulesLibrary library) {
        this.ctx = ctx;
        this.ui = ui;
        this.args = args;
        this.library = library;
    }

    Outcome run() throws Exception {
        String given = Commands.string(args.get("Folder"));
        if ((given == null || given.isBlank()) && ui.interactive()) {
            given = ui.pickFolder("选择要核查的报表文件夹");
            if (given == null) {
                return Outcome.quiet("已取消核查文件夹。");
            }
        }
        if (given == null || given.isBlank()) {
            return Outcome.refused("未核查：没有指定文件夹（参数 Folder）。");
        }
        Path folder = Commands.toPath(given).normalize();
        if (!Files.isDirectory(folder)) {
            return Outcome.refused("未核查：找不到文件夹 " + folder + "。");
        }
        String out = Commands.string(args.get("Out"));
        Path overviewFile = out != null && !out.isBlank() ? Commands.toPath(out)
                : folder.resolveSibling(folder.getFileName() + SUFFIX);
        if (ReportFolder.covers(List.of(folder), overviewFile)) {
            return Outcome.refused("未核查：总览不能写在被核查的文件夹中（" + overviewFile + "），文件夹中的文件不做任何改动。");
        }
        if (Files.exists(overviewFile) && !mayReplace(overviewFile)) {
            return ui.interactive() ? Outcome.quiet("未写入总览：" + overviewFile + " 已存在。")
                    : Outcome.refused("未写入总览：" + overviewFile + " 已存在（参数 Overwrite=true 可覆盖）。");
        }

        List<Path> files = ReportFolder.files(List.of(folder));
        String checking = "核查文件夹：共 " + files.size() + " 个文件…";
        ui.progress(checking, 0);
        Warmup.await();
        long start = System.nanoTime();
        Overview overview = new FolderCheck(new ReportChecker(library), ReportFiles::read, null, null,
                Runtime.getRuntime().availableProcessors())
                .run(files, (done, total) -> ui.progress(checking, done * 100 / Math.max(1, total)));
        OverviewWriter.write(overview, overviewFile);
        Log.info("checkFolder " + folder + ": " + files.size() + " files in " + (System.nanoTime() - start) / 1_000_000
                + " ms, overview " + overviewFile);

        boolean open = args.containsKey("Open") ? !"false".equalsIgnoreCase(String.valueOf(args.get("Open"))) : ui.interactive();
        String opened = open && !open(overviewFile) ? "（无法自动打开，请手动打开）" : "";
        return Outcome.ok("已核查 " + folder.getFileName() + " 中的 " + files.size() + " 个文件："
                + Status.READY.chinese() + " " + overview.count(Status.READY) + " 个，"
                + Status.NEEDS_CHANGES.chinese() + " " + overview.count(Status.NEEDS_CHANGES) + " 个，"
                + Status.UNCHECKABLE.chinese() + " " + overview.count(Status.UNCHECKABLE) + " 个；与上季度对比 "
                + overview.pairs() + " 份。总览已写入 " + overviewFile + opened + "。");
    }

    private boolean mayReplace(Path overviewFile) {
        if (ui.interactive()) {
            ui.endProgress();
            return ui.confirm("总览文件 " + overviewFile + " 已存在，要覆盖吗？");
        }
        return "true".equalsIgnoreCase(String.valueOf(args.get("Overwrite")));
    }

    private boolean open(Path file) {
        try {
            XComponentLoader loader = qi(XComponentLoader.class, Uno.service(ctx, "com.sun.star.frame.Desktop"));
            XComponent doc = loader.loadComponentFromURL(file.toUri().toString(), "_blank", 0,
                    new com.sun.star.beans.PropertyValue[0]);
            return doc != null;
        } catch (Exception e) {
            Log.error("cannot open " + file, e);
            return false;
        }
    }
}
