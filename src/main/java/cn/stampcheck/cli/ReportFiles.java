package cn.stampcheck.cli;

import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.report.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a report file by its extension: .xlsx/.xlsm/.xls with POI, .ods with SODS. */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static Workbook read(Path file) throws UnreadableReportException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableReportException("文件不存在：" + file, null);
        }
        try {
            if (WorkbookFiles.readable(file)) {
                return WorkbookFiles.read(file);
            }
        } catch (Exception | LinkageError e) {
            throw new UnreadableReportException("无法读取 " + file.getFileName() + "：文件已损坏或不是有效的电子表格", e);
        }
        throw new UnreadableReportException("不支持的文件类型：" + file.getFileName() + "（支持 .xlsx、.xls、.ods）", null);
    }
}
