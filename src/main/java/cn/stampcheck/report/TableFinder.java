package cn.stampcheck.report;

import cn.stampcheck.extract.Numerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the progress form in a workbook (contract §1): the first sheet with a header row naming
 * 序号, a name column and a progress column, wherever it starts, with headers split over two rows,
 * merged 序号 cells spanning several rows, a repeated header on a second page and footer lines
 * (填报人, 联系电话) below. A cell merged down over several items (one 完成时限 for all, one progress
 * text for two items) belongs to each of them, anchored at the merged cell's top-left cell, the one a
 * mark can be seen on.
 */
public final class TableFinder {

    /** The sheet the office extension writes its results to; never a report. */
    public static final String RESULT_SHEET = "核查结果";

    private static final Pattern FOOTER = Pattern.compile("^(填报人|填表人|填报单位|审核人|联系人|联系电话|负责人|单位负责人|备注|注[:：]|说明|抄送|制表).*");
    private static final Pattern NUMBER_DECORATION = Pattern.compile("^[(（第]+|[)）、.,，项]+$");

    private TableFinder() {
    }

    /** The first visible sheet holding the form; a hidden sheet (an old copy) only when no visible one does. */
    public static ReportTable find(Workbook workbook) throws NoReportTableException {
        for (boolean hidden : new boolean[] {false, true}) {
            for (int i = 0; i < workbook.sheets().size(); i++) {
                Grid grid = workbook.sheets().get(i);
                if (grid.hidden() != hidden || grid.name().equals(RESULT_SHEET)) {
                    continue;
                }
                Optional<ReportTable> table = find(grid, i);
                if (table.isPresent()) {
                    return table.get();
                }
            }
        }
        throw new NoReportTableException(workbook.sheets().isEmpty()
                ? "工作簿中没有工作表"
                : "未找到进展情况表：没有一行表头同时含有“序号”“实事名称”和“进度”");
    }

    private static Optional<ReportTable> find(Grid grid, int sheetIndex) {
        for (int r = 0; r < grid.rowCount(); r++) {
            Map<Column, List<Integer>> columns = header(grid, r);
            if (columns.containsKey(Column.NUMBER) && columns.containsKey(Column.NAME)
                    && columns.containsKey(Column.PROGRESS)) {
                int headerEnd = r;
                // A header split over two rows (merged 序号 above, 完成时限 below) adds the second row's columns.
                Map<Column, List<Integer>> second = header(grid, r + 1);
                if (!second.isEmpty() && number(grid.text(r + 1, first(columns, Column.NUMBER))).isEmpty()) {
                    second.forEach((c, cols) -> cols.forEach(col -> add(columns, c, col)));
                    headerEnd = r + 1;
                }
                return Optional.of(table(grid, sheetIndex, r, headerEnd, columns));
            }
        }
        return Optional.empty();
    }

    /**
     * The columns a header row names. Units and progress may take several columns (牵头单位 and 配合单位;
     * 具体措施 and 进度情况), whose texts are joined; every other kind takes its first column.
     */
    private static Map<Column, List<Integer>> header(Grid grid, int row) {
        Map<Column, List<Integer>> columns = new EnumMap<>(Column.class);
        for (int c = 0; row < grid.rowCount() && c < grid.rows().get(row).size(); c++) {
            Column col = Column.of(grid.text(row, c));
            if (col != null) {
                add(columns, col, c);
            }
        }
        return columns;
    }

    private static void add(Map<Column, List<Integer>> columns, Column kind, int col) {
        List<Integer> cols = columns.computeIfAbsent(kind, k -> new ArrayList<>());
        boolean several = kind == Column.UNITS || kind == Column.PROGRESS;
        if (!cols.contains(col) && (cols.isEmpty() || several)) {
            cols.add(col);
            cols.sort(null);
        }
    }

    private static int first(Map<Column, List<Integer>> columns, Column kind) {
        return columns.get(kind).get(0);
    }

    private static ReportTable table(Grid grid, int sheetIndex, int headerRow, int headerEnd,
                                     Map<Column, List<Integer>> columns) {
        StringBuilder title = new StringBuilder();
        for (int r = 0; r < headerRow; r++) {
            String line = String.join(" ", grid.rows().get(r).stream().filter(s -> s != null && !s.isBlank()).toList());
            if (!line.isBlank()) {
                title.append(title.length() > 0 ? "\n" : "").append(line.strip());
            }
        }
        int numberCol = first(columns, Column.NUMBER);
        List<RowBuilder> rows = new ArrayList<>();
        RowBuilder current = null;
        // After a row that is no item (a header, 合计, a heading), numbering that starts again belongs to
        // another table below the form (下季度工作计划), not to the form.
        boolean interrupted = false;
        int highest = 0;
        for (int r = headerEnd + 1; r < grid.rowCount(); r++) {
            if (isFooter(grid, r)) {
                break;
            }
            if (header(grid, r).containsKey(Column.NUMBER)) {
                current = null;
                interrupted = true;
                continue;
            }
            CellRange merge = grid.mergeAt(r, numberCol);
            boolean continues = merge != null && merge.firstRow() < r && current != null
                    && current.firstRow >= merge.firstRow();
            String numberText = grid.text(r, numberCol);
            Optional<Integer> number = number(numberText);
            // The rows of one item: under a merged 序号, without a 序号, or repeating the number just above
            // (one row per department).
            boolean sameItem = current != null && number.isPresent() && number.get() == current.number;
            if (!continues && numberText.isBlank() && current != null && namesAnotherItem(grid, r, columns, current)) {
                // a forgotten 序号: a row with a name of its own is the next item, not a continuation
                number = Optional.of(current.number + 1);
            } else if (continues || sameItem || (numberText.isBlank() && current != null && hasContent(grid, r))) {
                current.add(grid, r);
                continue;
            }
            if (number.isPresent()) {
                if (interrupted && number.get() <= highest) {
                    break;
                }
                highest = Math.max(highest, number.get());
                current = new RowBuilder(number.get(), r, columns);
                current.add(grid, r);
                rows.add(current);
            } else {
                current = null;
                interrupted |= !numberText.isBlank();
            }
        }
        Cell numberHeader = new Cell(headerRow, numberCol, grid.text(headerRow, numberCol));
        return new ReportTable(grid.name(), sheetIndex, title.toString(), numberHeader,
                rows.stream().map(RowBuilder::build).toList());
    }

