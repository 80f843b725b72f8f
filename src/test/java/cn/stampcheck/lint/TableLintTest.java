package cn.stampcheck.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.poi.NoticeTableWriter;
import cn.stampcheck.rules.NoticeSheet;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint names the cell of a table, in Chinese, and never lets parser or decoder English through. */
class TableLintTest {

    @TempDir
    Path dir;

    private static final List<String> ROW = List.of("1", "实施教育工程", "", "区教体局", "考点学校安装空调",
            "空调、清凉", "不少于", "5", "所", "个", "", "", "年内为5所考点学校安装空调。");

    private Path table(String name, int year, List<List<String>> rows) throws Exception {
        Path file = dir.resolve("rules").resolve(Integer.toString(year)).resolve(name);
        NoticeTableWriter.write(new NoticeSheet(year, "临淄区", "通知", rows, List.of()), file);
        return file;
    }

    private static List<String> with(int col, String value) {
        List<String> row = new ArrayList<>(ROW);
        row.set(col, value);
        return row;
    }

    private List<String> lint(Path... paths) {
        RulesLinter.Result r = RulesLinter.lint(List.of(paths), WorkbookFiles::readTable);
        List<String> out = new ArrayList<>(r.findings().stream().map(LintFinding::toString).toList());
        out.addAll(r.unreadable());
        return out.stream().map(s -> s.replace(dir.toString().replace('\\', '/') + "/", "")).toList();
    }

    @Test
    void softProblemsAreNamedAtTheirCell() throws Exception {
        List<String> later = new ArrayList<>(List.of("1", "", "", "", "智慧教育场景", "考点", "达到", "3", "个", "", "2026-06-30", "", ""));
        table("linzi.xlsx", 2025, List.of(with(8, "所所"), later));
        assertEquals(List.of(
                "rules/2025/linzi.xlsx 目标表!I6：第1项目标“考点学校安装空调”的单位“所所”不是程序认识的计量单位（如 场、名、所、个、%），请检查是否写错",
                "rules/2025/linzi.xlsx 目标表!F6：第1项目标“考点学校安装空调”的关键词“清凉”不在本项的通知原文中；"
                        + "如确是进度情况里的说法，请在通知原文中注明（如 关键词：清凉）",
                "rules/2025/linzi.xlsx 目标表!K7：第1项目标“智慧教育场景”的完成时限 2026-06-30 不在通知的 2025 年内"),
                lint(dir.resolve("rules")));
    }

    /** A table drafted from a notice in traditional characters quotes it as written; its keywords are simplified. */
    @Test
    void keywordsAreFoundInAQuoteInTraditionalCharacters() throws Exception {
        List<String> row = new ArrayList<>(ROW);
        row.set(5, "空调、考点学校");
        row.set(12, "年內為5所考點學校安裝空調。");
        table("linzi.xlsx", 2025, List.of(row));
        assertEquals(List.of(), lint(dir.resolve("rules")));
        row.set(5, "空调、清凉");
        table("linzi.xlsx", 2025, List.of(row));
        assertEquals(1, lint(dir.resolve("rules")).size(), "a keyword the quote does not hold is still named");
    }

    @Test
    void whatTheLoaderRefusesIsNamedAtItsCell() throws Exception {
        table("linzi.xlsx", 2025, List.of(with(7, "-5")));
        assertEquals(List.of("rules/2025/linzi.xlsx 目标表!H6：数值“-5”不是正数"), lint(dir.resolve("rules")));
        table("linzi.xlsx", 2025, List.of(with(7, "1e308")));
        assertEquals(List.of("rules/2025/linzi.xlsx 目标表!H6：数值“1e308”不是数字"), lint(dir.resolve("rules")));
        table("linzi.xlsx", 2025, List.of(with(5, "空调"), with(5, "空调")));
        assertEquals(List.of("rules/2025/linzi.xlsx 目标表!E7：第1项目标“考点学校安装空调”重复（第6行已有）"), lint(dir.resolve("rules")));
    }

    @Test
    void twoLiveFilesForOnePlaceAndADeadlineOutsideTheYear() throws Exception {
        table("linzi.xlsx", 2025, List.of(with(5, "空调")));
        table("临淄.xlsx", 2025, List.of(with(5, "空调")));
        Files.createDirectories(dir.resolve("rules/草稿/2025"));
        Files.copy(dir.resolve("rules/2025/linzi.xlsx"), dir.resolve("rules/草稿/2025/linzi.xlsx"));
        List<String> found = lint(dir.resolve("rules"));
        assertEquals(1, found.size(), "drafts are not live: " + found);
        assertTrue(found.get(0).matches("rules/2025/(linzi|临淄)\\.xlsx: 与 rules/2025/(linzi|临淄)\\.xlsx 是同一地区（临淄区）同一年的规则文件，"
                + "核查时无法选择；请删去或改名其中一个（在 Calc 中：核查 ▸ 打开规则文件夹）"), found.get(0));
    }

    @Test
    void aGbkFileGetsAChineseMessage() throws Exception {
        Path drl = Files.createDirectories(dir.resolve("rules/2024")).resolve("linzi.drl");
        Files.write(drl, Files.readString(Path.of("test-data/rules-drl/2024/linzi.drl")).getBytes(Charset.forName("GBK")));
        RulesLinter.Result r = RulesLinter.lint(List.of(dir.resolve("rules")), WorkbookFiles::readTable);
        assertTrue(r.refused());
        assertTrue(r.unreadable().get(0).endsWith("linzi.drl: 不是 UTF-8 编码的文本（可能是 GBK），请用“另存为”选 UTF-8 保存"),
                r.unreadable().toString());
    }
}
