package cn.stampcheck.check;

import static cn.stampcheck.check.SharedChecksTest.check;
import static cn.stampcheck.check.SharedChecksTest.codesAt;
import static cn.stampcheck.check.SharedChecksTest.item3;
import static cn.stampcheck.check.SharedChecksTest.library;
import static cn.stampcheck.check.SharedChecksTest.linzi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.report.Grid;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.Workbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FIGURE_DECREASED, FIGURE_DROPPED and DEADLINE_CHANGED: this quarter's row against last quarter's. */
class PreviousQuarterChecksTest {

    static final String DUE = "2024年12月31日";

    @BeforeAll
    static void load() throws Exception {
        SharedChecksTest.load();
    }

    /** Checks {@code now} in quarter 3 against {@code before} checked in quarter 2. */
    static CheckResult compare(String[] before, String[] now) throws Exception {
        PreviousQuarter previous = check(2, before).asPrevious();
        var table = TableFinder.find(new Workbook("t.xlsx", List.of(new Grid("Sheet1", rows(now), List.of()))));
        return new Checker(library.checks()).check("t.xlsx", table, linzi, 3, previous);
    }

    private static List<List<String>> rows(String[] row) {
        List<List<String>> grid = new ArrayList<>();
        grid.add(List.of("临淄区2024年为全区妇女儿童办实事工作进展情况表"));
        grid.add(Arrays.asList(SharedChecksTest.HEADER));
        grid.add(Arrays.asList(row));
        return grid;
    }

    /** The codes at a cell that the comparison added to the check without it. */
    static List<String> added(String[] before, String[] now, String cell) throws Exception {
        List<String> with = new ArrayList<>(codesAt(compare(before, now), cell));
        codesAt(check(3, now), cell).forEach(with::remove);
        return with;
    }

    @Test
    void whatAReportSaysIsKeptForTheNextQuarter() throws Exception {
        PreviousQuarter p = check(2, item3("本季度开展戏曲进校园活动4场，累计开展10场；托管教学课程6个班次。", "2024年10月")).asPrevious();
        assertEquals("rules/2024/linzi.xlsx", p.rules());
        assertEquals(2, p.quarter());
        assertEquals(List.of(new PreviousReading(3, "戏曲进校园", new BigDecimal("10"), true, 2),
                new PreviousReading(3, "托管教学课程", new BigDecimal("6"), true, 2)), p.readings());
        assertEquals("2024年10月", p.deadlines().get(0).text());
    }

    @Test
    void aYearToDateFigureLowerThanLastQuartersIsAnError() throws Exception {
        String[] before = item3("累计开展戏曲进校园活动15场，托管教学课程9个班次。", DUE);
        String[] now = item3("累计开展戏曲进校园活动12场，托管教学课程9个班次。", DUE);
        assertEquals(List.of("FIGURE_DECREASED"), added(before, now, "D3"));
        Finding f = compare(before, now).findings().stream()
                .filter(x -> x.code() == FindingCode.FIGURE_DECREASED).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("戏曲进校园", f.target().label());
        assertEquals("第3项“戏曲进校园”累计报告数为12场，少于第2季度报告的15场；累计数不应减少。", f.message());
    }

    @Test
    void anEqualOrHigherFigureIsFine() throws Exception {
        String[] before = item3("累计开展戏曲进校园活动12场，托管教学课程9个班次。", DUE);
        assertEquals(List.of(), added(before, item3("累计开展戏曲进校园活动12场，托管教学课程9个班次。", DUE), "D3"));
        assertEquals(List.of(), added(before, item3("累计开展戏曲进校园活动16场，托管教学课程10个班次。", DUE), "D3"));
    }

    @Test
    void aQuarterOnlyFigureIsNotComparedWithAYearToDateOne() throws Exception {
        // last quarter 累计15场; this quarter only 本季度开展5场 (no total): nothing says the total fell
        String[] before = item3("累计开展戏曲进校园活动15场，托管教学课程9个班次。", DUE);
        String[] now = item3("本季度开展戏曲进校园活动5场，托管教学课程9个班次。", DUE);
        assertFalse(added(before, now, "D3").contains("FIGURE_DECREASED"));
        // and the other way round: last quarter's 本季度 figure is no total either
        assertFalse(added(item3("本季度开展戏曲进校园活动15场，托管教学课程9个班次。", DUE),
                item3("累计开展戏曲进校园活动12场，托管教学课程9个班次。", DUE), "D3").contains("FIGURE_DECREASED"));
    }

