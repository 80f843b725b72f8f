package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.calc.Marker.At;
import cn.stampcheck.report.Cell;
import com.sun.star.frame.XController;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XSpreadsheetView;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.view.XSelectionSupplier;
import java.util.List;

/**
 * 下一处 / 上一处: moves the cell cursor through the marked cells in reading order, wrapping around (and
 * saying so: a clerk who walked past the last mark should know she is back at the first).
 */
final class Navigator {

    private Navigator() {
    }

    /** Selects the next (or previous) marked cell; returns a short message, e.g. "第2处，共5处：D7". */
    static String move(Marker marker, XController controller, boolean forward) throws com.sun.star.uno.Exception {
        List<At> marks = marker.marked();
        if (marks.isEmpty()) {
            return "没有核查标记。请先点击“核查”。";
        }
        XSpreadsheetView view = qi(XSpreadsheetView.class, controller);
        short active = marker.sheetIndex(qi(com.sun.star.container.XNamed.class, view.getActiveSheet()).getName());
        At here;
        CellRangeAddress sel = selection(controller);
        if (sel != null && sel.Sheet == active) {
            here = new At(active, sel.StartColumn, sel.StartRow);
        } else {
            here = forward ? new At(active, -1, -1) : new At(active, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
        // marks on the active sheet first; else the first sheet that has marks
        short sheet = marks.stream().anyMatch(m -> m.sheet() == here.sheet()) ? here.sheet() : marks.get(0).sheet();
        List<At> onSheet = marks.stream().filter(m -> m.sheet() == sheet).toList();
        At target = null;
        if (forward) {
            target = onSheet.stream().filter(m -> sheet != here.sheet() || m.compareTo(here) > 0).findFirst().orElse(null);
        } else {
            for (At m : onSheet) {
                if (sheet != here.sheet() || m.compareTo(here) < 0) {
                    target = m;
                }
            }
        }
        String wrapped = "";
        if (target == null) {
            target = forward ? onSheet.get(0) : onSheet.get(onSheet.size() - 1);
            wrapped = forward ? "（已过最后一处，回到第一处）" : "（已过第一处，回到最后一处）";
        }
        show(marker, controller, target);
        return "第" + (onSheet.indexOf(target) + 1) + "处，共" + onSheet.size() + "处：" + Cell.address(target.row(), target.col()) + wrapped;
    }

    /** Shows a cell: its sheet becomes the active one and the cell cursor goes to it (the view scrolls there). */
    static void show(Marker marker, XController controller, At cell) throws com.sun.star.uno.Exception {
        XSpreadsheetView view = qi(XSpreadsheetView.class, controller);
        if (view == null) {
            return;
        }
        if (!qi(com.sun.star.container.XNamed.class, view.getActiveSheet()).getName().equals(marker.sheetName(cell.sheet()))) {
            view.setActiveSheet(marker.sheet(cell.sheet()));
        }
        qi(XSelectionSupplier.class, controller).select(
                marker.sheet(cell.sheet()).getCellRangeByPosition(cell.col(), cell.row(), cell.col(), cell.row()));
    }

    private static CellRangeAddress selection(XController controller) {
        Object sel = qi(XSelectionSupplier.class, controller).getSelection();
        XCellRangeAddressable a = qi(XCellRangeAddressable.class, sel);
        return a == null ? null : a.getRangeAddress();
    }
}
