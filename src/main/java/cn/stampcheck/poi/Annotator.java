package cn.stampcheck.poi;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Finding;
import cn.stampcheck.check.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes an annotated copy of a checked .xlsx/.xls file: one comment per flagged cell holding all of
 * its findings (each line 【核查】 severity and message, below any comment the cell already had) and a
 * fill colour by severity. Cell values and other formatting are left as they are; the input is never
 * overwritten.
 */
public final class Annotator {

    /** The first characters of every line the checker writes into a comment. */
    public static final String MARK = "【核查】";
    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    private static final byte[] LIGHT_YELLOW = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};

    private Annotator() {
    }

    /** Writes {@code outDir/<file name>} and returns its path. */
    public static Path writeCopy(Path input, CheckResult result, Path outDir) throws IOException {
        String name = input.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".ods")) {
            throw new IOException("--annotate 只支持 .xlsx 和 .xls 文件（.ods 请在 LibreOffice 中用“核查”按钮）");
        }
        Files.createDirectories(outDir);
        Path output = outDir.resolve(name);
        if (Files.exists(output) && Files.isSameFile(output, input)) {
            throw new IOException("--annotate 的文件夹不能是原文件所在的文件夹：原文件不会被覆盖");
        }
        try (InputStream in = Files.newInputStream(input); Workbook wb = WorkbookFactory.create(in)) {
            annotate(wb, result);
            try (OutputStream out = Files.newOutputStream(output)) {
                wb.write(out);
            }
        }
        return output;
    }

    static void annotate(Workbook wb, CheckResult result) {
        Sheet sheet = wb.getSheetAt(result.sheetIndex());
        Map<cn.stampcheck.report.Cell, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byCell.computeIfAbsent(key(f.cell()), k -> new java.util.ArrayList<>()).add(f);
        }
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Map<String, CellStyle> styles = new HashMap<>();
        byCell.forEach((at, findings) -> {
            Row row = sheet.getRow(at.row()) != null ? sheet.getRow(at.row()) : sheet.createRow(at.row());
            Cell cell = row.getCell(at.col()) != null ? row.getCell(at.col()) : row.createCell(at.col());
            StringBuilder text = new StringBuilder();
            Comment existing = cell.getCellComment();
            if (existing != null) {
                text.append(existing.getString().getString()).append("\n────────\n");
                cell.removeCellComment();
            }
            for (Finding f : findings) {
                text.append(MARK).append(f.severity().chinese()).append("：").append(f.message()).append('\n');
            }
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(at.col() + 1);
            anchor.setCol2(at.col() + 5);
            anchor.setRow1(at.row());
            anchor.setRow2(at.row() + 3 + findings.size() * 2);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text.toString().strip()));
            comment.setAuthor("stampcheck");
            cell.setCellComment(comment);
            boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            cell.setCellStyle(filled(wb, cell.getCellStyle(), error, styles));
        });
    }

    /** A copy of the cell's style with a solid fill, shared between cells of the same style and colour. */
    private static CellStyle filled(Workbook wb, CellStyle original, boolean error, Map<String, CellStyle> styles) {
        return styles.computeIfAbsent(original.getIndex() + (error ? "e" : "w"), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(original);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (s instanceof XSSFCellStyle x) {
                x.setFillForegroundColor(new XSSFColor(error ? LIGHT_RED : LIGHT_YELLOW, null));
            } else if (wb instanceof HSSFWorkbook) {
                s.setFillForegroundColor(error ? IndexedColors.ROSE.getIndex() : IndexedColors.LIGHT_YELLOW.getIndex());
            }
            return s;
        });
    }

    private static cn.stampcheck.report.Cell key(cn.stampcheck.report.Cell c) {
        return new cn.stampcheck.report.Cell(c.row(), c.col(), "");
    }
}
