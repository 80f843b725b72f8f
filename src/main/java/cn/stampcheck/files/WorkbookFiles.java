package cn.stampcheck.files;

import cn.stampcheck.ods.OdsReader;
import cn.stampcheck.poi.PoiReader;
import cn.stampcheck.report.Workbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a workbook file into cell texts by its extension; the readers behind it are the report readers. */
public final class WorkbookFiles {

    private WorkbookFiles() {
    }

    /** True for the extensions {@link #read(Path)} opens. */
    public static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ods") || name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    /**
     * A rules table: .xlsx with the light {@link XlsxCells} (texts and plain numbers are all a table holds),
     * .ods with SODS, anything else as a report.
     */
    public static Workbook readTable(Path file) throws IOException {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XlsxCells.read(file) : read(file);
    }

    /** @throws IOException also for a file of another kind */
    public static Workbook read(Path file) throws IOException {
        if (!readable(file)) {
            throw new IOException("不支持的文件类型：" + file.getFileName());
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ods")
                ? OdsReader.read(file) : PoiReader.read(file);
    }
}
