package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Finding;
import cn.stampcheck.check.Severity;
import com.sun.star.awt.FontUnderline;
import com.sun.star.awt.FontWeight;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameContainer;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.sheet.CellFlags;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSheetOperation;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCell;
import com.sun.star.text.XText;
import com.sun.star.table.XColumnRowRange;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The 核查结果 sheet: a header line (rules file, quarter, time, counts), column titles, then one row per
 * finding in reading order: the cell as a HYPERLINK that jumps to it, the item, the severity, the finding
 * in words, the message and the clerk's 说明 on an accepted finding. It is the record kept for stamping:
 * the rules by the name the clerk knows (2024年临淄区), and it prints on A4 landscape, one page wide.
 */
final class ResultSheet {

    static final String[] COLUMNS = {"单元格", "序号", "级别", "问题", "内容", "说明"};
    private static final int[] WIDTHS = {1800, 1500, 2400, 3500, 14000, 7000};

    private static final int LINK_COLOR = 0x000080;

    private final CheckResult result;
    private final String time;

    ResultSheet(CheckResult result, LocalDateTime time) {
        this.result = result;
        this.time = time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** A page style of its own: A4 landscape, scaled to one page wide (as many pages long as needed). */
    private static String pageStyle(XSpreadsheetDocument doc) throws com.sun.star.uno.Exception {
        XNameContainer styles = qi(XNameContainer.class,
                qi(XStyleFamiliesSupplier.class, doc).getStyleFamilies().getByName("PageStyles"));
        if (!styles.hasByName(PAGE_STYLE)) {
            styles.insertByName(PAGE_STYLE, qi(XMultiServiceFactory.class, doc).createInstance("com.sun.star.style.PageStyle"));
        }
        Object style = styles.getByName(PAGE_STYLE);
        Uno.set(style, "IsLandscape", true);
        Uno.set(style, "Width", 29700);
        Uno.set(style, "Height", 21000);
        Uno.set(style, "ScaleToPagesX", (short) 1);
        Uno.set(style, "ScaleToPagesY", (short) 0);
        return PAGE_STYLE;
    }

    String header() {
        return "核查结果　工作表：" + result.sheet() + "　规则：" + result.noticeName() + "　季度：第" + result.quarter()
                + "季度　时间：" + time + "　错误 " + result.count(Severity.ERROR) + " 处，提醒 "
                + result.count(Severity.WARNING) + " 处，已说明 " + result.accepted() + " 处";
    }

    static final String PAGE_STYLE = "核查结果";

    /**
     * Nothing to list: clearing empties the sheet inside its undo step before the sheet goes (in a step of its
     * own), so that undoing the clear one step at a time never shows a list of marks that are not there.
     */
    static ResultSheet empty() {
        return new ResultSheet(null, LocalDateTime.now());
    }

    void write(XSpreadsheetDocument doc, XSpreadsheet sheet) throws com.sun.star.uno.Exception {
        XSheetCellCursor cursor = sheet.createCursor();
        qi(XUsedAreaCursor.class, cursor).gotoEndOfUsedArea(false);
        CellRangeAddress end = qi(XCellRangeAddressable.class, cursor).getRangeAddress();
        qi(XSheetOperation.class, sheet.getCellRangeByPosition(0, 0, Math.max(end.EndColumn, COLUMNS.length - 1), Math.max(end.EndRow, 1)))
                .clearContents(CellFlags.VALUE | CellFlags.DATETIME | CellFlags.STRING | CellFlags.ANNOTATION
                        | CellFlags.FORMULA | CellFlags.HARDATTR | CellFlags.EDITATTR);
        if (result == null) {
            return;
        }
        Uno.set(sheet, "PageStyle", pageStyle(doc));

        int n = result.findings().size();
        Object[][] data = new Object[n + 2][COLUMNS.length];
        data[0][0] = header();
        for (int c = 1; c < COLUMNS.length; c++) {
            data[0][c] = "";
        }
        data[1] = COLUMNS.clone();
        for (int i = 0; i < n; i++) {
            Finding f = result.findings().get(i);
            data[i + 2] = new Object[] {f.cell().address(), f.item() == null ? "" : (Object) (double) f.item(),
                    f.severity().chinese() + (f.accepted() ? "·已说明" : ""), f.code().title(), f.message(),
                    f.accepted() ? f.explanation() : ""};
        }
        String quoted = "'" + result.sheet().replace("'", "''") + "'";
        for (int i = 2; i < n + 2; i++) {
            String a = (String) data[i][0];
            data[i][0] = "=HYPERLINK(\"#" + quoted.replace("\"", "\"\"") + "." + a + "\";\"" + a + "\")";
        }
        // cell by cell: unlike setDataArray and setFormulaArray, each cell's entry is undone with the check's
        // undo step, so that one Ctrl+Z leaves no list of marks that are gone
        for (int r = 0; r < data.length; r++) {
            for (int c = 0; c < COLUMNS.length; c++) {
                Object v = data[r][c];
                XCell cell = sheet.getCellByPosition(c, r);
                if (v instanceof Double d) {
                    cell.setValue(d);
                } else if (v.toString().startsWith("=")) {
                    cell.setFormula(v.toString());
                } else if (!v.toString().isEmpty()) {
                    qi(XText.class, cell).setString(v.toString());
                }
            }
        }
        Uno.set(sheet.getCellRangeByPosition(0, 0, COLUMNS.length - 1, 1), "CharWeight", FontWeight.BOLD);
        if (n > 0) {
            Object links = sheet.getCellRangeByPosition(0, 2, 0, n + 1);
            Uno.set(links, "CharColor", LINK_COLOR);
            Uno.set(links, "CharUnderline", FontUnderline.SINGLE);
        }
        XIndexAccess columns = qi(XIndexAccess.class, qi(XColumnRowRange.class, sheet).getColumns());
        for (int c = 0; c < COLUMNS.length; c++) {
            Uno.set(columns.getByIndex(c), "IsTextWrapped", c == 4 || c == 5);
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            Uno.set(columns.getByIndex(c), "Width", WIDTHS[c]);
        }
    }
}
