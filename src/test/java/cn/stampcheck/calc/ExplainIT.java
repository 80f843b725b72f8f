package cn.stampcheck.calc;

import cn.stampcheck.files.WorkbookFiles;
import static cn.stampcheck.calc.Docs.qi;
import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.marks.MarkText;
import cn.stampcheck.poi.Annotator;
import cn.stampcheck.poi.PoiReader;
import cn.stampcheck.rules.RulesLibrary;
import cn.stampcheck.samples.SampleBook;
import com.sun.star.beans.PropertyValue;
import com.sun.star.lang.XComponent;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 说明 in a real headless LibreOffice: stampcheck:explain writes the 【说明】 line, a re-check marks the
 * cell accepted and lists the text in 核查结果, 清除核查标记 keeps the line, 清除说明 removes it; and
 * 清除核查标记 clears a command line --annotate copy completely (.xlsx and .xls).
 */
class ExplainIT {

    static Office office;

    @BeforeAll
    static void startOffice() throws Exception {
        office = Office.start();
    }

    @AfterAll
    static void stopOffice() throws Exception {
        if (office != null) {
            office.close();
        }
    }

    private static PropertyValue[] args(PropertyValue... more) {
        PropertyValue[] all = new PropertyValue[more.length + 1];
        all[0] = prop("Interactive", false);
        System.arraycopy(more, 0, all, 1, more.length);
        return all;
    }

    @Test
    void explainRecheckAndClearKeepTheExplanation() throws Exception {
        XComponent doc = office.load(Fixtures.linziQ3(Fixtures.TITLE));
        try {
            XSpreadsheet sheet = Docs.sheets(doc).get(0);
            assertTrue(office.dispatch(doc, "check", args()).startsWith("核查完成"));
            assertTrue(Docs.comments(sheet).get("D7").startsWith("【核查】错误·"), Docs.comments(sheet).get("D7"));

            String said = office.dispatch(doc, "explain", args(prop("Cell", "Sheet1.D7"), prop("Text", "已电话确认，10月补齐")));
            assertTrue(said.startsWith("已在 Sheet1.D7 记下说明"), said);
            String line = "【说明】已电话确认，10月补齐（" + LocalDate.now() + "）";
            assertTrue(Docs.comments(sheet).get("D7").startsWith(line + "\n" + MarkText.SEPARATOR), Docs.comments(sheet).get("D7"));

            String message = office.dispatch(doc, "check", args());
            assertTrue(message.contains("已说明 1 处"), message);
            String marked = Docs.comments(sheet).get("D7");
            assertTrue(marked.startsWith(line + "\n" + MarkText.SEPARATOR + "\n【核查】已说明·"), marked);
            assertEquals(Integer.toHexString(MarkText.ACCEPTED_FILL), Docs.fill(sheet, 3, 6));
            Object[][] rows = qi(XCellRangeData.class, Docs.sheet(doc, "核查结果")
                    .getCellRangeByPosition(0, 0, ResultSheet.COLUMNS.length - 1, 60)).getDataArray();
            assertTrue(rows[0][0].toString().contains("规则：2024年临淄区") && rows[0][0].toString().contains("已说明 1 处"),
                    rows[0][0].toString());
            assertEquals("说明", rows[1][5]);
            List<String> listed = java.util.Arrays.stream(rows).filter(r -> "D7".equals(r[0]))
                    .map(r -> r[2] + "|" + r[5]).toList();
            assertEquals(List.of("错误·已说明|已电话确认，10月补齐"), listed, "核查结果 lists the explanation of D7");

            office.dispatch(doc, "clear", args());
            assertEquals(line, Docs.comments(sheet).get("D7"), "清除核查标记 keeps the clerk's 【说明】 line");
            assertEquals("d", Docs.fill(sheet, 3, 6));
            assertFalse(Docs.sheetNames(doc).contains("核查结果"));

            String cleared = office.dispatch(doc, "clearExplanations", args());
            assertTrue(cleared.startsWith("已清除 1 处说明"), cleared);
            assertNull(Docs.comments(sheet).get("D7"), "清除说明 removes the line, and the comment that only held it");

            String empty = office.dispatch(doc, "explain", args(prop("Cell", "D7"), prop("Text", " ")));
            assertTrue(empty.startsWith("未记下说明"), empty);
            assertNull(Docs.comments(sheet).get("D7"), "a refusal leaves the document untouched");
        } finally {
            Office.close(doc);
        }
    }

    @Test
    void clearRemovesEveryMarkOfAnAnnotatedCopy() throws Exception {
        for (String name : List.of("annotated.xlsx", "annotated.xls")) {
            Path input = Files.createDirectories(Fixtures.DIR.resolve("annotate-in")).resolve(name);
            (name.endsWith(".xls") ? SampleBook.xls() : SampleBook.xlsx()).sheet("Sheet1")
                    .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第三季度）")
                    .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                    .row("3", "实施“润童心”儿童素养提升工程", "区文旅局", "累计开展戏曲进校园活动15场，托管教学课程9个班次。", "长期")
                    .save(input);
            SampleBook.comment(input, "C3", "科长：已联系\n【说明】区总工会另行报送（2024-10-08）");
            var result = new ReportChecker(new RulesLibrary(List.of(Path.of("rules")), WorkbookFiles::readTable)).check(PoiReader.read(input), null, null);
            Path copy = Annotator.writeCopy(input, result, Fixtures.DIR.resolve("annotate-out"));

            XComponent doc = office.load(copy);
            try {
                XSpreadsheet sheet = Docs.sheets(doc).get(0);
                assertEquals(Integer.toHexString(MarkText.ERROR_FILL), Docs.fill(sheet, 0, 1), name);
                assertEquals(Integer.toHexString(MarkText.ACCEPTED_FILL), Docs.fill(sheet, 2, 2), name);
                String message = office.dispatch(doc, "clear", args());
                assertTrue(message.startsWith("已清除"), message);
                Map<String, String> comments = Docs.comments(sheet);
                assertFalse(comments.values().stream().anyMatch(MarkText::isOurs), name + ": " + comments);
                assertEquals("科长：已联系\n【说明】区总工会另行报送（2024-10-08）", comments.get("C3"), name);
                for (int[] at : new int[][] {{0, 1}, {2, 2}, {4, 2}}) {
                    assertEquals("d", Docs.fill(sheet, at[0], at[1]), name + " fill at " + at[0] + "," + at[1]);
                }
            } finally {
                Office.close(doc);
            }
        }
    }
}
