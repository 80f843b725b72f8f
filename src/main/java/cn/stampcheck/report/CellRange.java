package cn.stampcheck.report;

/** A rectangle of cells, zero-based and inclusive; used for merged regions. */
public record CellRange(int firstRow, int firstCol, int lastRow, int lastCol) {

    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }
}
