package cn.stampcheck.poi;

import cn.stampcheck.report.Grid;
import cn.stampcheck.rules.NoticeSheet;
import cn.stampcheck.rules.NoticeTable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a notice table (目标表) as .xlsx: the header block, the target rows with the header frozen, lists
 * to pick 比较 and 考核方式 from, column widths for Chinese text, and a 填写说明 sheet, so that the table
 * explains itself when the clerk opens it in Calc. 序号 and 数值 are numbers, everything else text.
 */
public final class NoticeTableWriter {

    /** Rows below the header that carry the choice lists (room for new targets). */
    private static final int LIST_ROWS = 300;
    /** Column widths in Latin characters (a Chinese character takes two). */
    private static final int[] WIDTHS = {6, 36, 24, 30, 22, 24, 8, 9, 7, 12, 12, 12, 80};
    private static final List<String> GUIDE = List.of(
            "本表是一年通知的核查规则，每个有数字的目标占一行；没有数字目标的实事也占一行（“目标”及其后各列留空）。",
            "序号：通知中实事的序号 1、2、3…；同一实事的多个目标各占一行，序号相同，实事名称、其他名称、责任单位只需在第一行填写。",
            "实事名称：照抄通知正文；其他名称：附件表中不同的写法。多个写法、关键词、同义单位之间用顿号“、”隔开。",
            "责任单位：多个单位之间用分号“；”隔开；同一单位的不同写法用“/”连接，如 区教体局/区教育和体育局；区妇联。",
            "目标：目标的简称；关键词：进度情况中指这个目标的词（留空即用目标简称），须出现在“通知原文”中或写明是报表中的说法。",
            "比较：不少于、达到（都表示至少达到）或 不超过；数值：正数；单位：场、名、所、个、% 等；同义单位：单位的其他写法。",
            "完成时限：不是年底完成时填写，如 2025-06-30；考核方式：按季度均衡（默认，年底完成的目标）、到期考核（到期前不看进度）、"
                    + "固定比例（每季度都须达到，如报销比例100%）。",
            "通知原文：引用通知中的原句，便于核对。改完后用“核查 ▸ 检查规则文件”检查，再试核一份上季度的报表。");

    private NoticeTableWriter() {
    }

    public static void write(NoticeSheet table, Path out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(NoticeTable.SHEET);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle head = wb.createCellStyle();
            head.cloneStyleFrom(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Grid grid = table.grid();
            int headerRow = NoticeSheet.HEADER_ROW;
            int number = NoticeTable.COLUMNS.indexOf("序号");
            int amount = NoticeTable.COLUMNS.indexOf("数值");
            int quote = NoticeTable.COLUMNS.indexOf("通知原文");
            for (int r = 0; r < grid.rowCount(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = grid.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    boolean numeric = r < headerRow ? r == 0 && c == 1 : r > headerRow && (c == number || c == amount);
                    value(row, c, cells.get(c), numeric);
                    if (row.getCell(c) == null) {
                        continue;
                    }
                    if (r == headerRow) {
                        row.getCell(c).setCellStyle(head);
                    } else if (r < headerRow && c == 0) {
                        row.getCell(c).setCellStyle(bold);
                    } else if (r > headerRow && c == quote) {
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
            for (int c = 0; c < NoticeTable.COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(2, headerRow + 1);
            choices(sheet, headerRow + 1, NoticeTable.COLUMNS.indexOf("比较"), NoticeTable.COMPARATORS);
            choices(sheet, headerRow + 1, NoticeTable.COLUMNS.indexOf("考核方式"), NoticeTable.SCHEDULES);
            Sheet guide = wb.createSheet("填写说明");
            guide.setColumnWidth(0, 120 * 256);
            int g = 0;
            for (String line : table.notes()) {
                guide.createRow(g++).createCell(0).setCellValue("注意：" + line);
            }
            for (String line : GUIDE) {
                guide.createRow(g++).createCell(0).setCellValue(line);
            }
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    /** A cell: a number where the column holds numbers and the text is one, else the text. */
    private static void value(Row row, int col, String text, boolean numeric) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (numeric && text.matches("\\d+(\\.\\d+)?")) {
            row.createCell(col).setCellValue(new BigDecimal(text).doubleValue());
        } else {
            row.createCell(col).setCellValue(text);
        }
    }

    private static void choices(Sheet sheet, int firstRow, int col, List<String> options) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(options.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, firstRow + LIST_ROWS, col, col));
        v.setShowErrorBox(true);
        v.createErrorBox("请从列表中选择", "只能填写：" + String.join("、", options));
        sheet.addValidationData(v);
    }
}
