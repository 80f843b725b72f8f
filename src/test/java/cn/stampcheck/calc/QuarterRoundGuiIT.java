package cn.stampcheck.calc;

import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dialogs of 核查文件夹… and 与上季度对比… in an office that draws (Xvfb, the X11 plugin), driven with
 * xdotool: the folder and file pickers come up with their titles, cancelling changes nothing, and what is
 * picked there is checked (a folder) or compared with and remembered (last quarter's report); an existing
 * overview is replaced only when the clerk says yes, and then the overview is opened. Commands are
 * dispatched on the office's main thread, as a click does: a message box run from a bridge thread of the
 * remote connection returns at once without showing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuarterRoundGuiIT extends GuiOfficeTest {

    static XComponent doc;
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createDirectories(Fixtures.DIR.resolve("quarter-round-gui")).toAbsolutePath();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
        doc = UnoRuntime.queryInterface(XComponentLoader.class, gui.office.desktop)
                .loadComponentFromURL("private:factory/scalc", "_blank", 0, new PropertyValue[0]);
    }

    @AfterAll
    static void stop() throws Exception {
        if (doc != null) {
            Office.close(doc);
            doc = null;
        }
    }

    private static CompletableFuture<String> dispatch(String command, PropertyValue... args) throws Exception {
        return gui.dispatch(doc, command, args);
    }

    private static String xdotool(String... args) throws Exception {
        return gui.xdotool(args);
    }

    private static String window(String name) throws Exception {
        return gui.window(name);
    }

    private static void press(String window, String key) throws Exception {
        gui.press(window, key);
    }

    @Test
    @Order(1)
    void theFolderPickerComesUpAndCancelChangesNothing() throws Exception {
        CompletableFuture<String> outcome = dispatch("checkFolder");
        press(window("选择要核查的报表文件夹"), "Escape");
        assertEquals("已取消核查文件夹。", outcome.get(30, TimeUnit.SECONDS));
    }

    @Test
    @Order(4)
    void aFolderPickedInTheDialogIsChecked() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("picked"));
        Files.copy(OverviewPaths.LINZI_Q3, folder.resolve(OverviewPaths.LINZI_Q3.getFileName()));
        CompletableFuture<String> outcome = dispatch("checkFolder");
        String picker = window("选择要核查的报表文件夹");
        press(picker, "ctrl+a");
        xdotool("type", "--delay", "30", folder.toString());
        xdotool("key", "Return");
        Thread.sleep(1000);
        xdotool("key", "Return");
        press(window("^核查$"), "Return");
        String message = outcome.get(60, TimeUnit.SECONDS);
        assertTrue(message.startsWith("已核查 picked 中的 1 个文件："), message);
        assertTrue(Files.isRegularFile(dir.resolve("picked" + CheckFolder.SUFFIX)));
    }

    @Test
    @Order(2)
    void anExistingOverviewIsReplacedOnlyWhenTheClerkSaysYes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("报表"));
        Files.copy(OverviewPaths.LINZI_Q3, folder.resolve(OverviewPaths.LINZI_Q3.getFileName()));
        Path out = dir.resolve("报表" + CheckFolder.SUFFIX);
        Files.writeString(out, "mine");

        CompletableFuture<String> no = dispatch("checkFolder", prop("Folder", folder.toString()));
        press(window("^核查$"), "Escape");
        assertEquals("未写入总览：" + out + " 已存在。", no.get(30, TimeUnit.SECONDS));
        assertEquals("mine", Files.readString(out));

        CompletableFuture<String> yes = dispatch("checkFolder", prop("Folder", folder.toString()));
        press(window("^核查$"), "alt+y");
        // the outcome in a message box, over the opened overview
        press(window("^核查$"), "Return");
        String message = yes.get(60, TimeUnit.SECONDS);
        assertTrue(message.startsWith("已核查 报表 中的 1 个文件：") && message.endsWith("总览已写入 " + out + "。"), message);
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(1, wb.getSheet("总览").getLastRowNum());
        }
        XComponent opened = null;
        var e = gui.office.desktop.getComponents().createEnumeration();
        while (e.hasMoreElements()) {
            Object c = e.nextElement();
            XModel m = UnoRuntime.queryInterface(XModel.class, c instanceof com.sun.star.uno.Any a ? a.getObject() : c);
            if (m != null && m.getURL().startsWith("file:") && Path.of(java.net.URI.create(m.getURL())).equals(out)) {
                opened = UnoRuntime.queryInterface(XComponent.class, m);
            }
        }
        assertTrue(opened != null, "the overview is open");
        Office.close(opened);
    }

    /**
     * While a folder is checked, the clerk's window shows it in its status bar: the progress bar (the blocks
     * the office draws in its highlight colour at the bottom of the window) appears and grows, and is gone
     * when the outcome is told.
     */
    @Test
    @Order(6)
    void theStatusBarShowsTheFoldersProgress() throws Exception {
        Assumptions.assumeTrue(gui.canPhotograph(), "needs ImageMagick's import");
        Path folder = Files.createDirectories(dir.resolve("一百二十份"));
        for (int i = 1; i <= 120; i++) {
            Files.copy(OverviewPaths.LINZI_Q3, folder.resolve("部门" + i + "第三季度.xlsx"));
        }
        XComponent front = UnoRuntime.queryInterface(XComponentLoader.class, gui.office.desktop)
                .loadComponentFromURL("private:factory/scalc", "_blank", 0, new PropertyValue[0]);
        try {
            gui.onMainThread(() -> null).get(1, TimeUnit.MINUTES);
            int before = progressDrawn(gui.screenshot());
            CompletableFuture<String> outcome = gui.dispatch(front, "checkFolder", prop("Folder", folder.toString()),
                    prop("Open", false));
            List<Integer> during = new ArrayList<>();
            while (xdotool("search", "--onlyvisible", "--name", "^核查$").isEmpty() && during.size() < 600) {
                during.add(progressDrawn(gui.screenshot()));
            }
            press(window("^核查$"), "Return");
            assertTrue(outcome.get(60, TimeUnit.SECONDS).startsWith("已核查 一百二十份 中的 120 个文件"));
            gui.onMainThread(() -> null).get(1, TimeUnit.MINUTES);
            int after = progressDrawn(gui.screenshot());

            // the status bar at rest has a few coloured pixels of its own (an icon); the bar's blocks are many more
            List<Integer> drawn = during.stream().filter(n -> n > before + 200).toList();
            assertTrue(drawn.size() >= 2, "the progress bar is drawn while checking: " + before + " then " + during);
            assertTrue(drawn.stream().distinct().count() >= 2, "and it grows: " + during);
            assertEquals(before, after, "and is gone after");
        } finally {
            Office.close(front);
        }
    }

    /**
     * How many pixels of the progress bar's blocks the bottom of the screen shows: strongly coloured ones
     * (blue well above red): the bar's blocks, which a status bar at rest (grey, black text) has few of.
     */
    private static int progressDrawn(java.awt.image.BufferedImage screen) {
        int n = 0;
        for (int y = screen.getHeight() - 40; y < screen.getHeight(); y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                int rgb = screen.getRGB(x, y);
                if ((rgb & 0xff) - (rgb >> 16 & 0xff) > 80) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    @Order(3)
    void theReportPickerComesUpAndCancelKeepsWhatWasRemembered() throws Exception {
        CompletableFuture<String> outcome = dispatch("comparePrevious");
        press(window("选择上季度的报表"), "Escape");
        assertEquals("未更改上季度报表。", outcome.get(30, TimeUnit.SECONDS));
    }

    @Test
    @Order(5)
    void lastQuartersReportPickedInTheDialogIsComparedAndRemembered() throws Exception {
        Path q2 = cn.stampcheck.batch.EarlierCopy.write(OverviewPaths.LINZI_Q3, dir.resolve("q2.xlsx"),
                "第三季度", "第二季度", "D7", "共开展14场", "共开展17场");
        Path q3 = Files.copy(OverviewPaths.LINZI_Q3, dir.resolve("q3.xlsx"));
        XComponent report = UnoRuntime.queryInterface(XComponentLoader.class, gui.office.desktop)
                .loadComponentFromURL(q3.toUri().toString(), "_blank", 0, new PropertyValue[0]);
        try {
            CompletableFuture<String> outcome = gui.dispatch(report, "comparePrevious");
            press(window("选择上季度的报表"), "ctrl+a");
            xdotool("type", "--delay", "30", q2.toString());
            xdotool("key", "Return");
            press(window("^核查$"), "Return");
            String message = outcome.get(60, TimeUnit.SECONDS);
            assertTrue(message.contains("与第2季度的 q2.xlsx 对比）：错误 1 处"), message);
            assertTrue(Docs.marks(report).contains("D7 FIGURE_DECREASED"));
            assertEquals(q2.toString(), QuarterRoundIT.previousProperty(report), "remembered in the document");
        } finally {
            Office.close(report);
        }
    }

    /** The sample report the tests copy. */
    static final class OverviewPaths {
        static final Path LINZI_Q3 = Path.of("test-data/2024-linzi/临淄区2024年第三季度妇女儿童实事进展汇总.xlsx").toAbsolutePath();
    }
}
