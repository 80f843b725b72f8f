package cn.stampcheck.poi;

import cn.stampcheck.report.CellRange;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads .xlsx and .xls files into grids of cell texts: numbers as displayed, dates as 2024-12-31 (so a
 * date-formatted 完成时限 reads as a date whatever the locale), formulas by their cached value.
 */
public final class PoiReader {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private PoiReader() {
    }

    public static Workbook read(Path file) throws IOException {
        ZipGuard.on();
        try (InputStream in = Files.newInputStream(file);
             org.apache.poi.ss.usermodel.Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter formatter = new DataFormatter();
            List<Grid> sheets = new ArrayList<>();
            for (Sheet sheet : wb) {
                sheets.add(grid(sheet, formatter));
            }
            return new Workbook(file.getFileName().toString(), sheets);
        }
    }

    private static Grid grid(Sheet sheet, DataFormatter formatter) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> texts = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    texts.add(text(row.getCell(c), formatter));
                }
            }
            rows.add(texts);
        }
        List<CellRange> merges = new ArrayList<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            merges.add(new CellRange(a.getFirstRow(), a.getFirstColumn(), a.getLastRow(), a.getLastColumn()));
        }
        Map<String, String> comments = new HashMap<>();
        sheet.getCellComments().forEach((at, comment) -> comments.put(
                cn.stampcheck.report.Cell.address(at.getRow(), at.getColumn()), comment.getString().getString()));
        return new Grid(sheet.getSheetName(), rows, merges, comments);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO);
        }
        if (type == CellType.STRING) {
            return cell.getRichStringCellValue().getString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return type == CellType.NUMERIC ? formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
                    : type == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue()) : "";
        }
        return formatter.formatCellValue(cell);
    }
}
