package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.samples.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of input that cannot be checked ends in exit status 2 and one line naming the reason. */
class BadInputTest {

    @TempDir
    static Path dir;

    static Path good;

    @BeforeAll
    static void writeInputs() throws Exception {
        good = dir.resolve("临淄区2024年第三季度.xlsx");
        SampleBook.xlsx().sheet("Sheet1")
                .row("2024年为全区妇女儿童办实事工作进展情况表（第三季度）")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("3", "实施“润童心”儿童素养提升工程", "区文旅局 区总工会", "累计开展戏曲进校园活动16场，托管班9个班次。", "2024年12月31日")
                .save(good);
        Files.write(dir.resolve("corrupt.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        SampleBook.xlsx().sheet("Sheet1").save(dir.resolve("empty.xlsx"));
        SampleBook.xlsx().sheet("说明").row("请各单位于季度末报送。").row("联系人：王").save(dir.resolve("no-table.xlsx"));
        SampleBook.xlsx().sheet("Sheet1")
                .row("2019年为全区妇女儿童办实事工作进展情况表（第一季度）")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("1", "某项实事", "区妇联", "已完成。", "2019年12月31日")
                .save(dir.resolve("old-2019.xlsx"));
        String rules = Files.readString(Path.of("test-data/rules-drl/2024/linzi.drl"));
        Files.writeString(dir.resolve("broken.drl"), rules.replaceFirst("(?s)then\\s+insert\\(new Notice", "then insert(new Notice((("));
    }

    private static void assertCannotCheck(CliRun run, String reasonContains) {
        assertEquals(2, run.status(), run.err());
        String err = run.err().strip();
        assertFalse(err.isEmpty(), "a reason is printed");
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.contains(reasonContains), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void missingFile() {
        assertCannotCheck(CliRun.of("check", dir.resolve("nope.xlsx").toString()), "文件不存在");
    }

    @Test
    void corruptFile() {
        assertCannotCheck(CliRun.of("check", dir.resolve("corrupt.xlsx").toString()), "无法读取");
    }

    @Test
    void emptyWorkbook() {
        assertCannotCheck(CliRun.of("check", dir.resolve("empty.xlsx").toString()), "未找到进展情况表");
    }

    @Test
    void sheetWithoutTable() {
        assertCannotCheck(CliRun.of("check", dir.resolve("no-table.xlsx").toString()), "未找到进展情况表");
    }

    @Test
    void brokenRulesFileNamesFileAndLine() {
        CliRun run = CliRun.of("check", "--rules", dir.resolve("broken.drl").toString(), good.toString());
        assertCannotCheck(run, "broken.drl:");
        assertTrue(run.err().matches("(?s).*broken\\.drl:\\d+: .*"), run.err());
    }

    @Test
    void yearWithoutRules() {
        assertCannotCheck(CliRun.of("check", dir.resolve("old-2019.xlsx").toString()), "没有2019年的规则文件");
    }

    @Test
    void quarterOutOfRange() {
        assertCannotCheck(CliRun.of("check", "--quarter", "5", good.toString()), "季度");
    }

    @Test
    void unsupportedFileType() throws Exception {
        Path txt = Files.writeString(dir.resolve("report.txt"), "序号");
        assertCannotCheck(CliRun.of("check", txt.toString()), "不支持的文件类型");
    }

    @Test
    void goodFileStillChecksBesideABadOne() {
        CliRun run = CliRun.of("check", "--format", "json", good.toString(), dir.resolve("corrupt.xlsx").toString());
        assertEquals(2, run.status());
        assertTrue(run.out().contains("\"rules\" : \"rules/2024/linzi.xlsx\""), run.out());
    }
}
