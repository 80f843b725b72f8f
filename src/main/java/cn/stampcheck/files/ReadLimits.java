package cn.stampcheck.files;

import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * How large a spreadsheet the readers accept. A quarterly report has tens of rows; these limits are far
 * above any real one and low enough that a zip bomb or a runaway file is refused in about a second instead
 * of hanging the check or exhausting memory. Checked before reading (file size; the parts' sizes a zip
 * declares) and while reading (the bytes actually inflated, rows, cells), so a zip whose headers lie is
 * stopped as well.
 *
 * @param fileBytes   the file on disk
 * @param partBytes   one part of a zip (.ods content.xml, an .xlsx sheet or the shared strings) inflated
 * @param totalBytes  all parts of a zip inflated
 * @param rows        rows of one sheet
 * @param cells       filled cells of one workbook (an .ods, whose blank runs are expanded while reading, also
 *                    counts the blank cells between filled ones)
 * @param cellChars   characters of one cell: Excel's own limit, so no file written by an office exceeds it
 */
public record ReadLimits(long fileBytes, long partBytes, long totalBytes, int rows, long cells, int cellChars) {

    private static final long MB = 1024 * 1024;

    /** The limits of the command line and of 核查文件夹…, as the README lists them. */
    public static final ReadLimits DEFAULT = new ReadLimits(64 * MB, 128 * MB, 256 * MB, 200_000, 5_000_000, 32_767);

    /**
     * Refuses a file whose size, or a zip whose declared parts, or an .xls whose cells exceed the limits,
     * before a reader builds anything in memory: an .xls is read whole by POI, and 64 MB of its packed
     * number records hold some ten million cells.
     */
    public void checkBeforeReading(Path file) throws IOException {
        long size = Files.size(file);
        if (size > fileBytes) {
            throw tooLarge(file, "文件大小 " + mb(size) + "，超过上限 " + mb(fileBytes));
        }
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return;
        }
        if (!isZip(file)) {
            checkXlsCells(file);
            return;
        }
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getSize() > partBytes) {
                    throw tooLarge(file, entry.getName() + " 解压后 " + mb(entry.getSize()) + "，超过上限 "
                            + mb(partBytes) + "，可能是压缩炸弹");
                }
                total += Math.max(0, entry.getSize());
            }
        } catch (java.util.zip.ZipException notAZip) {
            return; // the reader says what is wrong with it
        }
        if (total > totalBytes) {
            throw tooLarge(file, "解压后共 " + mb(total) + "，超过上限 " + mb(totalBytes) + "，可能是压缩炸弹");
        }
    }

    /** Refuses a workbook read whole (.xls, .xlsx) with too many rows or cells or too long a cell. */
    public void checkRead(Path file, Workbook book) throws RefusedFileException {
        long count = 0;
        for (Grid sheet : book.sheets()) {
            List<List<String>> rows = sheet.rows();
            if (rows.size() > this.rows) {
                throw tooLarge(file, "工作表“" + sheet.name() + "”有 " + rows.size() + " 行，超过上限 " + this.rows + " 行");
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    // blank cells are not counted: a styled row reaches column XFD without holding anything
                    count += row.get(c).isEmpty() ? 0 : 1;
                    if (row.get(c).length() > cellChars) {
                        throw tooLarge(file, "单元格 " + sheet.name() + "!" + cn.stampcheck.report.Cell.address(r, c) + " 有 "
                                + row.get(c).length() + " 个字符，超过单元格上限 " + cellChars + " 个字符");
                    }
                }
            }
        }
        if (count > cells) {
            throw tooLarge(file, "共 " + count + " 个单元格，超过上限 " + cells + " 个");
        }
    }

    /**
     * Counts an .xls's filled cells record by record (POI's event reader keeps none of them) and stops
     * at the limit. A file that is no .xls, or one POI cannot read this way, is left to the reader to name.
     */
    private void checkXlsCells(Path file) throws RefusedFileException {
        long[] count = {0};
        AbortableHSSFListener counter = new AbortableHSSFListener() {
            @Override
            public short abortableProcessRecord(org.apache.poi.hssf.record.Record record) {
                if (record instanceof MulRKRecord m) {
                    count[0] += m.getNumColumns();
                } else if (record instanceof CellValueRecordInterface && !(record instanceof BlankRecord)) {
                    count[0]++;
                }
                return (short) (count[0] > cells ? 1 : 0);
            }
        };
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(counter);
            new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
        } catch (IOException | RuntimeException | HSSFUserException notReadableSo) {
            return;
        }
        if (count[0] > cells) {
            throw tooLarge(file, "超过 " + cells + " 个单元格");
        }
    }

    static RefusedFileException tooLarge(Path file, String why) {
        return new RefusedFileException("文件过大，不核查：" + file.getFileName() + "（" + why + "）");
    }

    private static boolean isZip(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }

    private static String mb(long bytes) {
        return bytes >= MB ? (bytes / MB) + " MB" : bytes + " 字节";
    }
}
