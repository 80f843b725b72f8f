package cn.stampcheck.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Class-data sharing for the command line. A cold {@code java -jar stampcheck.jar check} spends most of its
 * time loading and verifying some 4,700 classes (POI, the rules engine, ours); a dynamic AppCDS archive of
 * them, mapped at start, together with the quick compiler below, halves the CPU time of a cold check. {@code java -jar} cannot name an archive, so the program relaunches
 * itself once: a small first JVM starts a second with {@code -XX:SharedArchiveFile} and passes on its
 * arguments, JVM options, standard streams and exit status.
 *
 * <p>The archive is per user, per jar file and per Java ({@code ~/.cache/stampcheck/}, or
 * {@code $XDG_CACHE_HOME/stampcheck/}); the first {@code check} writes it when it exits (a few seconds
 * more, once). The JVM checks the archive against the jar and itself and ignores, silently, one that is
 * stale or damaged, so a bad archive costs speed, never a wrong result. {@code -Dstampcheck.cds=off} runs
 * in one JVM without the archive (the benchmark's bare read does). A short check or read also runs with
 * the quick compiler only ({@code -XX:TieredStopAtLevel=1}): in a run of a second or two the optimising
 * compiler's threads cost more than they win; a folder's overview keeps it.
 */
final class SharedClasses {

    static final String PROPERTY = "stampcheck.cds";
    static final String OFF = "off";
    /** A check of up to about ten files counts as short. */
    private static final int SHORT_RUN_ARGUMENTS = 12;

    private SharedClasses() {
    }

    /**
     * Runs the command line in a second JVM with the archive, or writing it; returns its exit status, or
     * -1 when this JVM should run the command itself (switched off, already relaunched, not a jar, no
     * archive and no place to write one, or the second JVM would not start).
     */
    static int relaunch(String[] args) {
        if (System.getProperty(PROPERTY) != null) {
            return -1;
        }
        try {
            Path jar = Path.of(SharedClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
                return -1;
            }
            Path dir = cacheFolder();
            String prefix = digest(jar.toAbsolutePath().toString()).substring(0, 16);
            Path archive = dir.resolve(prefix + "-" + digest(Files.size(jar) + " " + Files.getLastModifiedTime(jar)
                    + " " + System.getProperty("java.home") + " " + System.getProperty("java.vm.version")).substring(0, 16) + ".jsa");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (isShort(args)) {
                // a run of a second or two: the optimising compiler's work would not pay back before the end
                command.add("-XX:TieredStopAtLevel=1");
            }
            command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            command.add("-D" + PROPERTY + "=" + OFF);
            command.add("-Xshare:auto");
            command.add("-Xlog:cds=off");
            command.add("-Xlog:cds+dynamic=off");
            Path writing = null;
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            } else if (args.length > 0 && args[0].equals("check") && writable(dir)) {
                // the classes a check loads are what later runs share; a read or a help text would share less
                writing = dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                command.add("-XX:ArchiveClassesAtExit=" + writing);
            } else {
                return -1;
            }
            command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
            command.addAll(List.of(args));
            ProcessBuilder second = new ProcessBuilder(command).inheritIO();
            // their options are among this JVM's arguments passed on above: not twice, nor their notes twice
            second.environment().remove("JDK_JAVA_OPTIONS");
            second.environment().remove("JAVA_TOOL_OPTIONS");
            int status = second.start().waitFor();
            if (writing != null) {
                keep(writing, archive, prefix, status <= 1);
            }
            return status;
        } catch (IOException | SecurityException | UnsupportedOperationException | java.net.URISyntaxException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** A check or read of a few files; not a folder's overview, the benchmark or anything else long. */
    private static boolean isShort(String[] args) {
        return args.length > 0 && (args[0].equals("check") || args[0].equals("read"))
                && List.of(args).stream().noneMatch(a -> a.startsWith("--overview")) && args.length <= SHORT_RUN_ARGUMENTS;
    }

    private static Path cacheFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("stampcheck");
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Puts the archive just written in place of this jar's archives for an earlier build or Java (one
     * archive per jar file, not one per build), when the check ran through (exit 0 or 1: a file that could
     * not be read leaves the rules engine's classes out). The command has run by now: a failure here only
     * leaves the archive for the next run to write.
     */
    private static void keep(Path written, Path archive, String prefix, boolean checked) {
        try {
            if (!Files.isRegularFile(written)) {
                return;
            }
            if (!checked) {
                Files.delete(written);
                return;
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), prefix + "-*.jsa")) {
                for (Path p : old) {
                    Files.deleteIfExists(p);
                }
            }
            Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(written);
            } catch (IOException ignored) {
                // a temporary file left in the cache folder
            }
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
