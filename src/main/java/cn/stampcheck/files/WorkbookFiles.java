package cn.stampcheck.files;

import cn.stampcheck.ods.OdsReader;
import cn.stampcheck.poi.PoiReader;
import cn.stampcheck.report.Workbook;
import org.apache.poi.EncryptedDocumentException;
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
     * anything else (.ods, .xls) as a report.
     */
    public static Workbook readTable(Path file) throws IOException {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XlsxCells.read(file) : read(file);
    }

    /**
     * Reads a report within {@link ReadLimits#DEFAULT}.
     *
     * @throws RefusedFileException above a limit or for a password-protected file, with the clerk's line
     * @throws IOException also for a file of another kind
     */
    public static Workbook read(Path file) throws IOException {
        if (!readable(file)) {
            throw new IOException("不支持的文件类型：" + file.getFileName());
        }
        ReadLimits limits = ReadLimits.DEFAULT;
        limits.checkBeforeReading(file);
        Workbook book;
        try {
            book = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ods")
                    ? OdsReader.read(file, limits) : PoiReader.read(file);
        } catch (EncryptedDocumentException e) {
            throw passwordProtected(file);
        } catch (IOException | RuntimeException e) {
            throw refusal(file, e, limits);
        }
        limits.checkRead(file, book);
        return book;
    }

    /**
     * What POI's failures that are no corruption say to the clerk: a password-protected .xlsx is an OLE2
     * container POI reports as encrypted (or, for .xls, as an office file it does not support), and its
     * zip guard ({@link ReadLimits}) stops a part that inflates past the limit.
     */
    private static IOException refusal(Path file, Exception e, ReadLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedFileException r) {
                return r;
            }
            if (t instanceof EncryptedDocumentException) {
                return passwordProtected(file);
            }
            String m = String.valueOf(t.getMessage());
            if (m.startsWith("Zip bomb detected")) {
                return ReadLimits.tooLarge(file, "有一部分解压后超过上限 " + limits.partBytes() / (1024 * 1024)
                        + " MB 或压缩比异常，可能是压缩炸弹");
            }
        }
        return e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    private static RefusedFileException passwordProtected(Path file) {
        return new RefusedFileException("文件有密码保护，不能核查：" + file.getFileName() + "（请去掉密码后另存一份再核查）");
    }
}
