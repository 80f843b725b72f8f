package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.table.XColumnRowRange;

/**
 * Keeps the form a department sent while marks go on and off. Calc refits every row whose height was not
 * set by hand as soon as a cell in it changes (a fill, a comment), and again when that change is undone,
 * with its own fonts and wrapping: rows of wrapped text that Excel fitted grow two to four times, and the
 * grown rows are saved. So while marks are written the document's refitting is off
 * ({@code IsAdjustHeightEnabled}), and inside the undo step the rows between the first and the last marked
 * cell are first pinned at the height they have: undoing the step then takes the fills off with the rows
 * still pinned and only then gives the rows their own height and fitting back.
 */
final class FormGuard implements AutoCloseable {

    private static final String ADJUST = "IsAdjustHeightEnabled";

    private final XPropertySet doc;
    private final boolean wasEnabled;

    private FormGuard(XPropertySet doc, boolean wasEnabled) {
        this.doc = doc;
        this.wasEnabled = wasEnabled;
    }

    /** Switches row refitting off until {@link #close()}. */
    static FormGuard hold(XSpreadsheetDocument document) {
        XPropertySet doc = qi(XPropertySet.class, document);
        boolean enabled = Boolean.TRUE.equals(Uno.get(doc, ADJUST));
        Uno.set(doc, ADJUST, false);
        return new FormGuard(doc, enabled);
    }

    /**
     * Pins the rows firstRow..lastRow (0-based) that Calc would refit at the height they have now; rows next
     * to each other at the same height in one call.
     */
    void pin(XSpreadsheet sheet, int firstRow, int lastRow) throws com.sun.star.uno.Exception {
        XIndexAccess rows = qi(XIndexAccess.class, qi(XColumnRowRange.class, sheet).getRows());
        int start = -1;
        int height = 0;
        for (int r = firstRow; r <= lastRow + 1; r++) {
            boolean fitted = false;
            int h = 0;
            if (r <= lastRow) {
                Object row = rows.getByIndex(r);
                fitted = Boolean.TRUE.equals(Uno.get(row, "OptimalHeight"));
                h = Uno.toInt(Uno.get(row, "Height"), 0);
            }
            if (start >= 0 && (!fitted || h != height)) {
                Object run = qi(XColumnRowRange.class, sheet.getCellRangeByPosition(0, start, 0, r - 1)).getRows();
                Uno.set(run, "Height", height);
                start = -1;
            }
            if (fitted && start < 0) {
                start = r;
                height = h;
            }
        }
    }

    @Override
    public void close() {
        Uno.set(doc, ADJUST, wasEnabled);
    }
}
