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

    @Test
    void readsRepeatsSpacesDatesPercentagesMergesAndHiddenSheetsAsAnOfficeWritesThem(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String rows = "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"3\"/></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\" office:value-type=\"string\">"
                + "<text:p>累计<text:s text:c=\"2\"/>12场</text:p><text:p>第二段</text:p></table:table-cell><table:covered-table-cell/>"
                + "<table:table-cell table:number-columns-repeated=\"2\"/>"
                + "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-12-31T00:00:00\"><text:p>2024年12月31日</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.950\"><text:p>95%</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\" office:value=\"3\"><text:p>3</text:p></table:table-cell>"
                + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";
        Path file = dir.resolve("r.ods");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                    + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"><office:automatic-styles>"
                    + "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>"
                    + "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
                    + "</office:automatic-styles><office:body><office:spreadsheet>"
                    + "<table:table table:name=\"旧表\" table:style-name=\"ta2\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>旧</text:p></table:table-cell></table:table-row></table:table>"
                    + "<table:table table:name=\"表1\" table:style-name=\"ta1\">" + rows
                    + "</table:table></office:spreadsheet></office:body></office:document-content>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Workbook book = OdsReader.read(file);
        assertEquals(List.of(true, false), book.sheets().stream().map(Grid::hidden).toList(), "a hidden old copy is marked");
        Grid g = book.sheets().get(1);
        assertEquals("表1", g.name());
        assertEquals(3, g.rows().size(), "blank rows before content kept, the million after it not");
        assertEquals(List.of("累计  12场\n第二段", "", "", "", "2024-12-31", "0.95", "3", "3"), g.rows().get(2),
                "only a merge's first cell carries its text, as from the other readers and the office");
        assertEquals(List.of(new CellRange(2, 0, 3, 1)), g.merges());
    }
}
