package cn.stampcheck.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.check.Explanation;
import cn.stampcheck.check.Finding;
import cn.stampcheck.check.FindingCode;
import cn.stampcheck.report.Cell;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one mark format: 【核查】 lines written and recognised, the clerk's 【说明】 lines read and kept. */
class MarksTest {

    private static final Finding MISSING = new Finding(FindingCode.MISSING_DEADLINE, new Cell(6, 4, ""), 3, null,
            "第3项未填写完成时限。");

    @Test
    void explanationLineRoundTrips() {
        Explanation e = new Explanation("已电话确认，11月完成", LocalDate.of(2024, 10, 8));
        assertEquals("【说明】已电话确认，11月完成（2024-10-08）", e.line());
        assertEquals(Optional.of(e), Explanation.find("科长批注\n" + e.line()));
        assertEquals("不带日期也算", Explanation.find("【说明】不带日期也算").orElseThrow().text());
        assertFalse(Explanation.present("说明：这不是说明行\n【说明】"), "an empty 【说明】 line explains nothing");
        assertThrows(IllegalArgumentException.class, () -> new Explanation("  ", null));
    }

    @Test
    void laterExplanationReplacesEarlierOneAndRemovalKeepsTheRest() {
        String comment = Explanation.add("科长批注", new Explanation("第一次", LocalDate.of(2024, 7, 1)));
        comment = Explanation.add(comment, new Explanation("第二次", LocalDate.of(2024, 7, 2)));
        assertEquals("科长批注\n【说明】第二次（2024-07-02）", comment);
        assertEquals("第二次", Explanation.find(comment).orElseThrow().text());
        assertEquals(Optional.of("科长批注"), Explanation.remove(comment));
        assertEquals(Optional.empty(), Explanation.remove("【说明】第二次（2024-07-02）"));
    }

    @Test
    void stripKeepsExplanationAndClerkText() {
        String own = "科长批注\n【说明】已核实（2024-07-05）";
        String marked = MarkText.compose(own, List.of(MarkText.line(MISSING.accept("已核实"))));
        assertEquals(own + "\n" + MarkText.SEPARATOR + "\n【核查】已说明·未填完成时限：第3项未填写完成时限。", marked);
        assertTrue(MarkText.isOurs(marked));
        assertEquals(Optional.of(own), MarkText.strip(marked), "清除核查标记 keeps the clerk's words");
        assertEquals(List.of(FindingCode.MISSING_DEADLINE), MarkText.codes(marked));
    }

    @Test
    void acceptedErrorIsNoOpenErrorAndIsFilledGreen() {
        String open = MarkText.line(new Finding(FindingCode.ITEM_MISSING, new Cell(1, 0, ""), 4, null, "表中缺少第4项。"));
        String accepted = MarkText.line(MISSING.accept("已核实"));
        assertTrue(MarkText.hasError(open));
        assertFalse(MarkText.hasError(accepted));
        assertTrue(MarkText.allAccepted(accepted));
        assertFalse(MarkText.allAccepted(accepted + "\n" + open));
        assertEquals(MarkText.ACCEPTED_FILL, MarkText.fill(List.of(MISSING.accept("已核实"))));
        assertEquals(MarkText.WARNING_FILL, MarkText.fill(List.of(MISSING.accept("已核实"), MISSING)));
        assertTrue(MarkText.isMarkFill(MarkText.ACCEPTED_FILL));
    }
}
