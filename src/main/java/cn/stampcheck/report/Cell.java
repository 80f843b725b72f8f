package cn.stampcheck.report;

/**
 * One cell of the checked sheet: where it is and what it says. Findings are anchored at cells, so the
 * address travels with the text from the reader to the annotation.
 */
public record Cell(int row, int col, String text) {

    public Cell {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The A1-style address, e.g. {@code D7}. */
    public String address() {
        return address(row, col);
    }

    public static String address(int row, int col) {
        return columnName(col) + (row + 1);
    }

    public static String columnName(int col) {
        StringBuilder name = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }
}
