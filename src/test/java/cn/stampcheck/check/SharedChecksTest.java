package cn.stampcheck.check;

import cn.stampcheck.files.WorkbookFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.report.Grid;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each finding code of the shared checks (rules/common) on small in-memory reports against the 2024
 * Linzi rules. Figures are written plainly here; the extractor's own cases are tested in its package.
 */
class SharedChecksTest {

    static final String[] HEADER = {"序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"};
    static RulesLibrary library;
    static NoticeRules linzi;

    @BeforeAll
    static void load() throws Exception {
        library = new RulesLibrary(List.of(Path.of("rules")), WorkbookFiles::readTable);
        linzi = library.notice(Path.of("rules/2024/linzi.xlsx"));
    }

    /** Checks rows (each: 序号, 名称, 单位, 进度, 时限) in the given quarter; every other item is absent. */
    static CheckResult check(int quarter, String[]... rows) throws Exception {
        List<List<String>> grid = new ArrayList<>();
        grid.add(List.of("临淄区2024年为全区妇女儿童办实事工作进展情况表"));
        grid.add(Arrays.asList(HEADER));
        for (String[] r : rows) {
            grid.add(Arrays.asList(r));
        }
        var table = TableFinder.find(new Workbook("t.xlsx", List.of(new Grid("Sheet1", grid, List.of()))));
        return new Checker(library.checks()).check("t.xlsx", table, linzi, quarter, null);
    }

    static List<String> codesAt(CheckResult r, String cell) {
        return r.findings().stream().filter(f -> f.cell().address().equals(cell)).map(f -> f.code().name()).toList();
    }

    static Finding at(CheckResult r, String cell) {
        return r.findings().stream().filter(f -> f.cell().address().equals(cell)).findFirst().orElseThrow();
    }

    static String[] item3(String progress, String deadline) {
        return new String[] {"3", "实施“润童心”儿童素养提升工程", "区文旅局、区总工会", progress, deadline};
    }

    @Test
    void onScheduleTargetsRaiseNothing() throws Exception {
        CheckResult r = check(2, item3("累计开展戏曲进校园活动10场，托管教学课程6个班次。", "2024年12月31日"));
        assertEquals(List.of(), codesAt(r, "D3"));
        assertEquals(List.of(), codesAt(r, "C3"));
        assertEquals(List.of(), codesAt(r, "E3"));
        assertEquals(List.of("10", "6"), r.checks().stream().map(c -> Amounts.format(c.reported())).toList());
        assertTrue(r.checks().stream().allMatch(c -> c.status() == TargetCheck.Status.OK));
    }

    @Test
    void behindScheduleComparesExactlyWithTheQuarterShare() throws Exception {
        // 20 场 × 3/4 = 15: 14 is behind, 15 is not; 12 个班次 × 3/4 = 9.
        CheckResult r = check(3, item3("累计开展戏曲进校园活动14场，托管教学课程9个班次。", "2024年12月31日"));
        assertEquals(List.of("BEHIND_SCHEDULE"), codesAt(r, "D3"));
        Finding f = r.findings().stream().filter(x -> x.code() == FindingCode.BEHIND_SCHEDULE).findFirst().orElseThrow();
        assertEquals("第3项“戏曲进校园”目标不少于20场，截至第3季度应达到15场，报告数为14场，进度滞后。", f.message());
        assertEquals(TargetCheck.Status.BEHIND, r.checks().get(0).status());
        assertEquals(TargetCheck.Status.OK, r.checks().get(1).status());
    }

    @Test
    void fractionalExpectationIsNotRounded() throws Exception {
        // 第9项 法院开放日 6 场 × 1/4 = 1.5: 1 is behind, 2 is not.
        String[] row = {"9", "实施妇女儿童权益保障工作", "区司法局 区妇联 临淄公安分局 区法院",
            "送教上门5次；“送法进校园”活动2场；“法院开放日”活动1场。", "2024年12月31日"};
        CheckResult r = check(1, row);
        assertEquals(List.of("BEHIND_SCHEDULE"), codesAt(r, "D3"));
        String message = at(r, "D3").message();
        assertTrue(message.contains("应达到1.5场"), message);
    }

    @Test
    void fourthQuarterShortfallIsAnErrorNotBehind() throws Exception {
        CheckResult r = check(4, item3("全年累计开展戏曲进校园活动18场，托管教学课程12个班次。", "2024年12月31日"));
        assertEquals(List.of("SHORTFALL"), codesAt(r, "D3"));
        assertEquals(Severity.ERROR, at(r, "D3").severity());
        assertEquals("第3项“戏曲进校园”目标不少于20场，报告数为18场，未达到目标。", at(r, "D3").message());
    }

