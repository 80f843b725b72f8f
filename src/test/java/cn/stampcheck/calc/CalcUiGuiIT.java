package cn.stampcheck.calc;

import static cn.stampcheck.calc.Docs.qi;
import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.samples.SampleBook;
import com.sun.star.container.XNameAccess;
import com.sun.star.datatransfer.DataFlavor;
import com.sun.star.datatransfer.clipboard.XClipboard;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.sheet.XCellRangeAddressable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheetView;
import com.sun.star.table.CellRangeAddress;
import com.sun.star.uno.Type;
import com.sun.star.view.XSelectionSupplier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The rough edges of the Calc UI in an office that draws (Xvfb), as a clerk meets them: the quarter dialog
 * preselects the quarter the report was filled for, a check in a multi-sheet file shows the checked sheet
 * at its first mark, one Ctrl+Z after a check leaves no 核查结果 listing marks that are gone, the toolbar's
 * tooltips say what each button does, 打开规则文件夹 shows the path to copy where no program opens folders,
 * and a cell's context menu offers 说明此处….
 */
class CalcUiGuiIT extends GuiOfficeTest {

    /** The Linzi report, its title without a quarter, filled in on 7月3日 (so: the second quarter's). */
    private static Path filledInJuly() throws Exception {
        Path file = Fixtures.DIR.resolve("ui-gui").resolve("linzi-filled-july.xlsx");
        SampleBook book = SampleBook.xlsx().sheet("Sheet1").row("2024年临淄区为全区妇女儿童办实事工作进展情况表")
                .merge("A1:E1").blank(1).row(Fixtures.HEADER);
        for (String[] r : Fixtures.ROWS) {
            book.numberedRow(Integer.parseInt(r[0]), Arrays.copyOfRange(r, 1, r.length));
        }
        book.blank(1).row("填报人：王某　　填报时间：2024年7月3日").save(file);
        return file;
    }

    @Test
    void theQuarterDialogPreselectsTheQuarterTheReportWasFilledFor() throws Exception {
        XComponent doc = gui.office.show(filledInJuly());
        try {
            CompletableFuture<String> outcome = gui.dispatch(doc, "check");
            gui.press(gui.window("核查：选择季度"), "Return");
            gui.press(gui.window("^核查$"), "Return");
            String message = outcome.get(2, TimeUnit.MINUTES);
            assertTrue(message.startsWith("核查完成（第2季度"), message);
        } finally {
            Office.close(doc);
        }
    }

    @Test
    void aCheckShowsTheCheckedSheetAtItsFirstMark() throws Exception {
        Path file = Fixtures.DIR.resolve("ui-gui").resolve("linzi-with-instructions.xlsx");
        SampleBook book = SampleBook.xlsx().sheet("填报说明").row("请于每季度末月25日前报送。").sheet("进展")
                .row(Fixtures.TITLE).merge("A1:E1").blank(1).row(Fixtures.HEADER);
        for (String[] r : Fixtures.ROWS) {
            book.numberedRow(Integer.parseInt(r[0]), Arrays.copyOfRange(r, 1, r.length));
        }
        book.save(file);
        XComponent doc = gui.office.show(file);
        try {
            XModel model = qi(XModel.class, doc);
            assertEquals("填报说明", Docs.name(qi(XSpreadsheetView.class, model.getCurrentController()).getActiveSheet()));
            String message = gui.dispatch(doc, "check", prop("Interactive", false)).get(2, TimeUnit.MINUTES);
            assertTrue(message.startsWith("核查完成"), message);
            assertEquals("进展", Docs.name(qi(XSpreadsheetView.class, model.getCurrentController()).getActiveSheet()));
            CellRangeAddress at = qi(XCellRangeAddressable.class,
                    qi(XSelectionSupplier.class, model.getCurrentController()).getSelection()).getRangeAddress();
            String first = Docs.marks(doc).stream().map(m -> m.split(" ")[0])
                    .min((a, b) -> Arrays.compare(rowCol(a), rowCol(b))).orElseThrow();
            assertEquals(first, cn.stampcheck.report.Cell.address(at.StartRow, at.StartColumn));
        } finally {
            Office.close(doc);
        }
    }

