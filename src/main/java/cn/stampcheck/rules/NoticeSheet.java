package cn.stampcheck.rules;

import cn.stampcheck.report.Grid;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a notice table before it is written to a file: the header block and the target rows as
 * cell texts in {@link NoticeTable#COLUMNS} order. Drafts and converted .drl files are laid out as this,
 * and a writer at the edge (POI) makes the workbook.
 *
 * @param title the notice's name (通知名称), may be empty
 * @param notes lines the clerk should read before using the table (待确认 numbers, missing year …)
 */
public record NoticeSheet(int year, String place, String title, List<List<String>> rows, List<String> notes) {

    public NoticeSheet {
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        notes = List.copyOf(notes);
    }

    /** The row of the column names in {@link #grid()}; the targets follow it. */
    public static final int HEADER_ROW = NoticeTable.HEADER.size() + 1;

    /**
     * The sheet 目标表 as cell texts, laid out as the writer writes it and {@link NoticeTable} reads it:
     * 年份, 地区, 通知名称 in columns A–B, an empty row, the column names, the targets.
     */
    public Grid grid() {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of(NoticeTable.HEADER.get(0), year == 0 ? "" : Integer.toString(year)));
        cells.add(List.of(NoticeTable.HEADER.get(1), place));
        cells.add(List.of(NoticeTable.HEADER.get(2), title));
        cells.add(List.of());
        cells.add(NoticeTable.COLUMNS);
        cells.addAll(rows);
        return new Grid(NoticeTable.SHEET, cells, List.of());
    }
}
