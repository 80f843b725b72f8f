package cn.stampcheck.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.stampcheck.report.CellRange;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.samples.SampleBook;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class PoiReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"r.xlsx", "r.xls"})
    void readsTextsNumbersDatesAndMerges(String name) throws Exception {
        Path file = dir.resolve(name);
        (name.endsWith("x") ? SampleBook.xlsx() : SampleBook.xls()).sheet("说明").row("填表说明")
                .sheet("三季度")
                .row("2024年进展情况表").merge("A1:E1")
                .row("序号", "实事名称", "责任单位", "本季度具体措施\n及任务进度情况", "完成时限")
                .numberedRow(1, "实施教育资源优化工程", "区教体局", "安装空调５所", "")
                .save(file);
        try (InputStream in = Files.newInputStream(file); var wb = WorkbookFactory.create(in)) {
            var cell = wb.getSheetAt(1).getRow(2).createCell(4);
            cell.setCellValue(LocalDate.of(2024, 12, 31));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            cell.setCellStyle(style);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Workbook book = PoiReader.read(file);
        assertEquals(name, book.fileName());
        assertEquals(List.of("说明", "三季度"), book.sheets().stream().map(Grid::name).toList());
        Grid g = book.sheets().get(1);
        assertEquals("本季度具体措施\n及任务进度情况", g.text(1, 3));
        assertEquals("1", g.text(2, 0), "a number typed in 序号 reads as 1, not 1.0");
        assertEquals("安装空调５所", g.text(2, 3));
        assertEquals("2024-12-31", g.text(2, 4), "date cells read as ISO dates");
        assertEquals(List.of(new CellRange(0, 0, 0, 4)), g.merges());
        assertEquals("", g.text(99, 99));
    }

    /** Files written by a script: formulas saved without their results, and an old copy on a hidden sheet. */
    @ParameterizedTest
    @ValueSource(strings = {"r.xlsx", "r.xls"})
    void formulasWithoutStoredResultsAreWorkedOutAndHiddenSheetsSaySo(String name) throws Exception {
        Path file = dir.resolve(name);
        try (org.apache.poi.ss.usermodel.Workbook wb = name.endsWith("x")
                ? new org.apache.poi.xssf.usermodel.XSSFWorkbook() : new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.createSheet("旧表");
            var sheet = wb.createSheet("三季度");
            var r0 = sheet.createRow(0);
            r0.createCell(0).setCellValue(1);
            var r1 = sheet.createRow(1);
            r1.createCell(0).setCellFormula("A1+1");
            r1.createCell(1).setCellFormula("\"累计开展\"&(9+4)&\"场\"");
            var date = r1.createCell(2);
            date.setCellFormula("DATE(2024,12,31)");
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            r1.createCell(3).setCellFormula("A1-A1");
            r1.createCell(4).setCellFormula("NOSUCHFUNCTION(1)");
            wb.setSheetHidden(0, true);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Workbook book = PoiReader.read(file);
        assertEquals(List.of(true, false), book.sheets().stream().map(Grid::hidden).toList());
        Grid g = book.sheets().get(1);
        assertEquals("2", g.text(1, 0));
        assertEquals("累计开展13场", g.text(1, 1));
        assertEquals("2024-12-31", g.text(1, 2));
        assertEquals("0", g.text(1, 3));
        assertEquals("", g.text(1, 4), "a formula that cannot be worked out reads as empty");
    }
}
