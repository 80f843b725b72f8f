package cn.stampcheck.calc;

import com.sun.star.beans.PropertyValue;
import com.sun.star.bridge.UnoUrlResolver;
import com.sun.star.bridge.XUnoUrlResolver;
import com.sun.star.comp.helper.Bootstrap;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDesktop;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XCloseable;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real headless LibreOffice with target/stampcheck.oxt installed into a throwaway user profile, the way
 * a clerk installs it ({@code unopkg add}). unopkg refuses to run as root without --shared, so as root
 * it runs as {@code nobody} (runuser) on a world-writable temporary profile; the office itself then runs
 * as the current user on that profile. Logs are copied to target/it-office/ when the office stops.
 */
final class Office implements AutoCloseable {

    final XComponentContext ctx;
    final XDesktop desktop;
    final XDispatchHelper dispatcher;
    private final Process process;
    private final Path dir;
    private final Path profile;

    private Office(XComponentContext ctx, Process process, Path dir, Path profile) throws Exception {
        this.ctx = ctx;
        this.process = process;
        this.dir = dir;
        this.profile = profile;
        this.desktop = UnoRuntime.queryInterface(XDesktop.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.Desktop", ctx));
        this.dispatcher = UnoRuntime.queryInterface(XDispatchHelper.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx));
    }

    static Path oxt() {
        Path oxt = Path.of("target", "stampcheck.oxt").toAbsolutePath();
        if (!Files.isRegularFile(oxt)) {
            throw new IllegalStateException("build the extension first: mvn package (no " + oxt + ")");
        }
        return oxt;
    }

    /** The identifier in extension/description.xml. */
    private static final String EXTENSION_ID = "cn.stampcheck.calc";

    static Office start() throws Exception {
        return start(null);
    }

    /**
     * An office that draws its windows on the given X display (an Xvfb the test started), with the plain
     * X11 plugin, for what only shows where the office draws: dialogs, message boxes.
     */
    static Office start(String display) throws Exception {
        Path dir = Files.createTempDirectory("stampcheck-it-");
        open(dir);
        Path home = Files.createDirectories(dir.resolve("home"));
        open(home);
        Path profile = dir.resolve("profile");
        Path oxt = Files.copy(oxt(), dir.resolve("stampcheck.oxt"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(oxt, PosixFilePermissions.fromString("rw-r--r--"));
        String profileUrl = profile.toUri().toString();

        long t = System.nanoTime();
        install(dir, home, profileUrl, oxt);
        System.out.printf("unopkg add: %d ms%n", (System.nanoTime() - t) / 1_000_000);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        t = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profileUrl));
        if (display == null) {
            command.addAll(List.of("--headless", "--invisible"));
        }
        command.addAll(List.of("--nologo", "--norestore", "--nodefault", "--nolockcheck",
                "--accept=socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext"));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (display != null) {
            builder.environment().put("DISPLAY", display);
            builder.environment().put("SAL_USE_VCLPLUGIN", "gen");
        }
        Process p = builder.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        XComponentContext local = Bootstrap.createInitialComponentContext(null);
        XUnoUrlResolver resolver = UnoUrlResolver.create(local);
        String url = "uno:socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext";
        Exception last = null;
        for (int i = 0; i < 300; i++) {
            try {
                XComponentContext ctx = UnoRuntime.queryInterface(XComponentContext.class, resolver.resolve(url));
                System.out.printf("office up: %d ms%n", (System.nanoTime() - t) / 1_000_000);
                return new Office(ctx, p, dir, profile);
            } catch (com.sun.star.connection.NoConnectException e) {
                last = e;
                if (!p.isAlive()) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("soffice did not accept a connection: " + Files.readString(dir.resolve("soffice.log")), last);
    }

    private int copies;

    /**
     * Loads a copy of the file (same name, in a fresh folder of the throwaway directory), so that lock files
     * and saves never touch the repository.
     */
    XComponent load(Path file, PropertyValue... extra) throws Exception {
        List<PropertyValue> props = new ArrayList<>(List.of(prop("Hidden", true)));
        props.addAll(List.of(extra));
        return open(copy(file), props);
    }

    /** Loads a copy of the file in a window, as a clerk opens it (in an office started on a display). */
    XComponent show(Path file) throws Exception {
        return open(copy(file), List.of());
    }

    /** Opens a file itself (no copy) in a window: a copy made by {@link #show} again after it was saved. */
    XComponent reopen(String url) throws Exception {
        return open(Path.of(java.net.URI.create(url)), List.of());
    }

    private Path copy(Path file) throws IOException {
        Path copyDir = Files.createDirectories(dir.resolve("docs").resolve(Integer.toString(++copies)));
        return Files.copy(file, copyDir.resolve(file.getFileName()));
    }

    private XComponent open(Path file, List<PropertyValue> props) throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, desktop);
        XComponent doc = loader.loadComponentFromURL(file.toAbsolutePath().toUri().toString(), "_blank", 0,
                props.toArray(PropertyValue[]::new));
        if (doc == null) {
            throw new IllegalStateException("could not load " + file);
        }
        return doc;
    }

