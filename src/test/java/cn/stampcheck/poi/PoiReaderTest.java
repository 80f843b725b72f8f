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
}
