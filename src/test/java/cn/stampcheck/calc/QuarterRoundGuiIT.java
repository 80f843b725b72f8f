package cn.stampcheck.calc;

import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.awt.XCallback;
import com.sun.star.awt.XRequestCallback;
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
class QuarterRoundGuiIT {

    static Process xvfb;
    static String display;
    static Office office;
    static XComponent doc;
    static Path dir;

    /** Xvfb, xdotool and an office that can draw (the -nogui packages cannot); else these tests are skipped. */
    static boolean canDraw() {
        boolean tools = Stream.of("Xvfb", "xdotool").allMatch(tool -> Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool))));
        return tools && Files.exists(Path.of("/usr/lib/libreoffice/program/libvclplug_genlo.so"));
    }

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(canDraw(), "needs Xvfb, xdotool and LibreOffice with its X11 plugin (libreoffice-calc)");
        for (int n = 91; n < 120 && xvfb == null; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && p.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                Thread.sleep(100);
            }
            if (p.isAlive()) {
                xvfb = p;
                display = ":" + n;
            }
        }
        assertNotNull(display, "Xvfb did not start on any display from :91 to :119");
        dir = Files.createDirectories(Fixtures.DIR.resolve("quarter-round-gui")).toAbsolutePath();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
        office = Office.start(display);
        doc = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop)
                .loadComponentFromURL("private:factory/scalc", "_blank", 0, new PropertyValue[0]);
    }

    @AfterAll
    static void stop() throws Exception {
        if (doc != null) {
            Office.close(doc);
        }
        if (office != null) {
            office.close();
        }
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Dispatches the way a click does, on the office's main thread (through the office's AsyncCallback, whose
     * call back into this process keeps that thread for the dispatch made from it); the future completes
     * when the command's dialogs are closed.
     */
    private static CompletableFuture<String> dispatch(String command, PropertyValue... args) throws Exception {
        return dispatch(doc, command, args);
    }

    private static CompletableFuture<String> dispatch(XComponent on, String command, PropertyValue... args) throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        XRequestCallback callback = UnoRuntime.queryInterface(XRequestCallback.class,
                office.ctx.getServiceManager().createInstanceWithContext("com.sun.star.awt.AsyncCallback", office.ctx));
        callback.addCallback(new MainThread(() -> {
            try {
                outcome.complete(office.dispatch(on, command, args));
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }), null);
        return outcome;
    }

    /** Runs on the office's main thread when the office calls back. */
    private static final class MainThread extends com.sun.star.lib.uno.helper.WeakBase implements XCallback {
        private final Runnable run;

        MainThread(Runnable run) {
            this.run = run;
        }

        @Override
        public void notify(Object data) {
            run.run();
        }
    }

    private static String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("DISPLAY", display);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** Waits for a window whose name matches the regular expression; its id. */
    private static String window(String name) throws Exception {
        for (int i = 0; i < 150; i++) {
            String ids = xdotool("search", "--onlyvisible", "--name", name);
            if (!ids.isEmpty() && !ids.contains("BadWindow")) {
                return ids.lines().reduce((a, b) -> b).orElseThrow();
            }
            Thread.sleep(100);
        }
        List<String> names = new ArrayList<>();
        for (String id : xdotool("search", "--name", ".").lines().toList()) {
            names.add(id + "=" + xdotool("getwindowname", id));
        }
        throw new AssertionError("no window named " + name + "; windows: " + names);
    }

    /** Gives the window the keyboard focus and presses a key there (XTEST, as a keyboard would). */
    private static void press(String window, String key) throws Exception {
        Thread.sleep(500);
        xdotool("windowfocus", "--sync", window);
        Thread.sleep(300);
        xdotool("key", key);
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
        var e = office.desktop.getComponents().createEnumeration();
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
        XComponent report = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop)
                .loadComponentFromURL(q3.toUri().toString(), "_blank", 0, new PropertyValue[0]);
        try {
            CompletableFuture<String> outcome = dispatch(report, "comparePrevious");
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
