package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.batch.EarlierCopy;
import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.check.Severity;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.samples.SampleBook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --overview}: one 总览 row per file with its counts, every finding in 问题清单, the checked
 * folders unchanged, pairs with last quarter's report, and where the overview may not be written.
 */
class OverviewTest {

    static final List<Path> SAMPLES = List.of(Path.of("test-data/2021-linzi"), Path.of("test-data/2023-zichuan"),
            Path.of("test-data/2024-boshan"), Path.of("test-data/2024-gaoqing"), Path.of("test-data/2024-linzi"));
    static final Path LINZI_Q3 = Path.of("test-data/2024-linzi/临淄区2024年第三季度妇女儿童实事进展汇总.xlsx");

    @TempDir
    Path tmp;

    /** Each sheet as rows of cell texts (the header row included). */
    static Map<String, List<List<String>>> read(Path xlsx) throws Exception {
        Map<String, List<List<String>>> sheets = new TreeMap<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            for (Sheet s : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row r : s) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.put(s.getSheetName(), rows);
            }
        }
        return sheets;
    }

    static Map<Path, String> hashes(List<Path> folders) throws Exception {
        Map<Path, String> hashes = new TreeMap<>();
        for (Path folder : folders) {
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path p : s.toList()) {
                    hashes.put(p, Files.isDirectory(p) ? "dir"
                            : HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                }
            }
        }
        return hashes;
    }

    @Test
    void oneRowPerFileWithItsCountsEveryFindingAndTheFoldersUnchanged() throws Exception {
        Map<Path, String> before = hashes(SAMPLES);
        Path out = tmp.resolve("总览.xlsx");
        List<String> args = new ArrayList<>(List.of("check", "--overview", out.toString()));
        SAMPLES.forEach(p -> args.add(p.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(before, hashes(SAMPLES), "nothing in the checked folders changed");
        assertEquals(2, run.status(), "the .expected.json files are no reports: 无法核查 is the worst");
        assertTrue(run.err().contains("100%"), "a progress bar on stderr: " + run.err());

        Map<String, List<List<String>>> sheets = read(out);
        List<List<String>> files = sheets.get("总览");
        List<List<String>> findings = sheets.get("问题清单");
        assertEquals(List.of("文件", "工作表", "规则", "季度", "错误", "提醒", "状态", "原因", "上季度对比"), files.get(0));
        assertEquals(List.of("文件", "工作表", "单元格", "序号", "问题", "代码", "级别", "内容", "说明"), findings.get(0));

        // independently: every file under the folders, checked one by one
        List<Path> all = new ArrayList<>();
        for (Path folder : SAMPLES) {
            try (Stream<Path> s = Files.walk(folder)) {
                s.filter(Files::isRegularFile).sorted().forEach(all::add);
            }
        }
        assertEquals(all.size(), files.size() - 1, "one 总览 row per file");
        ReportChecker checker = ReportChecker.withDefaultRules(List.of(), WorkbookFiles::readTable);
        List<String> expectedFindings = new ArrayList<>();
        int reports = 0;
        for (int i = 0; i < all.size(); i++) {
            Path file = all.get(i);
            List<String> row = files.get(i + 1);
            assertEquals(Path.of("test-data").toAbsolutePath().relativize(file.toAbsolutePath()).toString(), row.get(0),
                    "the path below the folder all files share");
            CheckResult r;
            try {
                r = checker.check(ReportFiles.read(file), null, null);
            } catch (Exception e) {
                assertEquals("无法核查", row.get(6), file.toString());
                assertEquals(e.getMessage().replaceAll("\\s*\\R\\s*", " "), row.get(7));
                continue;
            }
            reports++;
            assertEquals(List.of(r.sheet(), r.year() + "年" + r.place(), Integer.toString(r.quarter()),
                    Long.toString(r.count(Severity.ERROR)), Long.toString(r.count(Severity.WARNING)),
                    r.hasErrors() ? "需修改" : "可盖章", ""), List.of(row.get(1), row.get(2), row.get(3), row.get(4),
                    row.get(5), row.get(6), row.get(8)), file.toString());
            r.findings().forEach(f -> expectedFindings.add(String.join("|", row.get(0), r.sheet(), f.cell().address(),
                    f.item() == null ? "" : f.item().toString(), f.code().title(), f.code().name(), f.severity().chinese(),
                    f.message(), "")));
        }
        assertEquals(23, all.stream().filter(p -> !p.toString().endsWith(".expected.json")).count());
        assertEquals(20, reports, "three sample reports do not say their quarter: 无法核查 with that reason");
        List<String> listed = findings.subList(1, findings.size()).stream().map(r -> String.join("|", r)).toList();
        assertEquals(expectedFindings, listed, "问题清单 holds every finding, in order");
        assertTrue(run.out().contains("共 " + all.size() + " 个文件"), run.out());
    }

    /**
     * The overview as the clerk opens it: each file shown by its path below the folder the files share and
     * linked so that the link reaches the file from the overview's folder (so both can be moved together),
     * and on both sheets a frozen header row, a filter over every row and columns wide enough to read.
     */
    @Test
    void eachFileIsLinkedAndBothSheetsKeepAFrozenFilteredHeader() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("三季度 报表#1"));
        Files.copy(LINZI_Q3, folder.resolve(LINZI_Q3.getFileName()));
        Files.writeString(folder.resolve("说明.txt"), "不是报表");
        Path out = tmp.resolve("总览.xlsx");
        assertEquals(2, CliRun.of("check", "--overview", out.toString(), folder.toString()).status());

        try (InputStream in = Files.newInputStream(out);
                org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (String name : List.of("总览", "问题清单")) {
                org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheet(name);
                assertTrue(sheet.getPaneInformation().isFreezePane(), name);
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), name + ": the header row frozen");
                int columns = sheet.getRow(0).getLastCellNum();
                assertEquals(new org.apache.poi.ss.util.CellRangeAddress(0, sheet.getLastRowNum(), 0, columns - 1)
                        .formatAsString(), sheet.getCTWorksheet().getAutoFilter().getRef(), name + ": the filter covers every row");
                for (int c = 0; c < columns; c++) {
                    String header = sheet.getRow(0).getCell(c).getStringCellValue();
                    assertTrue(sheet.getColumnWidth(c) >= 6 * 256, name + " " + header + " is wide enough");
                }
                assertTrue(sheet.getColumnWidth(columns - 2) > sheet.getColumnWidth(2), name + ": long texts get more room");
                // 临淄区2024年第三季度妇女儿童实事进展汇总.xlsx: 18 Chinese characters and 9 others
                assertEquals((18 * 2 + 9 + 2) * 256, sheet.getColumnWidth(0), name + ": the file column fits the longest name");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    org.apache.poi.ss.usermodel.Cell file = sheet.getRow(r).getCell(0);
                    Path target = out.getParent().resolve(Path.of(
                            java.net.URI.create(file.getHyperlink().getAddress()).getPath()));
                    assertEquals(folder.relativize(target).toString(), file.getStringCellValue(),
                            "shown below the folder the files share");
                    assertTrue(Files.isRegularFile(target), name + " row " + r + " links to " + target);
                }
            }
            assertEquals(3, wb.getSheet("总览").getLastRowNum() + 1, "the report and the text file, under the header");
        }
    }

    /**
     * A clerk who explained a report's errors (【说明】 in the cells' comments) sees them counted as 已说明
     * in 总览 (a column that appears only then), the report 可盖章, and the explanation in 问题清单.
     */
    @Test
    void explainedFindingsAreCountedAndListedWithTheClerksWords() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("三季度"));
        Path withErrors = Path.of("test-data/2024-linzi/2024年三季度实事进展情况.xlsx");
        Path report = Files.copy(withErrors, folder.resolve("区妇联.xlsx"));
        Files.copy(withErrors, folder.resolve("区教体局.xlsx"));
        CliRun first = CliRun.of("check", "--format", "json", report.toString());
        List<String> errorCells = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(first.out()).get("findings")) {
            if (f.get("severity").asText().equals("error") && !errorCells.contains(f.get("cell").asText())) {
                errorCells.add(f.get("cell").asText());
            }
        }
        assertFalse(errorCells.isEmpty(), "the sample has errors to explain: " + first.out());
        for (String cell : errorCells) {
            SampleBook.comment(report, cell, "【说明】已电话核实，11月底前完成（2024-10-08）");
        }
        Path out = tmp.resolve("总览.xlsx");
        CliRun run = CliRun.of("check", "--overview", out.toString(), folder.toString());
        assertEquals(1, run.status(), "the unexplained copy still needs changes: " + run.err());

        Map<String, List<List<String>>> sheets = read(out);
        List<String> header = sheets.get("总览").get(0);
        assertEquals(List.of("文件", "工作表", "规则", "季度", "错误", "提醒", "已说明", "状态", "原因", "上季度对比"), header);
        List<String> explained = sheets.get("总览").stream().filter(r -> r.get(0).endsWith("区妇联.xlsx")).findFirst().orElseThrow();
        List<String> untouched = sheets.get("总览").stream().filter(r -> r.get(0).endsWith("区教体局.xlsx")).findFirst().orElseThrow();
        assertEquals("0", explained.get(4), "no open error left");
        assertTrue(Integer.parseInt(explained.get(6)) >= errorCells.size(), explained.toString());
        assertEquals("可盖章", explained.get(7));
        assertEquals("0", untouched.get(6));
        assertEquals("需修改", untouched.get(7));
        List<List<String>> findings = sheets.get("问题清单");
        long withWords = findings.stream().filter(r -> r.get(0).endsWith("区妇联.xlsx") && r.size() > 8
                && r.get(8).equals("已电话核实，11月底前完成")).count();
        assertEquals(Long.parseLong(explained.get(6)), withWords, "every accepted finding shows the clerk's words");
        assertTrue(findings.stream().filter(r -> r.get(0).endsWith("区教体局.xlsx")).allMatch(r -> r.get(8).isEmpty()));
    }

    @Test
    void aReportIsComparedWithItsDepartmentsReportOfThePreviousQuarter() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("报表"));
        Path q3 = Files.copy(LINZI_Q3, folder.resolve(LINZI_Q3.getFileName()));
        Path q2 = EarlierCopy.write(LINZI_Q3, folder.resolve("临淄区2024年第二季度妇女儿童实事进展汇总.xlsx"),
                "第三季度", "第二季度", "D7", "共开展14场", "共开展17场");
        Path out = tmp.resolve("总览.xlsx");
        CliRun run = CliRun.of("check", "--overview", out.toString(), folder.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("与上季度对比 1 份"), run.out());

        Map<String, List<List<String>>> sheets = read(out);
        List<List<String>> files = sheets.get("总览");
        assertEquals(3, files.size());
        List<String> q3Row = files.get(1);
        List<String> q2Row = files.get(2);
        assertEquals(q2.getFileName().toString(), q2Row.get(0));
        assertEquals("2", q2Row.get(3));
        assertEquals("", q2Row.get(8));
        assertEquals(q3.getFileName().toString(), q3Row.get(0));
        assertEquals("与 " + q2.getFileName() + "（第2季度）对比", q3Row.get(8));
        assertEquals(List.of("1", "需修改", "错误：累计数比上季度少 1 处"), List.of(q3Row.get(4), q3Row.get(6), q3Row.get(7)));

        List<String> decreased = sheets.get("问题清单").stream()
                .filter(r -> r.get(5).equals("FIGURE_DECREASED") || r.get(5).equals("FIGURE_DROPPED")
                        || r.get(5).equals("DEADLINE_CHANGED"))
                .map(r -> r.get(0) + " " + r.get(2) + " " + r.get(5)).toList();
        assertEquals(List.of(q3.getFileName() + " D7 FIGURE_DECREASED"), decreased);
    }

    @Test
    void previousGivesFigureDecreasedAtExactlyThatCell() throws Exception {
        Path q2 = EarlierCopy.write(LINZI_Q3, tmp.resolve("临淄区2024年第二季度妇女儿童实事进展汇总.xlsx"),
                "第三季度", "第二季度", "D7", "共开展14场", "共开展17场");
        ObjectMapper json = new ObjectMapper();
        CliRun alone = CliRun.of("check", "--format", "json", LINZI_Q3.toString());
        CliRun compared = CliRun.of("check", "--format", "json", "--previous", q2.toString(), LINZI_Q3.toString());
        assertEquals(0, alone.status(), alone.err());
        assertEquals(1, compared.status(), compared.err());
        List<String> without = findings(json.readTree(alone.out()));
        List<String> with = findings(json.readTree(compared.out()));
        with.removeAll(without);
        assertEquals(List.of("D7 FIGURE_DECREASED error 戏曲进校园 第3项“戏曲进校园”累计报告数为14场，少于第2季度报告的17场；累计数不应减少。"),
                with);
        assertEquals(without.size() + 1, findings(json.readTree(compared.out())).size());

        // compared with itself, nothing is new; the text output shows the finding under its row
        CliRun self = CliRun.of("check", "--previous", q2.toString(), q2.toString());
        assertEquals(2, self.status(), "a report is not its own previous quarter");
        assertTrue(self.err().contains("不是本表（第2季度）的上一季度，无法对比"), self.err());
        CliRun text = CliRun.of("check", "--previous", q2.toString(), LINZI_Q3.toString());
        assertTrue(text.out().contains("  D7 [错误] 累计数比上季度少：第3项“戏曲进校园”累计报告数为14场，少于第2季度报告的17场"), text.out());
    }

    private static List<String> findings(JsonNode o) {
        List<String> list = new ArrayList<>();
        o.get("findings").forEach(f -> list.add(f.get("cell").asText() + " " + f.get("code").asText() + " "
                + f.get("severity").asText() + " " + (f.has("target") ? f.get("target").asText() : "-") + " "
                + f.get("message").asText()));
        return list;
    }

    @Test
    void theOverviewIsNeverWrittenIntoACheckedFolderNorOverAFileUnlessForced() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("报表"));
        Files.copy(LINZI_Q3, folder.resolve(LINZI_Q3.getFileName()));
        Map<Path, String> before = hashes(List.of(folder));

        CliRun inside = CliRun.of("check", "--overview", folder.resolve("总览.xlsx").toString(), folder.toString());
        assertEquals(2, inside.status());
        assertTrue(inside.err().contains("在被核查的文件或文件夹中"), inside.err());
        CliRun overInput = CliRun.of("check", "--overview", folder.resolve(LINZI_Q3.getFileName()).toString(),
                folder.resolve(LINZI_Q3.getFileName()).toString());
        assertEquals(2, overInput.status());
        assertEquals(before, hashes(List.of(folder)));

        Path out = tmp.resolve("总览.xlsx");
        Files.writeString(out, "mine");
        CliRun exists = CliRun.of("check", "--overview", out.toString(), folder.toString());
        assertEquals(2, exists.status());
        assertTrue(exists.err().contains("已存在；要覆盖请加 --force"), exists.err());
        assertEquals("mine", Files.readString(out));
        CliRun forced = CliRun.of("check", "--overview", out.toString(), "--force", folder.toString());
        assertEquals(0, forced.status(), forced.err());
        assertEquals(2, read(out).get("总览").size());
        assertFalse(forced.err().contains("%"), "no progress bar for one file: " + forced.err());
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                "the overview gets the permissions of any new file");
        Files.delete(plain);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("总览.xlsx", "报表"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left beside the overview");
        }
    }
}