    @Test
    void aRateHeldEveryQuarterIsNoRunningTotal() throws Exception {
        String[] before = {"8", "实施新型婚育文化培育行动", "区总工会、团区委、区妇联、临淄医保分局、区住建局", "住院分娩报销比例达到100%。", DUE};
        String[] now = {"8", "实施新型婚育文化培育行动", "区总工会、团区委、区妇联、临淄医保分局、区住建局", "住院分娩报销比例达到90%。", DUE};
        List<String> codes = added(before, now, "D3");
        assertFalse(codes.contains("FIGURE_DECREASED"), codes.toString());
    }

    @Test
    void aTargetThatHadAFigureAndHasNoneIsAWarning() throws Exception {
        String[] before = item3("累计开展戏曲进校园活动15场，托管教学课程9个班次。", DUE);
        String[] now = item3("戏曲进校园活动持续开展，托管教学课程10个班次。", DUE);
        assertEquals(List.of("FIGURE_DROPPED"), added(before, now, "D3"));
        Finding f = compare(before, now).findings().stream()
                .filter(x -> x.code() == FindingCode.FIGURE_DROPPED).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("第3项“戏曲进校园”第2季度报告为15场，本季度进度情况中未找到该目标的数字。", f.message());
        // a target that had no figure last quarter either: only the usual MISSING_FIGURE
        assertEquals(List.of(), added(item3("戏曲进校园活动筹备中，托管教学课程9个班次。", DUE), now, "D3"));
    }

    @Test
    void aChangedDeadlineIsAWarningAtTheDeadlineCell() throws Exception {
        String[] before = item3("累计开展戏曲进校园活动15场，托管教学课程9个班次。", "2024年10月31日");
        String[] now = item3("累计开展戏曲进校园活动15场，托管教学课程9个班次。", "2024年12月31日");
        assertEquals(List.of("DEADLINE_CHANGED"), added(before, now, "E3"));
        assertEquals(List.of(), added(before, now, "D3"));
        Finding f = compare(before, now).findings().stream()
                .filter(x -> x.code() == FindingCode.DEADLINE_CHANGED).findFirst().orElseThrow();
        assertEquals("第3项完成时限由第2季度的“2024年10月31日”改为“2024年12月31日”。", f.message());
        // the same date written another way, and a deadline first filled in this quarter, are no change
        assertEquals(List.of(), added(item3("累计开展戏曲进校园活动15场。", "2024.12"), now, "E3"));
        assertEquals(List.of(), added(item3("累计开展戏曲进校园活动15场。", ""), now, "E3"));
        assertEquals(List.of("DEADLINE_CHANGED"), added(item3("累计开展戏曲进校园活动15场。", "长期"), now, "E3"));
    }

    @Test
    void onlyTheQuarterBeforeUnderTheSameRulesIsCompared() throws Exception {
        ReportChecker checker = new ReportChecker(library);
        Workbook book = new Workbook("t.xlsx", List.of(new Grid("Sheet1", rows(item3("累计开展戏曲进校园活动15场。", DUE)), List.of())));
        PreviousQuarter q2 = check(2, item3("累计开展戏曲进校园活动15场。", DUE)).asPrevious();
        var later = assertThrows(PreviousQuarterMismatchException.class,
                () -> checker.check(book, java.nio.file.Path.of("rules/2024/linzi.xlsx"), 2, q2));
        assertTrue(later.getMessage().contains("不是本表（第2季度）的上一季度"), later.getMessage());
        var gap = assertThrows(PreviousQuarterMismatchException.class,
                () -> checker.check(book, java.nio.file.Path.of("rules/2024/linzi.xlsx"), 4, q2));
        assertTrue(gap.getMessage().contains("是第2季度，不是本表（第4季度）的上一季度"), gap.getMessage());
        PreviousQuarter other = new PreviousQuarter("x.xlsx", "rules/2024/boshan.xlsx", 2024, 2, List.of(), List.of());
        var rules = assertThrows(PreviousQuarterMismatchException.class,
                () -> checker.check(book, java.nio.file.Path.of("rules/2024/linzi.xlsx"), 3, other));
        assertTrue(rules.getMessage().contains("无法对比"), rules.getMessage());
        assertEquals(3, checker.check(book, java.nio.file.Path.of("rules/2024/linzi.xlsx"), 3, q2).quarter());
    }
}
