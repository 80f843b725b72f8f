package cn.stampcheck.calc;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.star.awt.XCallback;
import com.sun.star.awt.XRequestCallback;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * An office that draws (its own Xvfb display, the X11 plugin) and the means to drive it as a clerk does:
 * commands dispatched on the office's main thread as a click dispatches them, keys pressed with xdotool.
 * What only shows where the office draws (dialogs, message boxes, rows re-laid out on screen) is tested
 * through it; tests that use it are skipped where {@link #canDraw()} is false.
 */
final class GuiOffice implements AutoCloseable {

    final Office office;
    final String display;
    private final Process xvfb;

    private GuiOffice(Office office, String display, Process xvfb) {
        this.office = office;
        this.display = display;
        this.xvfb = xvfb;
    }

    /** Xvfb, xdotool and an office that can draw (the -nogui packages cannot). */
    static boolean canDraw() {
        boolean tools = Stream.of("Xvfb", "xdotool").allMatch(tool -> Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool))));
        return tools && Files.exists(Path.of("/usr/lib/libreoffice/program/libvclplug_genlo.so"));
    }

    static final String SKIPPED = "needs Xvfb, xdotool and LibreOffice with its X11 plugin (libreoffice-calc)";

    /** Starts Xvfb on the first free display from :91 and an office drawing there. */
    static GuiOffice start() throws Exception {
        Process xvfb = null;
        String display = null;
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
        try {
            return new GuiOffice(Office.start(display), display, xvfb);
        } catch (Exception | Error e) {
            xvfb.destroy();
            throw e;
        }
    }

    /**
     * Dispatches the way a click does, on the office's main thread (through the office's AsyncCallback, whose
     * call back into this process keeps that thread for the dispatch made from it); the future completes
     * when the command's dialogs are closed.
     */
    CompletableFuture<String> dispatch(XComponent on, String command, PropertyValue... args) throws Exception {
        return onMainThread(() -> office.dispatch(on, command, args));
    }

    /** Dispatches an office command ({@code .uno:Undo}) on the office's main thread. */
    CompletableFuture<Object> dispatchUno(XComponent on, String command) throws Exception {
        XDispatchProvider frame = UnoRuntime.queryInterface(XDispatchProvider.class,
                UnoRuntime.queryInterface(XModel.class, on).getCurrentController().getFrame());
        return onMainThread(() -> office.dispatcher.executeDispatch(frame, command, "", 0, new PropertyValue[0]));
    }

    /**
     * Runs on the office's main thread once the events posted before it ran; waiting for it lets what a
     * command posted (repaints, re-layout) happen first.
     */
    <T> CompletableFuture<T> onMainThread(Supplier<T> work) throws Exception {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        XRequestCallback callback = UnoRuntime.queryInterface(XRequestCallback.class,
                office.ctx.getServiceManager().createInstanceWithContext("com.sun.star.awt.AsyncCallback", office.ctx));
        callback.addCallback(new MainThread(() -> {
            try {
                outcome.complete(work.get());
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

    /**
     * The document's layout once the office is done with what it posted: read after a round trip through its
     * main thread until three reads in a row agree (the office refits rows as it draws them).
     */
    Layout settled(XComponent doc) throws Exception {
        Layout last = null;
        int same = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            onMainThread(() -> null).get(1, TimeUnit.MINUTES);
            Layout now = Layout.read(doc);
            same = now.equals(last) ? same + 1 : 0;
            if (same == 2) {
                return now;
            }
            last = now;
            Thread.sleep(300);
        }
        throw new AssertionError("the layout did not settle in two minutes");
    }

    String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("DISPLAY", display);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** Whether {@link #screenshot()} can be taken here (ImageMagick installed). */
    boolean canPhotograph() {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "import")));
    }

    /** The whole screen as the office drew it (ImageMagick's {@code import}). */
    java.awt.image.BufferedImage screenshot() throws Exception {
        ProcessBuilder b = new ProcessBuilder("import", "-window", "root", "png:-");
        b.environment().put("DISPLAY", display);
        b.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = b.start();
        byte[] png = p.getInputStream().readAllBytes();
        p.waitFor(10, TimeUnit.SECONDS);
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
    }

    /** Waits (up to a minute) for a window whose name matches the regular expression; its id. */
    String window(String name) throws Exception {
        for (int i = 0; i < 600; i++) {
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
    void press(String window, String key) throws Exception {
        Thread.sleep(500);
        xdotool("windowfocus", "--sync", window);
        Thread.sleep(300);
        xdotool("key", key);
    }

    @Override
    public void close() throws Exception {
        try {
            office.close();
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
