package cn.stampcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a folder run checks: each given file, and every file under each given folder (recursively,
 * sorted by path). Every file counts, so that something that is no report shows as 无法核查 rather than
 * being passed over; only what no clerk put there is left out: hidden files and the lock files offices
 * keep beside an open document (~$报表.xlsx, .~lock.报表.xlsx#).
 */
public final class ReportFolder {

    private ReportFolder() {
    }

    public static List<Path> files(List<Path> given) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !isClutter(p, f))
                            .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                files.add(p);
            }
        }
        return new ArrayList<>(files);
    }

    /** True for a hidden file or folder below {@code root}, or an office's lock file. */
    private static boolean isClutter(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return file.getFileName().toString().startsWith("~$");
    }

    /** True when {@code file} is one of the given files or lies under one of the given folders. */
    public static boolean covers(List<Path> given, Path file) {
        Path f = file.toAbsolutePath().normalize();
        return given.stream().map(p -> p.toAbsolutePath().normalize())
                .anyMatch(p -> f.equals(p) || Files.isDirectory(p) && f.startsWith(p));
    }
}
