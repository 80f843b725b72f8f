package cn.stampcheck.calc;

import static cn.stampcheck.calc.Docs.qi;

import cn.stampcheck.report.Cell;
import com.sun.star.beans.XMultiPropertySet;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.lang.XComponent;
import com.sun.star.sheet.XPrintAreas;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.table.BorderLine2;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XColumnRowRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of a document as the clerk sees and prints it, read through UNO: per sheet (the 核查结果 sheet
 * left out) every row height and column width of the used area and a little beyond, and per cell wrap,
 * font, size and borders, and the print ranges. A check may change comments and fills, nothing of this.
 */
record Layout(Map<String, Map<String, Object>> sheets) {

    /** Cell properties that make the form (fills and comments are a check's own and are compared elsewhere). */
    private static final String[] CELL = {"IsTextWrapped", "CharFontName", "CharHeight", "CharWeight",
        "HoriJustify", "VertJustify", "TopBorder", "BottomBorder", "LeftBorder", "RightBorder"};

    static Layout read(XComponent doc) throws Exception {
        Map<String, Map<String, Object>> sheets = new LinkedHashMap<>();
        for (XSpreadsheet sheet : Docs.sheets(doc)) {
            String name = Docs.name(sheet);
            if (name.equals(Marker.RESULT)) {
                continue;
            }
            CellRangeAddress used = Docs.usedArea(sheet);
            int rows = used.EndRow + 3;
            int cols = used.EndColumn + 2;
            Map<String, Object> form = new LinkedHashMap<>();
            XIndexAccess rowList = qi(XIndexAccess.class, qi(XColumnRowRange.class, sheet).getRows());
            for (int r = 0; r < rows; r++) {
                XPropertySet row = qi(XPropertySet.class, rowList.getByIndex(r));
                form.put("row " + (r + 1) + " height", row.getPropertyValue("Height"));
            }
            XIndexAccess colList = qi(XIndexAccess.class, qi(XColumnRowRange.class, sheet).getColumns());
            for (int c = 0; c < cols; c++) {
                form.put("column " + Cell.address(0, c).replace("1", "") + " width",
                        qi(XPropertySet.class, colList.getByIndex(c)).getPropertyValue("Width"));
            }
            for (int r = 0; r <= used.EndRow; r++) {
                for (int c = 0; c <= used.EndColumn; c++) {
                    Object[] values = qi(XMultiPropertySet.class, sheet.getCellByPosition(c, r)).getPropertyValues(CELL);
                    form.put(Cell.address(r, c), Arrays.stream(values).map(Layout::text).toList());
                }
            }
            form.put("print ranges", Arrays.stream(qi(XPrintAreas.class, sheet).getPrintAreas())
                    .map(a -> a.StartColumn + "," + a.StartRow + ":" + a.EndColumn + "," + a.EndRow).toList());
            sheets.put(name, form);
        }
        return new Layout(sheets);
    }

    private static String text(Object v) {
        if (v instanceof com.sun.star.uno.Any a) {
            v = a.getObject();
        }
        if (v instanceof BorderLine2 b) {
            return b.LineStyle + "/" + b.LineWidth + "/" + Integer.toHexString(b.Color);
        }
        if (v instanceof com.sun.star.table.BorderLine b) {
            return b.OuterLineWidth + "/" + b.InnerLineWidth + "/" + Integer.toHexString(b.Color);
        }
        if (v instanceof com.sun.star.uno.Enum e) {
            return String.valueOf(e.getValue());
        }
        return String.valueOf(v);
    }

    /** The row heights of a sheet in 1/100 mm, from row 1. */
    List<Integer> heights(String sheet) {
        List<Integer> heights = new ArrayList<>();
        sheets.get(sheet).forEach((k, v) -> {
            if (k.endsWith(" height")) {
                heights.add(((Number) v).intValue());
            }
        });
        return heights;
    }

    /** What differs from the other layout, one line per difference; empty when the form is the same. */
    List<String> differences(Layout other) {
        List<String> out = new ArrayList<>();
        if (!sheets.keySet().equals(other.sheets.keySet())) {
            out.add("sheets " + sheets.keySet() + " → " + other.sheets.keySet());
        }
        sheets.forEach((name, form) -> {
            Map<String, Object> then = other.sheets.getOrDefault(name, Map.of());
            form.forEach((what, value) -> {
                Object now = then.get(what);
                if (!value.equals(now)) {
                    out.add(name + " " + what + ": " + value + " → " + now);
                }
            });
        });
        return out;
    }

    /** Fails with every difference when the form changed. */
    static void assertSame(Layout original, Layout now, String when) {
        List<String> differences = original.differences(now);
        org.junit.jupiter.api.Assertions.assertTrue(differences.isEmpty(),
                when + ", the form changed:\n" + String.join("\n", differences));
    }
}
