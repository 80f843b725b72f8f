package cn.stampcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFinderTest {

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    private static ReportTable find(List<List<String>> rows, CellRange... merges) throws Exception {
        return TableFinder.find(new Workbook("r.xlsx", List.of(new Grid("Sheet1", rows, List.of(merges)))));
    }

    @Test
    void plainTableWithTitleAndStampLine() throws Exception {
        ReportTable t = find(List.of(
                row("2024年为全区妇女儿童办实事工作进展情况表（第三季度）"),
                row("单位：（盖章）"),
                row(),
                row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "已安装空调5所。", "2024年12月31日"),
                row("2", "实施巾帼促就业计划", "区人社局\n区妇联", "", "")));
        assertEquals("2024年为全区妇女儿童办实事工作进展情况表（第三季度）\n单位：（盖章）", t.title());
        assertEquals("A4", t.numberHeader().address());
        assertEquals(2, t.rows().size());
        ItemRow first = t.rows().get(0);
        assertEquals(1, first.number());
        assertEquals("D5", first.progress().address());
        assertEquals("E5", first.deadline().address());
        assertEquals("区人社局\n区妇联", t.rows().get(1).units().text());
        assertTrue(t.rows().get(1).progressBlank());
    }

    @Test
    void tableAwayFromA1WithBrokenHeaderTexts() throws Exception {
        ReportTable t = find(List.of(
                row(),
                row("", "", "序　号", "实事\n名称", "责任\n单位", "本季度具体措施\n及任务进度情况", "完成\n时限"),
                row("", "", "１", "实施教育资源优化工程", "区教体局", "安装5所。", "2024.12")));
        assertEquals("C2", t.numberHeader().address());
        assertEquals(1, t.rows().get(0).number());
        assertEquals("F3", t.rows().get(0).progress().address());
        assertEquals("G3", t.rows().get(0).deadline().address());
    }

    @Test
    void twoRowHeaderTakesColumnsFromBothRows() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "工作进展", ""),
                row("", "", "", "本季度具体措施及任务进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "安装5所。", "年底前")),
                new CellRange(0, 0, 1, 0), new CellRange(0, 1, 1, 1), new CellRange(0, 2, 1, 2));
        assertEquals(1, t.rows().size());
        assertEquals("E3", t.rows().get(0).deadline().address());
    }

    @Test
    void mergedNumberCellJoinsTheRowsOfOneItem() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"),
                row("3", "实施“润童心”儿童素养提升工程", "区文旅局", "戏曲进校园12场。", "2024年12月31日"),
                row("", "", "区总工会", "托管班8个班次。", ""),
                row("4", "实施家庭教育指导服务行动", "区妇联", "培训骨干30人。", "2024年12月31日")),
                new CellRange(1, 0, 2, 0), new CellRange(1, 1, 2, 1), new CellRange(1, 4, 2, 4));
        assertEquals(2, t.rows().size());
        ItemRow three = t.rows().get(0);
        assertEquals("区文旅局\n区总工会", three.units().text());
        assertEquals("戏曲进校园12场。\n托管班8个班次。", three.progress().text());
        assertEquals("D2", three.progress().address());
        assertEquals(4, t.rows().get(1).number());
    }

    @Test
    void adjacentRowsRepeatingANumberAreOneItem() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"),
                row("3", "实施“润童心”儿童素养提升工程", "区文旅局", "戏曲进校园12场。", "2024年12月31日"),
                row("3", "实施“润童心”儿童素养提升工程", "区总工会", "托管班8个班次。", "2024年12月31日"),
                row("4", "实施家庭教育指导服务行动", "区妇联", "培训骨干30人。", "2024年12月31日")));
        assertEquals(List.of(3, 4), t.rows().stream().map(ItemRow::number).toList());
        assertEquals("区文旅局\n区总工会", t.rows().get(0).units().text());
        assertEquals("实施“润童心”儿童素养提升工程", t.rows().get(0).name().text(), "the same name is not repeated");
    }

    @Test
    void repeatedHeaderOnSecondPageAndFooterAreSkipped() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"),
                row("一", "实施教育资源优化工程", "区教体局", "安装5所。", "2024年12月31日"),
                row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"),
                row("十", "开展“美妆护苗”集中整治行动", "区市场监管局", "检查32家。", "2024年12月31日"),
                row(),
                row("填报人：张三", "", "联系电话：7220350"),
                row("99", "not an item row", "", "", "")));
        assertEquals(List.of(1, 10), t.rows().stream().map(ItemRow::number).toList());
    }

    @Test
    void aRowWithAForgottenNumberButItsOwnNameIsTheNextItem() throws Exception {
        ReportTable t = find(List.of(
                row("类别", "序号", "项目", "责任单位（部门）", "工作推进情况", "完成时间"),
                row("", "5", "实施特殊困难儿童关爱项目", "区民政局", "新建希望小屋3间。", "2024年12月31日"),
                row("", "", "", "区残联", "康复救助90名。", ""),
                row("", "", "实施巾帼促就业计划", "区人社局", "招聘会1场。", "2024年12月31日")));
        assertEquals(List.of(5, 6), t.rows().stream().map(ItemRow::number).toList());
        assertEquals("区民政局\n区残联", t.rows().get(0).units().text());
        assertEquals("D4", t.rows().get(1).units().address());
        assertEquals("E4", t.rows().get(1).progress().address());
    }

    @Test
    void aSecondTableBelowTheFormIsNotReadAsItems() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "安装5所。", "2024年12月31日"),
                row("2", "实施巾帼促就业计划", "区人社局", "招聘会2场。", "2024年12月31日"),
                row("合计", "", "", "", ""),
                row(),
                row("二、下季度工作计划"),
                row("序号", "工作内容", "责任单位", "计划进度", "时限"),
                row("1", "继续推进空调安装", "区教体局", "完成剩余工程", "2024年12月"),
                row("2", "举办招聘会", "区人社局", "再办1场", "2024年12月")));
        assertEquals(List.of(1, 2), t.rows().stream().map(ItemRow::number).toList());
    }

    @Test
    void deadlineMergedDownOverAllItemsIsEveryItemsDeadlineAtItsTopLeft() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "安装空调3所。", "2024年12月31日"),
                row("2", "实施巾帼促就业行动", "区人社局", "举办招聘会12场。", ""),
                row("3", "实施儿童素养提升工程", "区文旅局", "开展活动8场。", "")),
                new CellRange(1, 4, 3, 4));
        assertEquals(List.of("2024年12月31日", "2024年12月31日", "2024年12月31日"),
                t.rows().stream().map(r -> r.deadline().text()).toList());
        assertEquals(List.of("E2", "E2", "E2"), t.rows().stream().map(r -> r.deadline().address()).toList());
        assertEquals(List.of("D2", "D3", "D4"), t.rows().stream().map(r -> r.progress().address()).toList());
    }

    @Test
    void progressMergedOverTwoItemsIsReadForBoth() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "安装空调3所。", "年底"),
                row("2", "实施巾帼促就业行动", "区人社局", "两项合并填报：举办招聘会12场，培训家政人员300人。", "年底"),
                row("3", "实施家政培训", "区商务局", "", "年底"),
                row("4", "实施儿童素养提升工程", "区文旅局", "开展活动8场。", "年底")),
                new CellRange(2, 3, 3, 3));
        ItemRow third = t.rows().get(2);
        assertEquals(3, third.number());
        assertEquals("两项合并填报：举办招聘会12场，培训家政人员300人。", third.progress().text());
        assertEquals("D3", third.progress().address());
        assertEquals("D5", t.rows().get(3).progress().address());
        assertEquals("开展活动8场。", t.rows().get(3).progress().text());
    }

    @Test
    void hiddenOldCopyBeforeTheVisibleReportIsPassedOver() throws Exception {
        List<List<String>> old = List.of(row("上半年（旧）"), row("序号", "实事名称", "责任单位", "进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "安装1所。", ""));
        List<List<String>> now = List.of(row("前三季度"), row("序号", "实事名称", "责任单位", "进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "安装4所。", ""));
        Grid hidden = new Grid("上半年（旧）", old, List.of(), java.util.Map.of(), true);
        Grid visible = new Grid("前三季度", now, List.of());
        ReportTable t = TableFinder.find(new Workbook("r.xlsx", List.of(hidden, visible)));
        assertEquals("前三季度", t.sheet());
        assertEquals(1, t.sheetIndex());
        assertEquals("安装4所。", t.rows().get(0).progress().text());
        // a workbook whose only form is on a hidden sheet is still checked
        assertEquals("上半年（旧）", TableFinder.find(new Workbook("r.xlsx", List.of(hidden))).sheet());
    }

    @Test
    void tableOnSecondSheetAndResultSheetIgnored() throws Exception {
        Grid notes = new Grid("填表说明", List.of(row("请于季度末报送")), List.of());
        Grid result = new Grid(TableFinder.RESULT_SHEET, List.of(row("序号", "实事名称", "进度")), List.of());
        Grid report = new Grid("三季度", List.of(
                row("序号", "实事名称", "责任单位", "进度情况", "完成时限"),
                row("1", "实施教育资源优化工程", "区教体局", "安装5所。", "")), List.of());
        ReportTable t = TableFinder.find(new Workbook("r.xlsx", List.of(result, notes, report)));
        assertEquals("三季度", t.sheet());
        assertEquals(2, t.sheetIndex());
    }

    @Test
    void leadAndSupportingUnitColumnsAndSplitProgressColumnsAreJoined() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "牵头单位", "配合单位", "具体措施", "进度情况", "完成时限"),
                row("3", "实施“润童心”儿童素养提升工程", "区文旅局", "区总工会", "组织剧团进校园。", "累计12场。", "年底")));
        ItemRow r = t.rows().get(0);
        assertEquals("区文旅局\n区总工会", r.units().text());
        assertEquals("C2", r.units().address());
        assertEquals("组织剧团进校园。\n累计12场。", r.progress().text());
        assertEquals("E2", r.progress().address());
        assertEquals("G2", r.deadline().address());
    }

    @Test
    void tableWithoutDeadlineColumnHasNoDeadlineCells() throws Exception {
        ReportTable t = find(List.of(
                row("序号", "实事名称", "责任单位", "进展情况"),
                row("1", "实施教育资源优化工程", "区教体局", "安装5所。")));
        assertNull(t.rows().get(0).deadline());
    }

    @Test
    void noTableIsAnError() {
        NoReportTableException e = assertThrows(NoReportTableException.class,
                () -> find(List.of(row("2024年为全区妇女儿童办实事"), row("说明"))));
        assertTrue(e.getMessage().contains("序号"));
        assertThrows(NoReportTableException.class, () -> TableFinder.find(new Workbook("e.xlsx", List.of())));
    }

    @Test
    void itemNumbersInTheirWrittenForms() {
        for (String f : List.of("3", "３", "三", "3、", "3.", "（3）", "第3项", " 3 ")) {
            assertEquals(3, TableFinder.number(f).orElseThrow(), f);
        }
        assertTrue(TableFinder.number("合计").isEmpty());
        assertTrue(TableFinder.number("3.5").isEmpty());
        assertTrue(TableFinder.number("").isEmpty());
    }
}