    private static int[] rowCol(String address) {
        String letters = address.replaceAll("\\d", "");
        return new int[] {Integer.parseInt(address.substring(letters.length())), letters.length(), letters.charAt(0)};
    }

    @Test
    void oneUndoAfterACheckLeavesNoResultSheetListingMarksThatAreGone() throws Exception {
        XComponent doc = gui.office.show(Fixtures.linziQ3(Fixtures.TITLE));
        try {
            XUndoManager undo = qi(XUndoManagerSupplier.class, doc).getUndoManager();
            gui.dispatch(doc, "check", prop("Interactive", false)).get(2, TimeUnit.MINUTES);
            TreeSet<String> first = markedCells(doc);
            assertEquals(first, listed(doc));
            int before = undo.getAllUndoActionTitles().length;
            gui.dispatchUno(doc, ".uno:Undo").get(1, TimeUnit.MINUTES);
            assertTrue(Docs.marks(doc).isEmpty(), "one Ctrl+Z takes the check back");
            assertTrue(listed(doc).isEmpty(), "核查结果 lists " + listed(doc) + " after one Ctrl+Z");
            // the insertion of the (now empty) sheet stays a step of its own: undoing a step that inserted a
            // sheet and redoing it crashes 7.4
            assertEquals(before - 1, undo.getAllUndoActionTitles().length, Arrays.toString(undo.getAllUndoActionTitles()));

            gui.dispatch(doc, "check", prop("Interactive", false)).get(2, TimeUnit.MINUTES);
            gui.dispatch(doc, "explain", prop("Interactive", false), prop("Cell", "D7"), prop("Text", "已核实")).get(1, TimeUnit.MINUTES);
            gui.dispatch(doc, "check", prop("Interactive", false)).get(2, TimeUnit.MINUTES);
            gui.dispatchUno(doc, ".uno:Undo").get(1, TimeUnit.MINUTES);
            assertEquals(first, markedCells(doc), "one Ctrl+Z brings the marks of the check before back");
            assertEquals(first, listed(doc), "and 核查结果 lists those");

            gui.dispatch(doc, "clear", prop("Interactive", false)).get(1, TimeUnit.MINUTES);
            gui.dispatchUno(doc, ".uno:Undo").get(1, TimeUnit.MINUTES);
            assertTrue(markedCells(doc).isEmpty() && listed(doc).isEmpty(), "one Ctrl+Z after a clear brings the sheet back, empty");
            gui.dispatchUno(doc, ".uno:Undo").get(1, TimeUnit.MINUTES);
            assertEquals(first, markedCells(doc), "a second one the marks");
            assertEquals(first, listed(doc), "and their list");
        } finally {
            Office.close(doc);
        }
    }

    private static TreeSet<String> markedCells(XComponent doc) throws Exception {
        TreeSet<String> cells = new TreeSet<>();
        Docs.marks(doc).forEach(m -> cells.add(m.split(" ")[0]));
        return cells;
    }

    /** The cells 核查结果 lists; empty without the sheet. */
    private static TreeSet<String> listed(XComponent doc) throws Exception {
        TreeSet<String> listed = new TreeSet<>();
        if (!Docs.sheetNames(doc).contains(Marker.RESULT)) {
            return listed;
        }
        Object[][] rows = qi(XCellRangeData.class, Docs.sheet(doc, Marker.RESULT)
                .getCellRangeByPosition(0, 2, ResultSheet.COLUMNS.length - 1, 200)).getDataArray();
        for (Object[] r : rows) {
            if (!r[0].toString().isEmpty()) {
                listed.add(r[0].toString());
            }
        }
        return listed;
    }

