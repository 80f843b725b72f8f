package cn.stampcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleInfoTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024年为全区妇女儿童办实事工作进展情况表（第三季度）|2024|3",
        "2024年为全区妇女儿童办实事工作进展情况表三季度|2024|3",
        "2024年为全区妇女儿童办实事工作进展情况表 第3季度|2024|3",
        "2023年第一季度为全区妇女儿童办实事进展|2023|1",
        "2021年上半年工作进展情况报表|2021|2",
        "2024年前三季度进展|2024|3",
        "2024年1-9月进展情况|2024|3",
        "2024年Q4|2024|4",
        "截至2024年9月底为全区妇女儿童办实事进展情况|2024|3",
        "2024年妇女儿童实事进展（截止6月30日）|2024|2",
        "2024年进展情况表 填报日期：2024年10月8日|2024|0",
        "２０２４年第二季度|2024|2",
        "二〇二四年第四季度|2024|4",
        "2024年为全区妇女儿童办实事工作进展情况表|2024|0",
        "工作进展情况表|0|0",
    })
    void readsYearAndQuarter(String title, int year, int quarter) {
        TitleInfo t = TitleInfo.read(title);
        assertEquals(year, t.year());
        assertEquals(quarter, t.quarter());
    }

    @Test
    void laterTextsFillWhatTheTitleLacks() {
        TitleInfo t = TitleInfo.read("2024年为全区妇女儿童办实事工作进展情况表", "Sheet1", "区妇联二季度报送.xlsx");
        assertEquals(2024, t.year());
        assertEquals(2, t.quarter());
    }
}
