package cn.stampcheck.calc;

import cn.stampcheck.marks.MarkText;
import cn.stampcheck.check.FindingCode;
import cn.stampcheck.report.Cell;
import com.sun.star.beans.PropertyState;
import com.sun.star.beans.XPropertySet;
import com.sun.star.beans.XPropertyState;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNamed;
import com.sun.star.lang.XComponent;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeFormula;
import com.sun.star.sheet.XSheetAnnotation;
import com.sun.star.sheet.XSheetAnnotationsSupplier;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellAddress;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.text.XSimpleText;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Reading a document back through UNO, as the tests compare it. */
final class Docs {

    private Docs() {
    }

    static <T> T qi(Class<T> type, Object o) {
        return UnoRuntime.queryInterface(type, o);
    }

    static List<XSpreadsheet> sheets(XComponent doc) throws Exception {
        XIndexAccess all = qi(XIndexAccess.class, qi(XSpreadsheetDocument.class, doc).getSheets());
        List<XSpreadsheet> sheets = new ArrayList<>();
        for (int i = 0; i < all.getCount(); i++) {
            sheets.add(qi(XSpreadsheet.class, all.getByIndex(i)));
        }
        return sheets;
    }

    static String name(XSpreadsheet sheet) {
        return qi(XNamed.class, sheet).getName();
    }

    static List<String> sheetNames(XComponent doc) throws Exception {
        return sheets(doc).stream().map(Docs::name).toList();
    }

    static XSpreadsheet sheet(XComponent doc, String name) throws Exception {
        return qi(XSpreadsheet.class, qi(XSpreadsheetDocument.class, doc).getSheets().getByName(name));
    }

    /** Every comment of a sheet: address → text. */
    static Map<String, String> comments(XSpreadsheet sheet) throws Exception {
        XIndexAccess list = qi(XIndexAccess.class, qi(XSheetAnnotationsSupplier.class, sheet).getAnnotations());
        Map<String, String> comments = new LinkedHashMap<>();
        for (int i = 0; i < list.getCount(); i++) {
            XSheetAnnotation a = qi(XSheetAnnotation.class, list.getByIndex(i));
            CellAddress p = a.getPosition();
            comments.put(Cell.address(p.Row, p.Column), qi(XSimpleText.class, a).getString());
        }
        return comments;
    }

    /** The checker's findings as read back from the comments: "D7 BEHIND_SCHEDULE", sorted. */
    static TreeSet<String> marks(XComponent doc) throws Exception {
        TreeSet<String> marks = new TreeSet<>();
        for (XSpreadsheet s : sheets(doc)) {
            if (name(s).equals("核查结果")) {
                continue;
            }
            for (Map.Entry<String, String> c : comments(s).entrySet()) {
                for (FindingCode code : MarkText.codes(c.getValue())) {
                    marks.add(c.getKey() + " " + code);
                }
            }
        }
        return marks;
    }

    static CellRangeAddress usedArea(XSpreadsheet sheet) {
        XSheetCellCursor cursor = sheet.createCursor();
        qi(XUsedAreaCursor.class, cursor).gotoEndOfUsedArea(false);
        return qi(XCellRangeAddressable.class, cursor).getRangeAddress();
    }

    /** "d" for no direct fill, else the colour in hex. */
    static String fill(XSpreadsheet sheet, int col, int row) throws Exception {
        Object cell = sheet.getCellByPosition(col, row);
        if (qi(XPropertyState.class, cell).getPropertyState("CellBackColor") != PropertyState.DIRECT_VALUE) {
            return "d";
        }
        Object v = qi(XPropertySet.class, cell).getPropertyValue("CellBackColor");
        return Integer.toHexString(((Number) (v instanceof com.sun.star.uno.Any a ? a.getObject() : v)).intValue());
    }

    /** Everything a check may touch, per sheet: the sheets, each cell's content, comment and fill. */
    record Snapshot(List<String> sheets, Map<String, List<List<String>>> contents, Map<String, Map<String, String>> comments,
                    Map<String, Map<String, String>> fills) {
    }

    static Snapshot snapshot(XComponent doc) throws Exception {
        Map<String, List<List<String>>> contents = new LinkedHashMap<>();
        Map<String, Map<String, String>> comments = new LinkedHashMap<>();
        Map<String, Map<String, String>> fills = new LinkedHashMap<>();
        for (XSpreadsheet s : sheets(doc)) {
            String n = name(s);
            CellRangeAddress end = usedArea(s);
            int rows = Math.min(end.EndRow + 2, 60);
            int cols = Math.min(end.EndColumn + 2, 12);
            String[][] f = qi(XCellRangeFormula.class, s.getCellRangeByPosition(0, 0, cols - 1, rows - 1)).getFormulaArray();
            List<List<String>> content = new ArrayList<>();
            Map<String, String> fill = new LinkedHashMap<>();
            for (int r = 0; r < rows; r++) {
                content.add(List.of(f[r]));
                for (int c = 0; c < cols; c++) {
                    fill.put(Cell.address(r, c), fill(s, c, r));
                }
            }
            contents.put(n, content);
            comments.put(n, comments(s));
            fills.put(n, fill);
        }
        return new Snapshot(sheetNames(doc), contents, comments, fills);
    }
}
