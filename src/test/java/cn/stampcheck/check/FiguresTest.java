package cn.stampcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.stampcheck.report.Cell;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.rules.Target;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item written per department: each department's own total counts, the largest is the item's. */
class FiguresTest {

    private static final Target SPOKESPEOPLE = Target.of(3, "选树美学代言人").atLeast(20, "名").keywords("代言人");

    private static ItemRow row(String... rows) {
        String joined = String.join("\n", rows);
        return new ItemRow(3, new Cell(5, 0, "3"), new Cell(5, 1, "实施美学提升工程"), new Cell(5, 2, ""),
                new Cell(5, 3, joined), new Cell(5, 4, ""), null, List.of(rows));
    }

    private static BigDecimal figure(ItemRow row) {
        Reading r = new Figures().read(row, List.of(SPOKESPEOPLE)).get(0);
        return r.found() == null ? null : r.found().value();
    }

    @Test
    void theLargestDepartmentTotalWinsOverAnotherRowsMarkedSmallerOne() {
        // the second department's 累计 marks its whole sentence; the first department's 16 is its own total
        assertEquals(new BigDecimal("16"), figure(row("选树美学代言人16名。",
                "建设美家超市47家，累计创建标兵示范户1.2万余户，选树美学代言人12名。")));
    }

    @Test
    void aQuarterOnlyFigureInAnotherRowIsNoTotal() {
        assertEquals(new BigDecimal("12"), figure(row("本季度选树美学代言人18名。", "累计选树美学代言人12名。")));
    }

    @Test
    void oneRowWithAFigureKeepsTheReadingOfTheWholeText() {
        assertEquals(new BigDecimal("9"), figure(row("开展美学代言人选树活动。", "截至目前选树代言人9名。")));
    }
}