    @Test
    void theToolbarTooltipsSayWhatEachButtonDoes() throws Exception {
        Object provider = gui.office.ctx.getServiceManager().createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", gui.office.ctx);
        XNameAccess toolbar = qi(XNameAccess.class, qi(XMultiServiceFactory.class, provider).createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                new Object[] {prop("nodepath", "/org.openoffice.Office.Addons/AddonUI/OfficeToolBar/cn.stampcheck.toolbar")}));
        Map<String, String> buttons = Map.of("stampcheck:check", "核查本表：", "stampcheck:clear", "清除核查标记：",
                "stampcheck:previous", "上一处：", "stampcheck:next", "下一处：");
        Map<String, String> tooltips = new java.util.TreeMap<>();
        for (String item : toolbar.getElementNames()) {
            XNameAccess button = qi(XNameAccess.class, toolbar.getByName(item));
            tooltips.put(button.getByName("URL").toString(), button.getByName("Title").toString());
        }
        assertEquals(buttons.keySet(), tooltips.keySet());
        tooltips.forEach((url, tooltip) -> assertTrue(tooltip.startsWith(buttons.get(url))
                && tooltip.length() > buttons.get(url).length() + 6, url + ": " + tooltip));
    }

    @Test
    void theRulesFolderIsShownToCopyWhereNoProgramOpensFolders() throws Exception {
        Assumptions.assumeFalse(FileManager.present(), "this desktop has a program that opens folders");
        XComponent doc = gui.office.show(Fixtures.linziQ3(Fixtures.TITLE));
        try {
            CompletableFuture<String> outcome = gui.dispatch(doc, "openRulesFolder");
            gui.press(gui.window("核查：规则文件夹"), "Return");
            String folder = gui.office.rulesFolder().toString();
            assertEquals("规则文件夹：" + folder + "（路径已复制）", outcome.get(1, TimeUnit.MINUTES));
            XClipboard clipboard = qi(XClipboard.class, gui.office.ctx.getServiceManager().createInstanceWithContext(
                    "com.sun.star.datatransfer.clipboard.SystemClipboard", gui.office.ctx));
            Object copied = clipboard.getContents().getTransferData(
                    new DataFlavor("text/plain;charset=utf-16", "Unicode-Text", new Type(String.class)));
            assertEquals(folder, copied instanceof com.sun.star.uno.Any a ? a.getObject() : copied);
        } finally {
            Office.close(doc);
        }
    }

    @Test
    void theCellsContextMenuOffersToExplain() throws Exception {
        XComponent doc = gui.office.show(Fixtures.linziQ3(Fixtures.TITLE));
        try {
            gui.dispatch(doc, "check", prop("Interactive", false)).get(2, TimeUnit.MINUTES);
            String window = gui.window("linzi-q3.xlsx");
            gui.xdotool("mousemove", "--window", window, "260", "330");
            gui.xdotool("click", "3");
            // the menu (a window without a name) opens under the mouse: Up goes to its last entry, ours
            Thread.sleep(1500);
            gui.xdotool("key", "Up");
            Thread.sleep(300);
            gui.xdotool("key", "Return");
            gui.press(gui.window("核查：说明此处"), "ctrl+a");
            gui.xdotool("type", "--delay", "30", "ok by phone");
            gui.xdotool("key", "Return");
            XModel model = qi(XModel.class, doc);
            for (int i = 0; i < 600 && !comments(doc).contains("【说明】ok by phone"); i++) {
                Thread.sleep(100);
            }
            CellRangeAddress at = qi(XCellRangeAddressable.class,
                    qi(XSelectionSupplier.class, model.getCurrentController()).getSelection()).getRangeAddress();
            String cell = cn.stampcheck.report.Cell.address(at.StartRow, at.StartColumn);
            assertTrue(Docs.comments(Docs.sheets(doc).get(0)).getOrDefault(cell, "").startsWith("【说明】ok by phone"),
                    "the right-clicked cell " + cell + " carries the explanation: " + comments(doc));
        } finally {
            Office.close(doc);
        }
    }

    private static String comments(XComponent doc) throws Exception {
        return Docs.comments(Docs.sheets(doc).get(0)).toString();
    }
}
