package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, started the way a clerk or a script starts it, in a working folder that holds a
 * {@code rules/} folder of its own (one received from another office, say): that folder is never read
 * unless named with --rules-dir. Its .drl, whose consequence writes a file, runs nothing, and its table,
 * with other thresholds, changes no finding; the bundled rules are used.
 */
class WorkingFolderRulesIT {

    private static final Path REPORT = Path.of("test-data/2024-linzi/临淄区2024年第三季度妇女儿童实事进展汇总.xlsx");

    @TempDir
    Path dir;

    private record Run(int status, String out) {
    }

    private Run stampcheck(Path cwd, String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/stampcheck.jar").toAbsolutePath().toString()));
        command.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stampcheck finished");
        return new Run(p.exitValue(), out);
    }

    @Test
    void aRulesFolderInTheWorkingFolderIsNotRead() throws Exception {
        Path report = Files.copy(REPORT, dir.resolve("report.xlsx"));
        Run bundled = stampcheck(dir, "check", "--format", "json", report.toString());

        Path written = dir.resolve("pwned.txt");
        Path rules = Files.createDirectories(dir.resolve("rules/2024"));
        String drl = Files.readString(Path.of("test-data/rules-drl/2024/linzi.drl"))
                .replaceFirst("(?s)then\\s+insert\\(new Notice\\(2024, \"临淄区\"\\)\\);",
                        "then\n    insert(new Notice(2024, \"临淄区\"));\n    java.nio.file.Files.writeString("
                                + "java.nio.file.Path.of(\"" + written.toString().replace("\\", "/") + "\"), \"x\");");
        Files.writeString(rules.resolve("linzi.drl"), drl);
        Files.copy(Path.of("rules/2024/linzi.xlsx"), rules.resolve("zibo-copy.xlsx"));

        Run here = stampcheck(dir, "check", "--format", "json", "report.xlsx");
        assertEquals(bundled.status(), here.status(), here.out());
        assertEquals(bundled.out(), here.out(), "the same result as without the folder: the bundled rules");
        assertTrue(here.out().matches("(?s).*\"rules\"\\s*:\\s*\"rules/2024/linzi.xlsx\".*"), here.out());
        assertFalse(Files.exists(written), "nothing in ./rules ran");

        Run named = stampcheck(dir, "check", "--rules-dir", "rules", "report.xlsx");
        assertEquals(2, named.status(), "named, the folder is read and its .drl refused: " + named.out());
        assertTrue(named.out().contains("linzi.drl:"), named.out());
        assertFalse(Files.exists(written), "refused, not run");
    }
}
