package cn.stampcheck.ods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.report.CellRange;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.ReportTable;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.Workbook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** merged.ods was saved by LibreOffice from an .xlsx with a merged title and a 序号 merged over two rows. */
class OdsReaderTest {

    @Test
    void readsSheetsTextsNumbersAndMerges() throws Exception {
        Workbook book = OdsReader.read(Path.of("src/test/resources/ods/merged.ods"));
        assertEquals(List.of("说明", "三季度"), book.sheets().stream().map(Grid::name).toList());
        Grid g = book.sheets().get(1);
        assertEquals("本季度具体措施\n及任务进度情况", g.text(1, 3), "line breaks in cells survive");
        assertEquals("3", g.text(2, 0), "a number reads without .0");
        assertEquals("累计开展戏曲进校园活动１２场。", g.text(2, 3));
        assertTrue(g.merges().contains(new CellRange(0, 0, 0, 4)), g.merges().toString());
        assertTrue(g.merges().contains(new CellRange(2, 0, 3, 0)), g.merges().toString());

        ReportTable t = TableFinder.find(book);
        assertEquals(1, t.rows().size());
        assertEquals("区文旅局\n区总工会", t.rows().get(0).units().text());
    }

    @Test
    void readsCellCommentsSoExplanationsReachTheCore(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        com.github.miachm.sods.Sheet sheet = new com.github.miachm.sods.Sheet("Sheet1", 5, 5);
        sheet.getRange(0, 0).setValue("标题");
        sheet.getRange(3, 2).setAnnotation(new com.github.miachm.sods.OfficeAnnotation("科长\n【说明】已核实（2024-10-08）", null));
        com.github.miachm.sods.SpreadSheet book = new com.github.miachm.sods.SpreadSheet();
        book.appendSheet(sheet);
        Path file = dir.resolve("c.ods");
        book.save(file.toFile());
        Grid g = OdsReader.read(file).sheets().get(0);
        assertEquals("科长\n【说明】已核实（2024-10-08）", g.comment(new cn.stampcheck.report.Cell(3, 2, "")));
        assertEquals("", g.comment(new cn.stampcheck.report.Cell(0, 0, "")));
    }
}
