package cn.stampcheck.calc;

import static cn.stampcheck.calc.Docs.qi;
import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The form a department sent stays as it was, in an office that draws (Xvfb): a report with wrapped
 * multi-line progress cells in rows whose height Excel fitted is opened in a window, checked with the
 * toolbar's command, cleared, checked and undone, checked and saved and reopened; after each, every row
 * height, column width, wrap, font, border and print range equals the original (after a save: equals the
 * same file saved without a check, and sizes the original's within the office's twip rounding). A headless
 * office does not refit rows, so only here does a check that lets the office refit rows show.
 */
class FormUntouchedGuiIT extends GuiOfficeTest {

    private static final PropertyValue[] QUIET = {prop("Interactive", false)};

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void checkClearUndoAndSaveKeepTheForm(String format) throws Exception {
        XComponent doc = gui.office.show(report(format));
        try {
            Layout original = settled(doc);
            List<Object> fitted = fitted(doc);
            assertEquals("true", ((List<?>) original.sheets().get("Sheet1").get("D6")).get(0), "D6 wraps");

            String checked = gui.dispatch(doc, "check", QUIET).get(3, TimeUnit.MINUTES);
            assertTrue(checked.startsWith("核查完成") && !checked.contains("错误 0 处"), checked);
            Layout.assertSame(original, settled(doc), format + " after 核查");

            String cleared = gui.dispatch(doc, "clear", QUIET).get(1, TimeUnit.MINUTES);
            assertTrue(cleared.startsWith("已清除"), cleared);
            Layout.assertSame(original, settled(doc), format + " after 清除核查标记");

            gui.dispatch(doc, "check", QUIET).get(1, TimeUnit.MINUTES);
            XUndoManager undo = qi(XUndoManagerSupplier.class, doc).getUndoManager();
            for (int i = 0; i < 10 && undo.isUndoPossible(); i++) {
                gui.dispatchUno(doc, ".uno:Undo").get(1, TimeUnit.MINUTES);
            }
            assertFalse(undo.isUndoPossible());
            assertTrue(Docs.marks(doc).isEmpty(), "undone");
            Layout.assertSame(original, settled(doc), format + " after 核查 and undo");
            assertEquals(fitted, fitted(doc), format + ": undo gives the rows their automatic height back");

            gui.dispatch(doc, "check", QUIET).get(1, TimeUnit.MINUTES);
            doc = saveAndReopen(doc);
            assertFalse(Docs.marks(doc).isEmpty(), "the marks were saved");
            Layout reopened = settled(doc);
            Layout.assertSame(savedUnchecked(format), reopened, format + " after 核查, save and reopen (against a save without 核查)");
            assertWithinRounding(original, reopened, format + " after 核查, save and reopen");
        } finally {
            Office.close(doc);
        }
    }

    /**
     * What saving does to the form without a check: the office writes fonts, alignments and sizes its own
     * way (a CJK font named for Chinese cells, sizes through twips), so a saved form is compared with that.
     */
    private static Layout savedUnchecked(String format) throws Exception {
        XComponent doc = saveAndReopen(gui.office.show(report(format)));
        try {
            return settled(doc);
        } finally {
            Office.close(doc);
        }
    }

    private static XComponent saveAndReopen(XComponent doc) throws Exception {
        settled(doc);
        String url = qi(XModel.class, doc).getURL();
        qi(XStorable.class, doc).store();
        Office.close(doc);
        return gui.office.reopen(url);
    }

    /** Row heights and column widths as the original's, give or take the office's twip rounding (2/100 mm). */
    private static void assertWithinRounding(Layout original, Layout now, String when) {
        List<String> differences = new java.util.ArrayList<>();
        original.sheets().forEach((sheet, form) -> form.forEach((what, value) -> {
            Object then = now.sheets().get(sheet).get(what);
            if (value instanceof Number a && (!(then instanceof Number b) || Math.abs(a.intValue() - b.intValue()) > 2)) {
                differences.add(sheet + " " + what + ": " + value + " → " + then);
            }
        }));
        assertTrue(differences.isEmpty(), when + ", sizes changed:\n" + String.join("\n", differences));
    }

    /** The wrapped Linzi report; the .ods is the .xlsx saved by the office, as a clerk converts it. */
    private static Path report(String format) throws Exception {
        if (!format.equals("ods")) {
            return Fixtures.wrappedLinziQ3(format);
        }
        Path ods = Fixtures.wrappedLinziQ3("xlsx").resolveSibling("linzi-q3-wrapped.ods");
        XComponent xlsx = gui.office.load(Fixtures.wrappedLinziQ3("xlsx"));
        try {
            Files.deleteIfExists(ods);
            qi(XStorable.class, xlsx).storeToURL(ods.toAbsolutePath().toUri().toString(),
                    new PropertyValue[] {prop("FilterName", "calc8")});
        } finally {
            Office.close(xlsx);
        }
        return ods;
    }

    private static Layout settled(XComponent doc) throws Exception {
        return gui.settled(doc);
    }

    /** Whether each row of the first sheet has its height fitted by the office (OptimalHeight). */
    private static List<Object> fitted(XComponent doc) throws Exception {
        com.sun.star.container.XIndexAccess rows = qi(com.sun.star.container.XIndexAccess.class,
                qi(com.sun.star.table.XColumnRowRange.class, Docs.sheets(doc).get(0)).getRows());
        List<Object> fitted = new java.util.ArrayList<>();
        for (int r = 0; r < 10; r++) {
            fitted.add(qi(com.sun.star.beans.XPropertySet.class, rows.getByIndex(r)).getPropertyValue("OptimalHeight"));
        }
        return fitted;
    }
}
