package cn.stampcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A table's cells are values: each becomes part of a Notice, Item or Target, or an error at its address. */
class NoticeTableTest {

    /** 序号 实事名称 其他名称 责任单位 目标 关键词 比较 数值 单位 同义单位 完成时限 考核方式 通知原文 */
    private static final List<String> ROW = List.of("1", "实施教育工程", "", "区教体局；区妇联", "考点学校安装空调",
            "空调、考点", "不少于", "5", "所", "个", "", "", "年内为5所考点学校安装空调。");

    private static NoticeRules load(List<List<String>> rows) throws RulesException {
        NoticeSheet sheet = new NoticeSheet(2025, "临淄区", "通知", rows, List.of());
        return NoticeLoader.load(new Workbook("linzi.xlsx", List.of(sheet.grid())), "2025/linzi.xlsx");
    }

    private static List<String> with(int col, String value) {
        List<String> row = new ArrayList<>(ROW);
        row.set(col, value);
        return row;
    }

    @Test
    void rowsBecomeItemsAndTargets() throws Exception {
        List<String> second = new ArrayList<>(List.of("1", "", "", "", "智慧教育场景", "", "达到", "3", "个", "", "2025/6/30",
                "到期考核", ""));
        List<String> noTarget = List.of("2", "关爱儿童", "关爱困境儿童", "区民政局", "", "", "", "", "", "", "", "", "");
        NoticeRules r = load(List.of(ROW, second, noTarget));
        assertEquals(new Notice(2025, "临淄区"), r.notice());
        assertEquals(List.of("区教体局", "区妇联"), r.item(1).orElseThrow().units());
        assertEquals(List.of("关爱儿童", "关爱困境儿童"), r.item(2).orElseThrow().names());
        Target air = r.targetsOf(1).get(0);
        assertEquals(List.of("空调", "考点"), air.keywords());
        assertEquals(Comparator.AT_LEAST, air.comparator());
        assertEquals(List.of("个"), air.aliases());
        assertEquals(Schedule.PRO_RATA, air.schedule());
        Target scenes = r.targetsOf(1).get(1);
        assertEquals(List.of("智慧教育场景"), scenes.keywords(), "keywords default to the label");
        assertEquals(LocalDate.of(2025, 6, 30), scenes.deadline());
        assertEquals(Schedule.BY_DEADLINE, scenes.schedule());
        assertEquals(List.of(), r.targetsOf(2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7|-5|2025/linzi.xlsx 目标表!H6：数值“-5”不是正数",
        "7|0|2025/linzi.xlsx 目标表!H6：数值“0”不是正数",
        "7|五个|2025/linzi.xlsx 目标表!H6：数值“五个”不是数字",
        "7|1e308|2025/linzi.xlsx 目标表!H6：数值“1e308”不是数字",
        "7|100000000000000|2025/linzi.xlsx 目标表!H6：数值“100000000000000”大得不合理，请核对",
        "10|2025-02-30|2025/linzi.xlsx 目标表!K6：完成时限“2025-02-30”不是存在的日期",
        "10|六月底|2025/linzi.xlsx 目标表!K6：完成时限“六月底”应写成 2025-06-30 这样的日期",
        "6|大于|2025/linzi.xlsx 目标表!G6：比较“大于”应是 不少于、不超过、达到 之一",
        "11|每月|2025/linzi.xlsx 目标表!L6：考核方式“每月”应是 按季度均衡、固定比例、到期考核 之一（或留空：年底完成的按季度均衡，其余到期考核）",
        "0|1.5|2025/linzi.xlsx 目标表!A6：序号“1.5”应是 1、2、3 这样的正整数",
        "8|''|2025/linzi.xlsx 目标表!I6：目标“考点学校安装空调”没有写单位",
        "3|''|2025/linzi.xlsx 目标表!D6：第1项没有写责任单位"})
    void aCellThatCannotBeUsedIsNamed(int col, String value, String message) {
        RulesException e = assertThrows(RulesException.class, () -> load(List.of(with(col, value))));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aDateTypedIntoTheCellIsItsSerialDay() throws Exception {
        NoticeRules r = load(List.of(with(10, "45838")));
        assertEquals(LocalDate.of(2025, 6, 30), r.targetsOf(1).get(0).deadline());
    }

    @Test
    void duplicateNumbersAndTargetsAreNamed() {
        List<String> other = with(1, "另一项实事");
        RulesException e = assertThrows(RulesException.class, () -> load(List.of(ROW, other)));
        assertEquals("2025/linzi.xlsx 目标表!A7：序号1重复：第6行已是“实施教育工程”", e.getMessage());
        RulesException t = assertThrows(RulesException.class, () -> load(List.of(ROW, ROW)));
        assertEquals("2025/linzi.xlsx 目标表!E7：第1项目标“考点学校安装空调”重复（第6行已有）", t.getMessage());
    }

    @Test
    void aCellSayingCodeIsOnlyText() throws Exception {
        String code = "\"); System.exit(3); (\"";
        NoticeRules r = load(List.of(with(4, code)));
        assertEquals(code, r.targetsOf(1).get(0).label());
    }

    @Test
    void theHeaderNamesYearAndPlace() {
        Grid noYear = new Grid(NoticeTable.SHEET, List.of(List.of("年份", "二〇二五"), List.of("地区", "临淄区"), List.of(),
                NoticeTable.COLUMNS), List.of());
        RulesException e = assertThrows(RulesException.class,
                () -> NoticeLoader.load(new Workbook("x.xlsx", List.of(noYear)), "x.xlsx"));
        assertEquals("x.xlsx 目标表!B1：年份“二〇二五”应是四位数字，如 2025", e.getMessage());
    }
}