    XComponent newSpreadsheet() throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, desktop);
        return loader.loadComponentFromURL("private:factory/scalc", "_blank", 0, new PropertyValue[] {prop("Hidden", true)});
    }

    /** Dispatches a stampcheck: URL on the document's frame; returns the outcome message. */
    String dispatch(XComponent doc, String command, PropertyValue... args) {
        XModel model = UnoRuntime.queryInterface(XModel.class, doc);
        XDispatchProvider frame = UnoRuntime.queryInterface(XDispatchProvider.class, model.getCurrentController().getFrame());
        Object result = dispatcher.executeDispatch(frame, "stampcheck:" + command, "", 0, args);
        if (result instanceof com.sun.star.uno.Any any) {
            result = any.getObject();
        }
        if (result instanceof com.sun.star.frame.DispatchResultEvent e) {
            result = e.Result instanceof com.sun.star.uno.Any any ? any.getObject() : e.Result;
        }
        return result == null ? null : result.toString();
    }

    static void close(XComponent doc) {
        try {
            UnoRuntime.queryInterface(XCloseable.class, doc).close(true);
        } catch (Exception e) {
            doc.dispose();
        }
    }

    static PropertyValue prop(String name, Object value) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = value;
        return p;
    }

    /** The clerk's rules folder of the throwaway profile (made on the extension's first use). */
    Path rulesFolder() {
        return profile.resolve("user/stampcheck/rules");
    }

    Path extensionLog() {
        return profile.resolve("user/stampcheck/stampcheck.log");
    }

    @Override
    public void close() throws Exception {
        try {
            desktop.terminate();
        } catch (RuntimeException e) {
            // the bridge goes down with the office
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        Path keep = Files.createDirectories(Path.of("target", "it-office"));
        for (Path log : List.of(dir.resolve("soffice.log"), dir.resolve("unopkg.log"), extensionLog())) {
            if (Files.exists(log)) {
                Files.copy(log, keep.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private static void open(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    /**
     * unopkg add, as nobody when running as root. unopkg 7.4 sometimes crashes on exit (SIGSEGV) after the
     * extension was registered: a failed run counts when {@code unopkg list} then shows the extension, and
     * is tried again otherwise.
     */
    private static void install(Path dir, Path home, String profileUrl, Path oxt) throws Exception {
        Exception failure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                run(unopkg(home, profileUrl, "add", "-f", oxt.toString()), dir, dir.resolve("unopkg.log"));
                return;
            } catch (IllegalStateException e) {
                failure = e;
                Path list = dir.resolve("unopkg-list.log");
                try {
                    run(unopkg(home, profileUrl, "list"), dir, list);
                } catch (IllegalStateException ignored) {
                    // the listing crashed too: read what it printed before
                }
                if (Files.exists(list) && Files.readString(list).contains(EXTENSION_ID)) {
                    return;
                }
            }
        }
        throw failure;
    }

    private static List<String> unopkg(Path home, String profileUrl, String command, String... args) {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        line.addAll(List.of("env", "HOME=" + home, "unopkg", command, "-env:UserInstallation=" + profileUrl));
        line.addAll(List.of(args));
        return line;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs in {@code workDir}: as nobody, unopkg cannot enter a checkout under a private directory. */
    private static void run(List<String> command, Path workDir, Path log) throws Exception {
        Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(log));
        }
    }
}
