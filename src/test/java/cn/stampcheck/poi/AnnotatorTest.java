package cn.stampcheck.poi;

import cn.stampcheck.files.WorkbookFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.marks.MarkText;
import cn.stampcheck.report.Grid;
import cn.stampcheck.rules.RulesLibrary;
import cn.stampcheck.samples.SampleBook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorTest {

    @TempDir
    Path dir;

    private Path report(String name) throws IOException {
        Path file = dir.resolve(name);
        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第二季度）")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("3", "实施“润童心”儿童素养提升工程", "区文旅局", "累计开展戏曲进校园活动10场，托管教学课程6个班次。", "长期")
                .save(file);
        return file;
    }

    private CheckResult check(Path file) throws Exception {
        return new ReportChecker(new RulesLibrary(List.of(Path.of("rules")), WorkbookFiles::readTable))
                .check(PoiReader.read(file), null, null);
    }

    @Test
    void copyCarriesCommentsAndFillsAndTheInputIsUnchanged() throws Exception {
        Path input = report("r.xlsx");
        byte[] before = Files.readAllBytes(input);
        CheckResult result = check(input);
        Path copy = Annotator.writeCopy(input, result, dir.resolve("out"));
        assertArrayEquals(before, Files.readAllBytes(input), "the input file is untouched");

        Grid original = PoiReader.read(input).sheets().get(0);
        Grid annotated = PoiReader.read(copy).sheets().get(0);
        assertEquals(original.rows(), annotated.rows(), "no cell value changes");
        try (InputStream in = Files.newInputStream(copy); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            var units = s.getRow(2).getCell(2);
            assertTrue(units.getCellComment().getString().getString().startsWith("【核查】提醒·责任单位不全：第3项责任单位缺少：区总工会"));
            byte[] rgb = ((XSSFCellStyle) units.getCellStyle()).getFillForegroundXSSFColor().getRGB();
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, rgb, "warning is light yellow");
            var missingItem = s.getRow(1).getCell(0);
            byte[] red = ((XSSFCellStyle) missingItem.getCellStyle()).getFillForegroundXSSFColor().getRGB();
            assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}, red, "error is light red");
            assertEquals(9, missingItem.getCellComment().getString().getString().lines()
                    .filter(l -> l.startsWith(MarkText.PREFIX)).count(), "all findings of a cell in one comment");
            assertNull(s.getRow(2).getCell(1).getCellComment(), "unflagged cells get no comment");
        }
    }

    @Test
    void existingCommentIsKeptAboveTheFindings() throws Exception {
        Path input = report("c.xlsx");
        try (InputStream in = Files.newInputStream(input); Workbook wb = WorkbookFactory.create(in)) {
            var cell = wb.getSheetAt(0).getRow(2).getCell(4);
            var anchor = wb.getCreationHelper().createClientAnchor();
            var comment = wb.getSheetAt(0).createDrawingPatriarch().createCellComment(anchor);
            comment.setString(wb.getCreationHelper().createRichTextString("科长：时限请再核实"));
            cell.setCellComment(comment);
            try (var out = Files.newOutputStream(input)) {
                wb.write(out);
            }
        }
        Path copy = Annotator.writeCopy(input, check(input), dir.resolve("out"));
        try (InputStream in = Files.newInputStream(copy); Workbook wb = WorkbookFactory.create(in)) {
            String text = wb.getSheetAt(0).getRow(2).getCell(4).getCellComment().getString().getString();
            assertTrue(text.startsWith("科长：时限请再核实\n"), text);
            assertTrue(text.contains(MarkText.SEPARATOR + "\n【核查】提醒·"), text);
        }
    }

    @Test
    void explainedCellIsMarkedAcceptedAndKeepsTheExplanation() throws Exception {
        for (String name : List.of("e.xlsx", "e.xls")) {
            Path input = dir.resolve(name);
            SampleBook book = name.endsWith(".xls") ? SampleBook.xls() : SampleBook.xlsx();
            book.sheet("Sheet1")
                    .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第二季度）")
                    .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                    .row("3", "实施“润童心”儿童素养提升工程", "区文旅局", "累计开展戏曲进校园活动10场，托管教学课程6个班次。", "长期")
                    .save(input);
            SampleBook.comment(input, "C3", "【说明】区总工会已书面确认参与（2024-07-05）");
            Path copy = Annotator.writeCopy(input, check(input), dir.resolve("out"));
            try (InputStream in = Files.newInputStream(copy); Workbook wb = WorkbookFactory.create(in)) {
                var units = wb.getSheetAt(0).getRow(2).getCell(2);
                String text = units.getCellComment().getString().getString();
                assertEquals("【说明】区总工会已书面确认参与（2024-07-05）\n" + MarkText.SEPARATOR
                        + "\n【核查】已说明·责任单位不全：第3项责任单位缺少：区总工会。", text, name);
                assertEquals(MarkText.ACCEPTED_FILL, rgb(wb, units.getCellStyle()), name + ": accepted is light green");
                assertEquals(MarkText.ERROR_FILL, rgb(wb, wb.getSheetAt(0).getRow(1).getCell(0).getCellStyle()),
                        name + ": the exact mark colour, also in an .xls palette");
            }
        }
    }

    private static int rgb(Workbook wb, org.apache.poi.ss.usermodel.CellStyle style) {
        byte[] b = style instanceof XSSFCellStyle x ? x.getFillForegroundXSSFColor().getRGB()
                : bytes(((org.apache.poi.hssf.usermodel.HSSFWorkbook) wb).getCustomPalette()
                        .getColor(style.getFillForegroundColor()).getTriplet());
        return (b[0] & 0xFF) << 16 | (b[1] & 0xFF) << 8 | (b[2] & 0xFF);
    }

    private static byte[] bytes(short[] triplet) {
        return new byte[] {(byte) triplet[0], (byte) triplet[1], (byte) triplet[2]};
    }

    @Test
    void neverWritesOverTheInputButBesideIt() throws Exception {
        Path input = report("same.xlsx");
        byte[] before = java.nio.file.Files.readAllBytes(input);
        CheckResult result = check(input);
        Path copy = Annotator.writeCopy(input, result, dir);
        assertEquals(dir.resolve("same（2）.xlsx"), copy);
        assertArrayEquals(before, java.nio.file.Files.readAllBytes(input));
        assertNotNull(PoiReader.read(copy));
    }
}
