package cn.stampcheck.cli;

import cn.stampcheck.files.RefusedFileException;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.report.Workbook;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a report file by its extension (.xlsx/.xlsm/.xls with POI, .ods with a streaming reader) and turns
 * each way it can fail into one line: no such file, a folder, no permission, too large or password
 * protected (said as such, not as corrupt), corrupt, another kind of file.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static Workbook read(Path file) throws UnreadableReportException {
        if (Files.isDirectory(file)) {
            throw new UnreadableReportException("这是文件夹，不是文件：" + file + "（核查整个文件夹请用 --overview）", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableReportException("文件不存在：" + file, null);
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableReportException("没有读取权限：" + file, null);
        }
        try {
            if (WorkbookFiles.readable(file)) {
                return WorkbookFiles.read(file);
            }
        } catch (RefusedFileException e) {
            throw new UnreadableReportException(e.getMessage(), e);
        } catch (AccessDeniedException e) {
            throw new UnreadableReportException("没有读取权限：" + file, e);
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException("无法读取 " + file.getFileName() + "：文件已损坏或不是有效的电子表格", e);
        }
        throw new UnreadableReportException("不支持的文件类型：" + file.getFileName() + "（支持 .xlsx、.xls、.ods）", null);
    }
}
