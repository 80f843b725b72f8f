package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar relaunched with its class-data archive ({@link SharedClasses}) prints and exits exactly
 * as one plain JVM does: when it writes the archive, when it uses it, and when the archive is damaged.
 */
class SharedClassesIT {

    private static final Path JAR = Path.of("target", "stampcheck.jar");
    private static final String REPORT = "test-data/2024-linzi/临淄区2024年第三季度妇女儿童实事进展汇总.xlsx";

    @TempDir
    Path cache;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        line.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(line);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Path out = cache.resolve("out.txt");
        Path err = cache.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int status = p.waitFor();
        return new Run(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private List<Path> archives() throws Exception {
        Path dir = cache.resolve("stampcheck");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void theRelaunchedCheckPrintsAndExitsAsOnePlainJvm() throws Exception {
        Run plain = run("-Dstampcheck.cds=off", "-jar", JAR.toString(), "check", "--format", "json", REPORT);
        assertEquals(0, plain.status(), plain.err());
        assertTrue(archives().isEmpty(), "a plain run writes no archive");

        Run writing = run("-jar", JAR.toString(), "check", "--format", "json", REPORT);
        assertEquals(plain, writing);
        List<Path> written = archives();
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).getFileName().toString().endsWith(".jsa"));

        assertEquals(plain, run("-jar", JAR.toString(), "check", "--format", "json", REPORT), "with the archive");

        byte[] noise = new byte[100_000];
        new Random(11).nextBytes(noise);
        Files.write(written.get(0), noise);
        assertEquals(plain, run("-jar", JAR.toString(), "check", "--format", "json", REPORT), "with a damaged archive");

        Run missing = run("-jar", JAR.toString(), "check", "no-such-report.xlsx");
        assertEquals(2, missing.status());
        assertEquals(run("-Dstampcheck.cds=off", "-jar", JAR.toString(), "check", "no-such-report.xlsx"), missing);
    }

    @Test
    void aFirstCheckThatCannotReadItsFileWritesNoArchive() throws Exception {
        assertEquals(2, run("-jar", JAR.toString(), "check", "no-such-report.xlsx").status());
        assertTrue(archives().isEmpty(), archives().toString());
    }
}
