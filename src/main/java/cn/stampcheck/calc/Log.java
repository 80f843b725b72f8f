package cn.stampcheck.calc;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The extension's log file, {@code <office user profile>/user/stampcheck/stampcheck.log}: every command,
 * its outcome and the details of any failure (stack traces never reach the clerk). Kept below 1 MiB by
 * moving the old log to {@code stampcheck.log.1}.
 */
final class Log {

    private static final long LIMIT = 1 << 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static volatile Path file;

    private Log() {
    }

    static void use(Path logFile) {
        file = logFile;
    }

    static Path file() {
        return file;
    }

    static void info(String message) {
        write("INFO ", message, null);
    }

    static void error(String message, Throwable t) {
        write("ERROR", message, t);
    }

    private static synchronized void write(String level, String message, Throwable t) {
        Path f = file;
        if (f == null) {
            f = Path.of(System.getProperty("java.io.tmpdir"), "stampcheck.log");
        }
        StringBuilder line = new StringBuilder(LocalDateTime.now().format(TIME)).append(' ').append(level).append(' ')
                .append(message).append('\n');
        if (t != null) {
            StringWriter sw = new StringWriter();
            t.printStackTrace(new PrintWriter(sw));
            line.append(sw);
        }
        try {
            Files.createDirectories(f.getParent());
            if (Files.exists(f) && Files.size(f) > LIMIT) {
                Files.move(f, f.resolveSibling(f.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(f, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            System.err.print("stampcheck: " + line);
        }
    }
}
