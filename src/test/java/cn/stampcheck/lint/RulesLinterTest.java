package cn.stampcheck.lint;

import cn.stampcheck.files.WorkbookFiles;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesLinterTest {

    private static final String HEAD = """
            package rules.y2025.test

            import cn.stampcheck.rules.Notice
            import cn.stampcheck.rules.Item
            import cn.stampcheck.rules.Target

            rule "通知"
            then
                insert(new Notice(2025, "临淄区"));
            end
            """;

    private static List<String> codes(String body) {
        return RulesLinter.lint("rules/2025/test.drl", HEAD + body, 2025).stream().map(LintFinding::code).toList();
    }

    @Test
    void aCleanFileHasNoFindings() {
        assertEquals(List.of(), codes("""

                // 一、建设书房。建设城市书房1处、阅读吧20处。（责任单位：区文旅局）
                rule "一"
                then
                    insert(Item.of(1, "建设书房").units("区文旅局"));
                    insert(Target.of(1, "城市书房").atLeast(1, "处").aliases("个"));
                    insert(Target.of(1, "阅读吧").keywords("阅读吧").atLeast(20, "处").deadline("2025-06-30"));
                end
                """));
    }

    @Test
    void reportsEachKindOfMistakeWithItsLine() {
        String body = """

                // 一、建设书房。建设城市书房1处。（责任单位：区文旅局）
                rule "一"
                then
                    insert(Item.of(1, "建设书房").units("区文旅局"));
                    insert(Target.of(1, "城市书房").keywords("书屋").atLeast(1, "处x"));
                    insert(Target.of(1, "城市书房").atLeast(1, "处").deadline("2026-03-31"));
                end

                rule "二"
                then
                    insert(Item.of(1, ""));
                end
                """;
        List<LintFinding> found = RulesLinter.lint("rules/2025/test.drl", HEAD + body, 2025);
        List<String> codes = found.stream().map(LintFinding::code).toList();
        assertTrue(codes.contains("UNKNOWN_UNIT"), found.toString());
        assertTrue(codes.contains("KEYWORD_NOT_IN_SENTENCE"), found.toString());
        assertTrue(codes.contains("DUPLICATE_TARGET"), found.toString());
        assertTrue(codes.contains("DEADLINE_OUTSIDE_YEAR"), found.toString());
        assertTrue(codes.contains("DUPLICATE_ITEM"), found.toString());
        assertTrue(codes.contains("ITEM_NO_NAME"), found.toString());
        assertTrue(codes.contains("ITEM_NO_UNITS"), found.toString());
        LintFinding unit = found.stream().filter(f -> f.code().equals("UNKNOWN_UNIT")).findFirst().orElseThrow();
        assertEquals(16, unit.line());
        assertTrue(unit.toString().startsWith("rules/2025/test.drl:16: "), unit.toString());
    }

    @Test
    void syntaxErrorsAreRefusedAtTheirLine() {
        List<LintFinding> found = RulesLinter.lint("rules/2025/test.drl", HEAD + """

                rule "一"
                then
                    insert(Item.of(1, "建设书房").units("区文旅局"))
                    insert(Target.of(1, "城市书房").atLeast(1, "处");
                end
                """, 2025);
        int line = (int) (HEAD + "\n\nrule").lines().count() + 1;
        assertEquals(List.of(new LintFinding("rules/2025/test.drl", line, RulesLinter.NOT_DECLARATIONS,
                "这里应是“;”，后面却是“insert”")), found);
    }

    @Test
    void exitCodesForFoldersAndUnreadableFiles(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("2025");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.drl"), HEAD + """

                rule "一"
                then
                    insert(Item.of(1, "建设书房").units("区文旅局"));
                end
                """, StandardCharsets.UTF_8);
        assertTrue(RulesLinter.lint(List.of(tmp), WorkbookFiles::readTable).findings().isEmpty());
        Files.writeString(dir.resolve("b.drl"), HEAD.replace("2025,", "2024,"), StandardCharsets.UTF_8);
        RulesLinter.Result r = RulesLinter.lint(List.of(tmp), WorkbookFiles::readTable);
        assertTrue(!r.refused() && !r.findings().isEmpty(), r.toString());
        assertTrue(r.findings().get(0).message().contains("2025"), r.toString());
        Files.write(dir.resolve("c.drl"), new byte[] {(byte) 0xC1, (byte) 0xD9, (byte) 0xFF});
        assertTrue(RulesLinter.lint(List.of(tmp), WorkbookFiles::readTable).refused());
        assertTrue(RulesLinter.lint(List.of(tmp.resolve("missing.drl")), WorkbookFiles::readTable).refused());
    }

    @Test
    void theSharedChecksCompile() {
        RulesLinter.Result r = RulesLinter.lint(List.of(Path.of("rules", "common")), WorkbookFiles::readTable);
        assertEquals(List.of(), r.findings());
        assertTrue(!r.refused() && r.findings().isEmpty(), r.toString());
    }
}
