package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rules file received from another office is data: a notice .drl whose consequence writes a file, exits
 * or loops is refused by check, lint and show with its file and line, and nothing it says runs.
 */
class RulesFilesRunNoCodeTest {

    @TempDir
    Path dir;

    private Path evil(String consequence) throws Exception {
        Path written = dir.resolve("pwned.txt");
        String drl = Files.readString(Path.of("test-data/rules-drl/2024/linzi.drl"))
                .replaceFirst("(?s)then\\s+insert\\(new Notice\\(2024, \"临淄区\"\\)\\);",
                        "then\n    insert(new Notice(2024, \"临淄区\"));\n    "
                                + consequence.replace("FILE", written.toString().replace("\\", "/")));
        Path file = Files.createDirectories(dir.resolve("rules/2024")).resolve("linzi.drl");
        Files.writeString(file, drl);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "java.nio.file.Files.writeString(java.nio.file.Path.of(\"FILE\"), \"x\");",
        "System.exit(3);",
        "while (true) { }",
        "insert(Target.of(1, \"x\").atLeast(Integer.parseInt(\"5\"), \"所\"));"})
    void checkLintAndShowRefuseCodeAndRunNothing(String consequence) throws Exception {
        Path file = evil(consequence);
        int line = lineOf(Files.readString(file), consequence.substring(0, 12));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            CliRun check = CliRun.of("check", "--rules", file.toString(),
                    "test-data/2024-linzi/临淄区2024年第三季度妇女儿童实事进展汇总.xlsx");
            assertEquals(2, check.status(), check.err());
            assertTrue(check.err().contains("linzi.drl:" + line + ": "), check.err());
            CliRun viaFolder = CliRun.of("check", "--rules-dir", dir.resolve("rules").toString(),
                    "test-data/2024-linzi/临淄区2024年第三季度妇女儿童实事进展汇总.xlsx");
            assertEquals(2, viaFolder.status(), viaFolder.err());
            CliRun show = CliRun.of("rules", "show", file.toString());
            assertEquals(2, show.status(), show.err());
            assertTrue(show.err().contains("linzi.drl:" + line + ": "), show.err());
            CliRun lint = CliRun.of("rules", "lint", dir.resolve("rules").toString());
            assertEquals(2, lint.status(), lint.out() + lint.err());
            assertTrue(lint.out().contains("linzi.drl:" + line + ": "), lint.out());
            assertFalse((check.err() + show.err() + lint.out() + lint.err()).matches("(?s).*(Error|error|Exception|mismatched).*"));
        });
        assertFalse(Files.exists(dir.resolve("pwned.txt")), "the consequence never ran");
    }

    private static int lineOf(String text, String needle) {
        return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
    }
}
