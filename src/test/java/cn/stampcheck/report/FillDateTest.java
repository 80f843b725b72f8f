package cn.stampcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FillDateTest {

    private static Workbook report(String... lastRow) {
        return new Workbook("r.xlsx", List.of(new Grid("Sheet1", List.of(
                List.of("临淄区为全区妇女儿童办实事工作进展情况表"),
                List.of("序号", "实事名称", "本季度具体措施及任务进度情况", "完成时限"),
                List.of("1", "实施教育资源优化工程", "已完成。", "2024年12月31日"),
                List.of(lastRow)), List.of())));
    }

    @Test
    void theQuarterThatHadEndedWhenTheReportWasFilled() {
        assertEquals(2, FillDate.quarterBefore(report("填报人：王某", "填报时间：2024年7月3日")));
        assertEquals(3, FillDate.quarterBefore(report("填报日期: 2024-10-08")));
        assertEquals(4, FillDate.quarterBefore(report("报送时间　1月5日")));
        assertEquals(1, FillDate.quarterBefore(report("填表日期：2024.4.2")));
    }

    @Test
    void deadlinesAndOtherDatesAreNoFillDate() {
        assertEquals(0, FillDate.quarterBefore(report("填报人：王某", "2024年7月3日")));
    }

    @Test
    void monthsToTheQuarterBefore() {
        int[] expected = {4, 4, 4, 1, 1, 1, 2, 2, 2, 3, 3, 3};
        for (int month = 1; month <= 12; month++) {
            assertEquals(expected[month - 1], FillDate.quarterEndedBefore(month), "month " + month);
        }
    }
}
