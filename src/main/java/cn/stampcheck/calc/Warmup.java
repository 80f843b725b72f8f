package cn.stampcheck.calc;

import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.rules.RulesLibrary;
import com.sun.star.uno.XComponentContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loads the rules and the check's classes in the background ({@link ReportChecker#warmUp}) as soon as the
 * office starts ({@link WarmupJob}), or else when a Calc window first asks the handler for its toolbar
 * state, so that the clerk's first click does not wait for the rules engine's cold start. A check waits
 * for a running warm-up instead of building the same rules a second time.
 */
final class Warmup {

    private static CompletableFuture<Void> running;

    private Warmup() {
    }

    static synchronized void start(XComponentContext ctx) {
        if (running != null) {
            return;
        }
        running = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Thread.currentThread().setContextClassLoader(Warmup.class.getClassLoader());
            long start = System.nanoTime();
            try {
                if (Log.file() == null) {
                    Log.use(UserFiles.logFile(ctx));
                }
                Path user = UserFiles.rulesFolder(ctx);
                RulesLibrary library = new RulesLibrary(java.util.List.of(user, RulesLibrary.bundled()), WorkbookFiles::readTable);
                new ReportChecker(library).warmUp(null);
                Log.info("warm-up: shared checks " + (library.checks().packaged() ? "from the packaged model" : "compiled")
                        + ", engine ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                // a check waits only for the shared checks and the engine; it reads its own table if the loop below has not yet
                running.complete(null);
                try (Stream<Path> s = Files.list(user)) {
                    for (Path year : s.filter(p -> p.getFileName().toString().matches("\\d{4}")).toList()) {
                        try (Stream<Path> files = Files.list(year)) {
                            // tables are read with POI, which the office otherwise never loads before a check
                            for (Path notice : files.filter(p -> p.toString().matches("(?i).+\\.(xlsx|ods|drl)")).toList()) {
                                try {
                                    library.notice(notice);
                                } catch (Exception e) {
                                    Log.info("warm-up: " + notice + " cannot be used: " + e.getMessage());
                                }
                            }
                        }
                    }
                }
                Log.info("warm-up: the clerk's notice tables read, " + (System.nanoTime() - start) / 1_000_000 + " ms in all");
            } catch (Throwable e) {
                Log.error("warm-up failed (the check will compile the rules itself)", e);
            } finally {
                running.complete(null);
            }
        }, "stampcheck-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Waits (at most 20 s) for a warm-up in progress. */
    static void await() {
        CompletableFuture<Void> f;
        synchronized (Warmup.class) {
            f = running;
        }
        if (f != null) {
            try {
                f.get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                // go on without it
            }
        }
    }
}
