package cn.stampcheck.calc;

import static cn.stampcheck.calc.Docs.qi;
import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.cli.ReportFiles;
import cn.stampcheck.files.WorkbookFiles;
import com.sun.star.beans.PropertyValue;
import com.sun.star.lang.XComponent;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bar of issue 8 in an office that draws (Xvfb), over reports the code was not written against
 * (every labelled report of the blind sets in test-data/blind/, whichever they are, and the .xls samples): each is opened in a window and checked with the toolbar's
 * command; the form (row heights, column widths, wrap, fonts, borders, print ranges) is unchanged after the
 * check and after 清除核查标记; on a report with an error, 说明 on one error cell, a re-check and a clear
 * leave the 【说明】 line with its text in the comment, and after the re-check 核查结果 shows the text.
 */
class AcceptanceGuiIT extends GuiOfficeTest {

    /** Reports whose error cell was explained; the bar is empty without any. */
    static int explained;

    @AfterAll
    static void enoughExplained() {
        if (gui != null) {
            assertTrue(explained >= 10, "explained an error cell in only " + explained + " reports");
        }
    }

    static Stream<Path> reports() throws Exception {
        List<Path> reports = new java.util.ArrayList<>();
        try (Stream<Path> unseen = Files.walk(Path.of("test-data", "blind"));
             Stream<Path> samples = Files.list(Path.of("test-data"))) {
            // a blind set's reports are those labelled beside them (a quarter round's folder also holds no-reports)
            unseen.filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString()
                    .replaceAll("\\.[a-z]+$", ".expected.json")))).forEach(reports::add);
            for (Path year : samples.filter(p -> p.getFileName().toString().matches("20\\d\\d-.*")).toList()) {
                try (Stream<Path> files = Files.list(year)) {
                    files.filter(p -> p.toString().endsWith(".xls")).forEach(reports::add);
                }
            }
        }
        return reports.stream().filter(p -> p.toString().matches(".*\\.(xlsx|xls|ods)$")).sorted();
    }

    @TestFactory
    Stream<DynamicTest> formStaysAndExplanationsTravel() throws Exception {
        return reports().map(report -> DynamicTest.dynamicTest(report.toString(), () -> bar(report)));
    }

    private static void bar(Path report) throws Exception {
        String name = report.getFileName().toString();
        XComponent doc = gui.office.show(report.toAbsolutePath());
        try {
            Layout original = gui.settled(doc);
            String checked = check(doc, report);
            assertTrue(checked.startsWith("核查完成"), name + ": " + checked);
            Layout.assertSame(original, gui.settled(doc), name + " after 核查");
            assertEquals(commandLine(report), Docs.marks(doc), name + ": the office marks what the command line finds");

            Map.Entry<String, String> error = firstError(doc);
            if (error != null) {
                String text = "已电话核实" + name.replaceAll("\\..*", "") + "，同意";
                String said = gui.dispatch(doc, "explain", prop("Interactive", false), prop("Cell", error.getKey()),
                        prop("Text", text)).get(1, TimeUnit.MINUTES);
                assertTrue(said.startsWith("已在 " + error.getKey() + " 记下说明"), name + ": " + said);
                String line = "【说明】" + text + "（" + LocalDate.now() + "）";

                String rechecked = check(doc, report);
                assertTrue(rechecked.contains("已说明 "), name + ": " + rechecked);
                assertTrue(comment(doc, error.getKey()).startsWith(line), name + ": " + comment(doc, error.getKey()));
                String cell = error.getKey().substring(error.getKey().lastIndexOf('.') + 1);
                Object[][] rows = qi(XCellRangeData.class, Docs.sheet(doc, Marker.RESULT)
                        .getCellRangeByPosition(0, 0, ResultSheet.COLUMNS.length - 1, 300)).getDataArray();
                assertTrue(Arrays.stream(rows).anyMatch(r -> cell.equals(r[0]) && text.equals(r[5])),
                        name + ": 核查结果 lists the explanation of " + cell);
                explained++;
            }

            String cleared = gui.dispatch(doc, "clear", prop("Interactive", false)).get(1, TimeUnit.MINUTES);
            assertTrue(cleared.startsWith("已清除"), name + ": " + cleared);
            assertFalse(Docs.sheetNames(doc).contains(Marker.RESULT), name);
            assertTrue(Docs.marks(doc).isEmpty(), name + ": " + Docs.marks(doc));
            if (error != null) {
                assertTrue(comment(doc, error.getKey()).contains("【说明】已电话核实"), name + ": 清除核查标记 keeps the 【说明】 line");
            }
            Layout.assertSame(original, gui.settled(doc), name + " after 清除核查标记");
        } finally {
            Office.close(doc);
        }
    }

    /** 核查 with the quarter the report's labels give (a report that does not say its quarter is asked for it). */
    private static String check(XComponent doc, Path report) throws Exception {
        return gui.dispatch(doc, "check", prop("Interactive", false), prop("Quarter", quarter(report)))
                .get(3, TimeUnit.MINUTES);
    }

    private static int quarter(Path report) throws Exception {
        Path labels = report.resolveSibling(report.getFileName().toString().replaceAll("\\.[a-z]+$", ".expected.json"));
        return new ObjectMapper().readTree(labels.toFile()).path("quarter").asInt();
    }

    /** What the command line's checker (its own reader) finds in the file: "D7 BEHIND_SCHEDULE", sorted. */
    private static TreeSet<String> commandLine(Path report) throws Exception {
        TreeSet<String> found = new TreeSet<>();
        ReportChecker.withDefaultRules(List.of(), WorkbookFiles::readTable).check(ReportFiles.read(report), null,
                quarter(report)).findings().forEach(f -> found.add(f.cell().address() + " " + f.code()));
        return found;
    }

    /** The first cell with an error mark, as "Sheet.D7", and its comment; null when the report has no error. */
    private static Map.Entry<String, String> firstError(XComponent doc) throws Exception {
        for (XSpreadsheet sheet : Docs.sheets(doc)) {
            for (Map.Entry<String, String> c : Docs.comments(sheet).entrySet()) {
                if (c.getValue().contains("【核查】错误")) {
                    return Map.entry(Docs.name(sheet) + "." + c.getKey(), c.getValue());
                }
            }
        }
        return null;
    }

    private static String comment(XComponent doc, String sheetDotCell) throws Exception {
        int dot = sheetDotCell.lastIndexOf('.');
        String text = Docs.comments(Docs.sheet(doc, sheetDotCell.substring(0, dot))).get(sheetDotCell.substring(dot + 1));
        return text == null ? "" : text;
    }
}