    private static boolean isFooter(Grid grid, int row) {
        for (String text : grid.rows().get(row)) {
            if (text != null && !text.isBlank()) {
                return FOOTER.matcher(Text.compact(text)).matches();
            }
        }
        return false;
    }

    /** The row's name cell, not merged from above, says something other than the current item's name. */
    private static boolean namesAnotherItem(Grid grid, int row, Map<Column, List<Integer>> columns, RowBuilder current) {
        int nameCol = first(columns, Column.NAME);
        String name = Text.bare(grid.text(row, nameCol));
        CellRange merge = grid.mergeAt(row, nameCol);
        return !name.isEmpty() && (merge == null || merge.firstRow() == row)
                && !name.equals(Text.bare(grid.text(current.firstRow, nameCol)));
    }

    private static boolean hasContent(Grid grid, int row) {
        return grid.rows().get(row).stream().anyMatch(s -> s != null && !s.isBlank());
    }

    /** The item number a 序号 cell holds: 3, ３, 三, 3、, (3), 第3项. */
    static Optional<Integer> number(String text) {
        String t = NUMBER_DECORATION.matcher(Text.compact(text)).replaceAll("");
        if (t.isEmpty() || t.length() > 6) {
            return Optional.empty();
        }
        return Numerals.parse(t).filter(n -> n.signum() > 0 && n.scale() <= 0)
                .map(BigDecimal::intValue);
    }

    /** Collects the texts of the sheet rows that make up one item row. */
    private static final class RowBuilder {
        private final int number;
        private final int firstRow;
        private final Map<Column, List<Integer>> columns;
        private final Map<Column, StringBuilder> texts = new EnumMap<>(Column.class);
        /** Columns whose cell is merged down from an earlier item: anchored at that merge's top-left. */
        private final Map<Column, CellRange> anchors = new EnumMap<>(Column.class);
        private final List<String> progressRows = new ArrayList<>();

        RowBuilder(int number, int firstRow, Map<Column, List<Integer>> columns) {
            this.number = number;
            this.firstRow = firstRow;
            this.columns = columns;
        }

        void add(Grid grid, int row) {
            StringBuilder rowProgress = new StringBuilder();
            for (Map.Entry<Column, List<Integer>> e : columns.entrySet()) {
                for (int col : e.getValue()) {
                    CellRange merge = grid.mergeAt(row, col);
                    boolean fromEarlierItem = merge != null && merge.firstRow() < firstRow;
                    if (fromEarlierItem && row == firstRow && col == e.getValue().get(0)) {
                        anchors.put(e.getKey(), merge);
                    }
                    String t = (fromEarlierItem && row == firstRow ? grid.text(merge.firstRow(), merge.firstCol())
                            : grid.text(row, col)).strip();
                    if (t.isEmpty() || e.getKey() == Column.NUMBER && row != firstRow) {
                        continue;
                    }
                    if (e.getKey() == Column.PROGRESS) {
                        rowProgress.append(rowProgress.length() > 0 ? "\n" : "").append(t);
                    }
                    StringBuilder sb = texts.computeIfAbsent(e.getKey(), k -> new StringBuilder());
                    if (sb.toString().lines().anyMatch(t::equals)) {
                        continue;
                    }
                    if (sb.length() > 0) {
                        sb.append('\n');
                    }
                    sb.append(t);
                }
            }
            if (rowProgress.length() > 0) {
                progressRows.add(rowProgress.toString());
            }
        }

        ItemRow build() {
            return new ItemRow(number, cell(Column.NUMBER), cell(Column.NAME), cell(Column.UNITS),
                    cell(Column.PROGRESS), cell(Column.DEADLINE), null, progressRows);
        }

        private Cell cell(Column c) {
            List<Integer> cols = columns.get(c);
            if (cols == null) {
                return null;
            }
            StringBuilder sb = texts.get(c);
            CellRange anchor = anchors.get(c);
            return new Cell(anchor == null ? firstRow : anchor.firstRow(), anchor == null ? cols.get(0) : anchor.firstCol(),
                    sb == null ? "" : sb.toString());
        }
    }
}
