package cn.stampcheck.cli;

import cn.stampcheck.batch.FolderCheck;
import cn.stampcheck.batch.Overview;
import cn.stampcheck.batch.ReportFolder;
import cn.stampcheck.batch.Status;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.poi.OverviewWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code check --overview 总览.xlsx FILES|DIR…}: checks every file (folders recursively) on all cores and
 * writes one overview workbook. Nothing in a checked folder changes: the overview may not be written
 * inside one, nor over a checked file, nor over an existing file unless {@code --force}. Exits with the
 * worst status of the files.
 */
final class OverviewRun {

    /** More files than this get a progress bar. */
    static final int PROGRESS_FROM = 3;

    private OverviewRun() {
    }

    static int run(ReportChecker checker, List<Path> given, Path out, boolean force, Path rules, Integer quarter,
                   PrintWriter stdout, PrintWriter err) throws InterruptedException {
        String refusal = refusal(given, out, force);
        if (refusal != null) {
            err.println("stampcheck: " + refusal);
            return ExitCode.REFUSED.code();
        }
        List<Path> files;
        try {
            files = ReportFolder.files(given);
        } catch (IOException e) {
            err.println("stampcheck: 无法读取文件夹：" + e.getMessage());
            return ExitCode.REFUSED.code();
        }
        FolderCheck folder = new FolderCheck(checker, ReportFiles::read, rules, quarter,
                Runtime.getRuntime().availableProcessors());
        Overview overview;
        if (files.size() > PROGRESS_FROM) {
            try (ProgressLine progress = new ProgressLine(err, files.size())) {
                overview = folder.run(files, progress);
            }
        } else {
            overview = folder.run(files, (done, total) -> { });
        }
        try {
            OverviewWriter.write(overview, out);
        } catch (IOException e) {
            err.println("stampcheck: 无法写入总览 " + out + "：" + e.getMessage());
            return ExitCode.REFUSED.code();
        }
        stdout.println("总览已写入 " + out + "：共 " + files.size() + " 个文件，"
                + Status.READY.chinese() + " " + overview.count(Status.READY) + " 个，"
                + Status.NEEDS_CHANGES.chinese() + " " + overview.count(Status.NEEDS_CHANGES) + " 个，"
                + Status.UNCHECKABLE.chinese() + " " + overview.count(Status.UNCHECKABLE) + " 个；问题 "
                + overview.findings() + " 处；与上季度对比 " + overview.pairs() + " 份。");
        stdout.flush();
        return ExitCode.of(overview.worst()).code();
    }

    /** Why the overview cannot be written there, or null. */
    static String refusal(List<Path> given, Path out, boolean force) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return "总览文件应以 .xlsx 结尾：" + out;
        }
        if (ReportFolder.covers(given, out)) {
            return "总览文件 " + out + " 在被核查的文件或文件夹中：请写到文件夹之外，被核查的文件夹不做任何改动";
        }
        if (Files.exists(out) && !force) {
            return "总览文件 " + out + " 已存在；要覆盖请加 --force";
        }
        return null;
    }
}
