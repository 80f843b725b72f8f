package cn.stampcheck.calc;

import static cn.stampcheck.calc.Uno.qi;

import cn.stampcheck.report.Cell;
import cn.stampcheck.report.CellRange;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.Workbook;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.sheet.CellFlags;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XCellRangesQuery;
import com.sun.star.sheet.XSheetAnnotation;
import com.sun.star.sheet.XSheetAnnotationsSupplier;
import com.sun.star.sheet.XSheetCellCursor;
import com.sun.star.sheet.XSheetCellRanges;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.sheet.XSpreadsheetDocument;
import com.sun.star.sheet.XUniqueCellFormatRangesSupplier;
import com.sun.star.sheet.XUsedAreaCursor;
import com.sun.star.table.CellAddress;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.table.XCellRange;
import com.sun.star.text.XSimpleText;
import com.sun.star.text.XText;
import com.sun.star.uno.AnyConverter;
import com.sun.star.util.NumberFormat;
import com.sun.star.util.XMergeable;
import com.sun.star.util.XNumberFormats;
import com.sun.star.util.XNumberFormatsSupplier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an open spreadsheet into the core's {@link Workbook}, in bulk: per sheet one data-array call over
 * the used area (from A1, so grid positions are sheet positions), one query for date-formatted cells
 * (read as 2024-12-31, like the command line's reader; formulas giving a date-formatted number too) and one query of the cell-format ranges to find
 * merged areas. Only non-integer numbers are read cell by cell, as displayed. The result sheet
 * (核查结果) is never read.
 */
final class SheetReader {

    private SheetReader() {
    }

    static Workbook read(XSpreadsheetDocument doc, String fileName) throws com.sun.star.uno.Exception {
        XIndexAccess sheets = qi(XIndexAccess.class, doc.getSheets());
        LocalDate nullDate = nullDate(doc);
        XNumberFormats formats = qi(XNumberFormatsSupplier.class, doc).getNumberFormats();
        List<Grid> grids = new ArrayList<>();
        for (int i = 0; i < sheets.getCount(); i++) {
            XSpreadsheet sheet = qi(XSpreadsheet.class, sheets.getByIndex(i));
            String name = qi(com.sun.star.container.XNamed.class, sheet).getName();
            if (name.equals(TableFinder.RESULT_SHEET)) {
                continue;
            }
            grids.add(read(sheet, name, nullDate, formats));
        }
        return new Workbook(fileName, grids);
    }

    static Grid read(XSpreadsheet sheet, String name, LocalDate nullDate, XNumberFormats formats)
            throws com.sun.star.uno.Exception {
        XSheetCellCursor cursor = sheet.createCursor();
        XUsedAreaCursor used = qi(XUsedAreaCursor.class, cursor);
        used.gotoEndOfUsedArea(false);
        CellRangeAddress end = qi(XCellRangeAddressable.class, cursor).getRangeAddress();
        XCellRange range = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow);
        Object[][] data = qi(XCellRangeData.class, range).getDataArray();

        Set<Long> dates = new HashSet<>();
        XSheetCellRanges dateCells = qi(XCellRangesQuery.class, range).queryContentCells((short) CellFlags.DATETIME);
        for (CellRangeAddress a : dateCells.getRangeAddresses()) {
            for (int r = a.StartRow; r <= a.EndRow; r++) {
                for (int c = a.StartColumn; c <= a.EndColumn; c++) {
                    dates.add(key(r, c));
                }
            }
        }

        // a formula's date (=DATE(2024,12,31)) is no DATETIME content: its number format says it is a date
        XSheetCellRanges formulaCells = qi(XCellRangesQuery.class, range).queryContentCells((short) CellFlags.FORMULA);
        for (CellRangeAddress a : formulaCells.getRangeAddresses()) {
            for (int r = a.StartRow; r <= a.EndRow; r++) {
                for (int c = a.StartColumn; c <= a.EndColumn; c++) {
                    if (data[r][c] instanceof Double && isDateFormat(sheet, r, c, formats)) {
                        dates.add(key(r, c));
                    }
                }
            }
        }

        List<List<String>> rows = new ArrayList<>(data.length);
        for (int r = 0; r < data.length; r++) {
            Object[] row = data[r];
            int last = row.length - 1;
            while (last >= 0 && "".equals(row[last])) {
                last--;
            }
            List<String> texts = new ArrayList<>(last + 1);
            for (int c = 0; c <= last; c++) {
                texts.add(text(sheet, row[c], r, c, dates, nullDate));
            }
            rows.add(texts);
        }
        boolean hidden = !AnyConverter.toBoolean(qi(XPropertySet.class, sheet).getPropertyValue("IsVisible"));
        return new Grid(name, rows, merges(sheet, range), comments(sheet), hidden);
    }

    /** The sheet's comments by address: the core reads the clerk's 【说明】 lines from them. */
    private static Map<String, String> comments(XSpreadsheet sheet) throws com.sun.star.uno.Exception {
        Map<String, String> comments = new HashMap<>();
        XIndexAccess list = qi(XIndexAccess.class, qi(XSheetAnnotationsSupplier.class, sheet).getAnnotations());
        for (int a = 0; a < list.getCount(); a++) {
            XSheetAnnotation note = qi(XSheetAnnotation.class, list.getByIndex(a));
            CellAddress p = note.getPosition();
            comments.put(Cell.address(p.Row, p.Column), qi(XSimpleText.class, note).getString());
        }
        return comments;
    }

    private static String text(XSpreadsheet sheet, Object value, int r, int c, Set<Long> dates, LocalDate nullDate)
            throws com.sun.star.uno.Exception {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d) {
            if (dates.contains(key(r, c))) {
                return nullDate.plusDays((long) Math.floor(d)).toString();
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return qi(XText.class, sheet.getCellByPosition(c, r)).getString();
        }
        return value == null ? "" : value.toString();
    }

    /** Merged areas: the format ranges whose first cell is a merge origin, each origin collapsed to its area. */
    private static List<CellRange> merges(XSpreadsheet sheet, XCellRange range) throws com.sun.star.uno.Exception {
        List<CellRange> merges = new ArrayList<>();
        XIndexAccess groups = qi(XUniqueCellFormatRangesSupplier.class, range).getUniqueCellFormatRanges();
        for (int g = 0; g < groups.getCount(); g++) {
            CellRangeAddress[] addresses = qi(XSheetCellRanges.class, groups.getByIndex(g)).getRangeAddresses();
            if (addresses.length == 0) {
                continue;
            }
            CellRangeAddress first = addresses[0];
            XMergeable probe = qi(XMergeable.class,
                    sheet.getCellRangeByPosition(first.StartColumn, first.StartRow, first.StartColumn, first.StartRow));
            if (probe == null || !probe.getIsMerged()) {
                continue;
            }
            for (CellRangeAddress a : addresses) {
                for (int r = a.StartRow; r <= a.EndRow; r++) {
                    for (int c = a.StartColumn; c <= a.EndColumn; c++) {
                        XSheetCellCursor cur = sheet.createCursorByRange(
                                qi(com.sun.star.sheet.XSheetCellRange.class, sheet.getCellRangeByPosition(c, r, c, r)));
                        cur.collapseToMergedArea();
                        CellRangeAddress m = qi(XCellRangeAddressable.class, cur).getRangeAddress();
                        merges.add(new CellRange(m.StartRow, m.StartColumn, m.EndRow, m.EndColumn));
                    }
                }
            }
        }
        return merges;
    }

    static LocalDate nullDate(XSpreadsheetDocument doc) {
        try {
            com.sun.star.util.Date d = (com.sun.star.util.Date) com.sun.star.uno.AnyConverter.toObject(
                    com.sun.star.util.Date.class, Uno.get(doc, "NullDate"));
            return LocalDate.of(d.Year, d.Month, d.Day);
        } catch (Exception e) {
            return LocalDate.of(1899, 12, 30);
        }
    }

    private static boolean isDateFormat(XSpreadsheet sheet, int r, int c, XNumberFormats formats)
            throws com.sun.star.uno.Exception {
        int key = AnyConverter.toInt(qi(XPropertySet.class, sheet.getCellByPosition(c, r)).getPropertyValue("NumberFormat"));
        XPropertySet format = formats.getByKey(key);
        return format != null && (AnyConverter.toShort(format.getPropertyValue("Type")) & NumberFormat.DATE) != 0;
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}