    @Test
    void constantTargetIsMissedInAnyQuarter() throws Exception {
        String[] row = {"8", "实施新型婚育文化培育行动", "区总工会 团区委 区妇联 临淄医保分局 区住建局",
            "职工住院分娩政策范围内医疗费用报销比例达到95%。", "2024年12月31日"};
        assertEquals(List.of("SHORTFALL"), codesAt(check(1, row), "D3"));
        row[3] = "职工住院分娩政策范围内医疗费用报销比例达到100%。";
        assertEquals(List.of(), codesAt(check(1, row), "D3"));
    }

    @Test
    void emptyProgressIsMissingProgressOnly() throws Exception {
        CheckResult r = check(2, item3("", "2024年12月31日"));
        assertEquals(List.of("MISSING_PROGRESS"), codesAt(r, "D3"));
        assertTrue(r.checks().stream().allMatch(c -> c.status() == TargetCheck.Status.MISSING && c.reported() == null));
    }

    @Test
    void progressWithoutTheFigureIsMissingFigure() throws Exception {
        CheckResult r = check(2, item3("组织剧团走进中小学开展戏曲进校园活动，反响良好；托管教学课程6个班次。", "2024年12月31日"));
        assertEquals(List.of("MISSING_FIGURE"), codesAt(r, "D3"));
        assertEquals("戏曲进校园", at(r, "D3").target().label());
    }

    @Test
    void deadlineCells() throws Exception {
        assertEquals(List.of("MISSING_DEADLINE"), codesAt(check(2, item3("累计10场，6个班次。", "")), "E3"));
        assertEquals(List.of("BAD_DEADLINE"), codesAt(check(2, item3("累计10场，6个班次。", "长期坚持")), "E3"));
        assertEquals(List.of("DEADLINE_LATE"), codesAt(check(2, item3("累计10场，6个班次。", "2025年6月")), "E3"));
        assertEquals(List.of(), codesAt(check(2, item3("累计10场，6个班次。", "年底前")), "E3"));
    }

    @Test
    void missingUnitIsNamed() throws Exception {
        String[] row = item3("累计10场，6个班次。", "2024年12月31日");
        row[2] = "文旅局";
        CheckResult r = check(2, row);
        assertEquals(List.of("UNIT_MISSING"), codesAt(r, "C3"));
        assertEquals("第3项责任单位缺少：区总工会。", r.findings().stream()
                .filter(f -> f.code() == FindingCode.UNIT_MISSING).findFirst().orElseThrow().message());
        String[] shortNames = {"4", "实施家庭教育指导服务行动", "妇联\n教体局", "培训骨干15人，站点5个。", "2024年12月31日"};
        assertEquals(List.of(), codesAt(check(1, shortNames), "C3"), "区妇联 written as 妇联 is present");
    }

    @Test
    void nameComparedWithoutPunctuationAndSpaces() throws Exception {
        String[] row = item3("累计10场，6个班次。", "2024年12月31日");
        row[1] = "实施 \"润童心\" 儿童素养提升工程";
        assertEquals(List.of(), codesAt(check(2, row), "B3"));
        row[1] = "三、实施“润童心”儿童素养提升工程。";
        assertEquals(List.of(), codesAt(check(2, row), "B3"), "a heading's enumerator is not part of the name");
        row[1] = "实施儿童素养提升行动";
        assertEquals(List.of("ITEM_NAME_MISMATCH"), codesAt(check(2, row), "B3"));
    }

    @Test
    void missingAndUnknownItems() throws Exception {
        String[] unknown = {"11", "其他工作", "区妇联", "开展活动3场。", "2024年12月31日"};
        CheckResult r = check(2, item3("累计10场，6个班次。", "2024年12月31日"), unknown);
        assertEquals(List.of("UNKNOWN_ITEM"), codesAt(r, "A4"));
        List<Integer> missing = r.findings().stream().filter(f -> f.code() == FindingCode.ITEM_MISSING)
                .map(Finding::item).toList();
        assertEquals(List.of(1, 2, 4, 5, 6, 7, 8, 9, 10), missing);
        assertTrue(r.findings().stream().filter(f -> f.code() == FindingCode.ITEM_MISSING)
                .allMatch(f -> f.cell().address().equals("A2")));
    }
}
