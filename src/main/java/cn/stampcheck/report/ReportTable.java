package cn.stampcheck.report;

import java.util.List;

/**
 * The progress form found in a workbook: where its header is, what stands above it, and its item rows.
 *
 * @param title        the text above the header (title, 单位：（盖章）, …), lines joined by newlines
 * @param numberHeader the 序号 header cell; an item with no row is reported there
 */
public record ReportTable(String sheet, int sheetIndex, String title, Cell numberHeader, List<ItemRow> rows) {

    public ReportTable {
        rows = List.copyOf(rows);
    }
}
