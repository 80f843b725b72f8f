package cn.stampcheck.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DraftRulesTest {

    @Test
    void fileNameFromTheNoticeOrTheClerksName() {
        assertEquals("gaoqing", DraftRules.stem("2024-gaoqing"));
        assertEquals("linzi", DraftRules.stem("linzi2025"));
        assertEquals("临淄区", DraftRules.stem("2025年 临淄区"));
        assertEquals("临淄区通知", DraftRules.stem("2025年临淄区通知"));
        assertEquals("关于印发_通知", DraftRules.stem("关于印发《通知》"));
        assertEquals("draft", DraftRules.stem("2025"));
        assertEquals("draft", DraftRules.stem("  "));
        assertEquals(Path.of("r/2024/gaoqing-3.drl"), DraftRules.withSuffix(Path.of("r/2024/gaoqing.drl"), 3));
    }

    @Test
    void lintLinesRelativeToTheRulesFolder() {
        assertEquals("2024/x.drl:3: 坏", LintRules.relative(Path.of("/p/rules"), "/p/rules/2024/x.drl:3: 坏"));
        assertEquals("/q/x.drl:3: 坏", LintRules.relative(Path.of("/p/rules"), "/q/x.drl:3: 坏"));
    }
}
