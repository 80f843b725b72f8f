package cn.stampcheck.report;

import java.util.List;

/**
 * One sheet as plain cell texts plus its merged regions. Every reader (POI, ODS, the office through UNO)
 * produces this, so the rest of the checker never sees a file format.
 *
 * @param name  the sheet's name
 * @param rows  cell texts by row; rows may have different lengths, missing cells are empty
 * @param merges merged regions; only the top-left cell of each carries the text
 */
public record Grid(String name, List<List<String>> rows, List<CellRange> merges) {

    public Grid {
        rows = List.copyOf(rows.stream().map(List::copyOf).toList());
        merges = List.copyOf(merges);
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
