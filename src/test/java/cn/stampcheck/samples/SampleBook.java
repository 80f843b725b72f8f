package cn.stampcheck.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes sample reports the way a department clerk's spreadsheet looks: a title, maybe a 单位：（盖章）
 * line, the header, item rows with line breaks in cells, merged cells. Used only to author test-data/.
 *
 * <pre>
 * SampleBook.xlsx().sheet("Sheet1")
 *     .row("2024年为全区妇女儿童办实事工作进展情况表（第三季度）").merge("A1:E1")
 *     .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
 *     .row("1", "实施教育资源优化工程", "区教体局", "本季度……", "2024年12月31日")
 *     .save(Path.of("test-data/2024-linzi/q3-plain.xlsx"));
 * </pre>
 */
public final class SampleBook {

    private final Workbook workbook;
    private final CellStyle wrap;
    private Sheet sheet;
    private int nextRow;

    private SampleBook(Workbook workbook) {
        this.workbook = workbook;
        this.wrap = workbook.createCellStyle();
        this.wrap.setWrapText(true);
    }

    public static SampleBook xlsx() {
        return new SampleBook(new XSSFWorkbook());
    }

    public static SampleBook xls() {
        return new SampleBook(new HSSFWorkbook());
    }

    /** Starts a new sheet; rows are then written from its first row. */
    public SampleBook sheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        return this;
    }

    /** Writes the next row from column A; null leaves a cell empty, "\n" breaks a line. */
    public SampleBook row(String... texts) {
        return rowFrom(0, texts);
    }

    /** Writes the next row starting at a column (0 = A), for tables that do not start in column A. */
    public SampleBook rowFrom(int firstCol, String... texts) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                var cell = row.createCell(firstCol + i);
                cell.setCellValue(texts[i]);
                if (texts[i].contains("\n")) {
                    cell.setCellStyle(wrap);
                }
            }
        }
        return this;
    }

    /** Writes a row whose cell at {@code col} is a number (序号 typed as a number, not text). */
    public SampleBook numberedRow(int number, String... rest) {
        row(rest.length == 0 ? new String[0] : prepend("", rest));
        sheet.getRow(nextRow - 1).createCell(0).setCellValue(number);
        return this;
    }

    /** Sets a column's width (0 = A) in characters, as a clerk drags it narrower or wider. */
    public SampleBook width(int col, int chars) {
        sheet.setColumnWidth(col, chars * 256);
        return this;
    }

    /**
     * Gives the last written row the height Excel stores for a row it fitted itself (not a height the clerk
     * set): a height without the custom-height flag, which another office recomputes when it sees fit.
     */
    public SampleBook fittedHeight(float points) {
        Row row = sheet.getRow(nextRow - 1);
        row.setHeightInPoints(points);
        if (row instanceof org.apache.poi.xssf.usermodel.XSSFRow x) {
            x.getCTRow().setCustomHeight(false);
        } else {
            try {
                java.lang.reflect.Method record = org.apache.poi.hssf.usermodel.HSSFRow.class.getDeclaredMethod("getRowRecord");
                record.setAccessible(true);
                ((org.apache.poi.hssf.record.RowRecord) record.invoke(row)).setBadFontHeight(false);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("POI's HSSFRow changed", e);
            }
        }
        return this;
    }

    /** Leaves {@code count} empty rows. */
    public SampleBook blank(int count) {
        nextRow += count;
        return this;
    }

    /** Merges a range such as "A1:E1" or "A4:A6" on the current sheet. */
    public SampleBook merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private static String[] prepend(String first, String[] rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), List.of(rest).stream())
                .toArray(String[]::new);
    }

    /** Gives a cell of the first sheet of a saved .xlsx/.xls a comment, as a clerk would in Excel. */
    public static void comment(Path file, String address, String text) throws IOException {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(address);
        try (java.io.InputStream in = Files.newInputStream(file);
             Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow())
                    : sheet.createRow(ref.getRow());
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol())
                    : row.createCell(ref.getCol());
            org.apache.poi.ss.usermodel.ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 4);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 3);
            org.apache.poi.ss.usermodel.Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
            comment.setString(wb.getCreationHelper().createRichTextString(text));
            cell.setCellComment(comment);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
