package cn.stampcheck.report;

import java.util.List;
import java.util.Map;

/**
 * One sheet as plain cell texts plus its merged regions. Every reader (POI, ODS, the office through UNO)
 * produces this, so the rest of the checker never sees a file format.
 *
 * @param name  the sheet's name
 * @param rows  cell texts by row; rows may have different lengths, missing cells are empty
 * @param merges merged regions; only the top-left cell of each carries the text
 * @param comments cell comments by A1 address (e.g. {@code D7}): a clerk's 【说明】 lines live there
 * @param hidden  the sheet is hidden (an old copy kept in the file); the visible report is checked first
 */
public record Grid(String name, List<List<String>> rows, List<CellRange> merges, Map<String, String> comments,
                   boolean hidden) {

    public Grid {
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        merges = List.copyOf(merges);
        comments = Map.copyOf(comments);
    }

    /** A visible sheet without comments (or whose reader does not see them). */
    public Grid(String name, List<List<String>> rows, List<CellRange> merges) {
        this(name, rows, merges, Map.of(), false);
    }

    /** The comment of a cell, empty when it has none; never null. */
    public String comment(Cell cell) {
        return comments.getOrDefault(cell.address(), "");
    }

    public int rowCount() {
        return rows.size();
    }

    /** The text at a position, empty outside the grid; never null. */
    public String text(int row, int col) {
        if (row < 0 || row >= rows.size()) {
            return "";
        }
        List<String> r = rows.get(row);
        if (col < 0 || col >= r.size() || r.get(col) == null) {
            return "";
        }
        return r.get(col);
    }

    /** The merged region holding a position, or null when the cell is not merged. */
    public CellRange mergeAt(int row, int col) {
        for (CellRange m : merges) {
            if (m.contains(row, col)) {
                return m;
            }
        }
        return null;
    }
}
