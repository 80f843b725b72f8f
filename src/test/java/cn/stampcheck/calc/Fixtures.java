package cn.stampcheck.calc;

import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.check.ReportChecker;
import cn.stampcheck.report.CellRange;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.RulesLibrary;
import cn.stampcheck.samples.SampleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** Small sample reports written into target/it-data, with the findings the core gives for them. */
final class Fixtures {

    static final Path DIR = Path.of("target", "it-data");

    static final String TITLE = "2024年临淄区为全区妇女儿童办实事工作进展情况表（第三季度）";
    static final String[] HEADER = {"序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"};
    static final String[][] ROWS = {
        {"1", "实施教育资源优化工程", "区教体局", "已为5所考点学校安装空调，打造智慧教育应用场景3个。", "2024年12月31日"},
        {"2", "实施“阳光成长”青少年身心健康护航行动", "区教体局\n区检察院", "累计开展法治进校园宣讲4场。", "2024年12月31日"},
        {"3", "实施“润童心”儿童素养提升工程", "区文旅局", "本季度开展戏曲进校园活动5场，累计开展12场。", "2025年6月"},
        {"4", "实施家庭教育指导服务行动", "区妇联\n区教体局", "", "2024年12月31日"},
    };

    private Fixtures() {
    }

    /** The Linzi 2024 third-quarter report: title in A1 (merged A1:E1), a blank row, header in row 3. */
    static Path linziQ3(String title) throws Exception {
        Path file = DIR.resolve(title.equals(TITLE) ? "linzi-q3.xlsx" : "linzi-noquarter.xlsx");
        SampleBook book = SampleBook.xlsx().sheet("Sheet1").row(title).merge("A1:E1").blank(1).row(HEADER);
        for (String[] r : ROWS) {
            book.numberedRow(Integer.parseInt(r[0]), Arrays.copyOfRange(r, 1, r.length));
        }
        Files.createDirectories(DIR);
        book.save(file);
        return file;
    }

    /** Lines a department adds under its figures; no figures, no dates, nothing the checker reads. */
    static final String MORE_LINES = "\n工作中注重统筹协调，相关部门密切配合，有关资料已整理归档。"
            + "\n下一步将继续加强督导，推动各项工作落实落细。";

    /**
     * The Linzi report as a department fills it in Excel: the same items with multi-line progress cells
     * (wrapped) in a narrow column, rows at the height Excel fitted them to (not set by hand), as .xlsx or .xls.
     */
    static Path wrappedLinziQ3(String extension) throws Exception {
        Path file = DIR.resolve("wrapped").resolve("linzi-q3-wrapped." + extension);
        SampleBook book = (extension.equals("xls") ? SampleBook.xls() : SampleBook.xlsx()).sheet("Sheet1")
                .row(TITLE).merge("A1:E1").fittedHeight(20).blank(1).row(HEADER).fittedHeight(28.5f);
        for (String[] r : ROWS) {
            String progress = r[3].isEmpty() ? "" : r[3] + MORE_LINES;
            book.numberedRow(Integer.parseInt(r[0]), r[1], r[2], progress, r[4]).fittedHeight(progress.isEmpty() ? 14.25f : 42.75f);
        }
        book.width(0, 5).width(1, 24).width(2, 10).width(3, 30).width(4, 14);
        book.save(file);
        return file;
    }

    /** What the core finds in that report, as "D7 CODE" lines. */
    static TreeSet<String> expectedLinziQ3() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(TITLE));
        rows.add(List.of());
        rows.add(List.of(HEADER));
        for (String[] r : ROWS) {
            rows.add(List.of(r));
        }
        Grid grid = new Grid("Sheet1", rows, List.of(new CellRange(0, 0, 0, 4)));
        var result = new ReportChecker(new RulesLibrary(List.of(Path.of("rules")), WorkbookFiles::readTable))
                .check(new Workbook("linzi-q3.xlsx", List.of(grid)), null, null);
        TreeSet<String> expected = new TreeSet<>();
        result.findings().forEach(f -> expected.add(f.cell().address() + " " + f.code()));
        return expected;
    }

    /** A broken copy of the Linzi rules: a syntax error at a known line. */
    static Path brokenRules() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("test-data", "rules-drl", "2024", "linzi.drl")));
        int at = lines.indexOf("then") + 1;
        lines.add(at, "    insert(Item.of(99, \"坏规则\").units(;");
        Path file = DIR.resolve("broken").resolve("linzi.drl");
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        return file;
    }

    /** A 2,000-row report: the ten items, then numbered rows of unknown items with continuation rows. */
    static Object[][] bigReport(int rows) {
        Object[][] data = new Object[rows + 3][5];
        for (Object[] r : data) {
            Arrays.fill(r, "");
        }
        data[0][0] = TITLE;
        data[2] = HEADER.clone();
        for (int i = 0; i < rows; i++) {
            Object[] r = data[i + 3];
            if (i < ROWS.length) {
                r[0] = (double) (i + 1);
                System.arraycopy(ROWS[i], 1, r, 1, 4);
            } else if (i % 4 == 0) {
                r[0] = (double) (100 + i);
                r[1] = "其他工作" + i;
                r[2] = "区妇联";
                r[3] = "本季度开展活动" + (i % 7) + "场。";
                r[4] = "2024年12月31日";
            } else {
                r[3] = "补充说明第" + i + "行。";
            }
        }
        return data;
    }
}
