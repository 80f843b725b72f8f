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
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Reads .xlsx and .xls files into grids of cell texts: numbers as displayed, dates as 2024-12-31 (so a
 * date-formatted 完成时限 reads as a date whatever the locale), formulas by their cached value. A formula
 * saved without a result (files written by scripts: =A5+1, =DATE(2024,12,31), ="共"&(9+4)&"场") is
 * worked out, as the office does when it opens the file; one it cannot work out reads as empty.
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
            Formulas formulas = new Formulas(wb);
            List<Grid> sheets = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                sheets.add(grid(wb.getSheetAt(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i), formatter, formulas));
            }
            return new Workbook(file.getFileName().toString(), sheets);
        }
    }

    private static Grid grid(Sheet sheet, boolean hidden, DataFormatter formatter, Formulas formulas) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> texts = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    texts.add(text(row.getCell(c), formatter, formulas));
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
        return new Grid(sheet.getSheetName(), rows, merges, comments, hidden);
    }

    private static String text(Cell cell, DataFormatter formatter, Formulas formulas) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA && !formulas.hasResult(cell)) {
            return formulas.evaluate(cell, formatter);
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

    /**
     * Formulas without a stored result. An .xlsx cell says so (no value element); an .xls cell always
     * stores one, and a script that never calculated leaves 0 or "" there, so those are worked out too (a
     * true 0 works out as 0 again).
     */
    private static final class Formulas {
        private final FormulaEvaluator evaluator;

        Formulas(org.apache.poi.ss.usermodel.Workbook wb) {
            evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
        }

        boolean hasResult(Cell cell) {
            if (cell instanceof XSSFCell x) {
                return x.getCTCell().isSetV();
            }
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> cell.getNumericCellValue() != 0;
                case STRING -> !cell.getStringCellValue().isEmpty();
                default -> true;
            };
        }

        String evaluate(Cell cell, DataFormatter formatter) {
            CellValue v;
            try {
                v = evaluator.evaluate(cell);
            } catch (RuntimeException e) {
                return "";   // a function POI does not know, a reference to another file
            }
            if (v == null) {
                return "";
            }
            return switch (v.getCellType()) {
                case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                        ? DateUtil.getLocalDateTime(v.getNumberValue()).toLocalDate().format(ISO)
                        : formatter.formatRawCellContents(v.getNumberValue(), cell.getCellStyle().getDataFormat(),
                                cell.getCellStyle().getDataFormatString());
                case STRING -> v.getStringValue();
                case BOOLEAN -> String.valueOf(v.getBooleanValue());
                default -> "";
            };
        }
    }
}
