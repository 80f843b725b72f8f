package cn.stampcheck.draft;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Notices in the forms clerks get them: files of every kind, one-paragraph pastes, press releases, 繁體, 附件 tables. */
class NoticeFormsTest {

    private static NoticeDraft draft(String text) {
        return Drafter.draft(NoticeText.of(text, "notice.txt"));
    }

    private static String targets(DraftItem item) {
        return String.join(" ", item.targets().stream().filter(t -> !t.suggestion())
                .map(t -> t.threshold().stripTrailingZeros().toPlainString() + t.unit()).toList());
    }

    @Test
    void aWebPagePastedAsOneParagraph() {
        NoticeDraft d = draft("费县人民政府办公室关于印发费县2025年关爱妇女儿童实事工作方案的通知 | 2025-03-06 点击数: | "
                + "各乡镇人民政府（街道办事处），县政府各部门： 现将《费县2025年关爱妇女儿童实事工作方案》印发给你们。 "
                + "费县2025年关爱妇女儿童实事工作方案 一、开展儿童视力筛查。为全县2.4万名中小学生开展视力筛查，筛查率达到98%以上。"
                + "（牵头单位：县教育和体育局、县卫生健康局） 二、建设妇女儿童之家。新建妇女儿童之家30个。（牵头单位：县妇联） "
                + "三、开展防溺水教育。开展防溺水教育进校园活动60场次。（牵头单位：县教育和体育局） "
                + "各牵头单位要于每季度末次月5日前报送进展情况。");
        assertEquals("费县", d.place());
        assertEquals(2025, d.year());
        assertEquals(3, d.items().size(), d.items().toString());
        assertEquals(List.of("县教育和体育局", "县卫生健康局"), d.items().get(0).units());
        assertEquals("24000名 98%", targets(d.items().get(0)));
        assertEquals("30个", targets(d.items().get(1)));
        assertEquals("60场次", targets(d.items().get(2)));
    }

    @Test
    void aPressReleaseOfHeadedParagraphs() {
        NoticeDraft d = draft("""
                淄博市发布2026年为全市妇女儿童办好四件实事

                来源：淄博日报　　发布时间：2026-02-27

                2月26日，市政府新闻办召开发布会，发布了今年为妇女儿童办好的四件实事，预计惠及妇女儿童30余万人。

                守护女性健康。为全市5万名适龄妇女免费开展“两癌”筛查。（市卫生健康委、市妇联负责）

                建设母婴设施。在公共场所新建母婴室40个。（市卫生健康委负责）

                促进女性就业。举办女性专场招聘会12场，培训妇女2000人次。（市人力资源社会保障局、市妇联负责）

                关爱困境儿童。为500名困境儿童发放助学金。（市民政局负责）

                据介绍，自2010年起我市已连续17年为妇女儿童办实事。
                """);
        assertEquals("淄博市", d.place());
        assertEquals(4, d.items().size(), d.items().toString());
        assertEquals("守护女性健康", d.items().get(0).name());
        assertEquals(List.of("市卫生健康委", "市妇联"), d.items().get(0).units());
        assertEquals("50000名", targets(d.items().get(0)));
        assertEquals("12场 2000人次", targets(d.items().get(2)));
        assertEquals(List.of("市民政局"), d.items().get(3).units());
    }

    @Test
    void aPressReleaseWithHeadingsOnTheirOwnLines() {
        NoticeDraft d = draft("""
                淄博市发布2026年为全市妇女儿童办好三件实事
                今年的三件实事聚焦妇女儿童最关心的问题。
                守护女性健康
                为全市5万名适龄妇女免费开展“两癌”筛查。（市卫生健康委、市妇联负责）
                建设母婴设施
                在公共场所新建母婴室40个，年底前全部投入使用。（市卫生健康委负责）
                关爱困境儿童
                为500名困境儿童发放助学金，每人每年1000元。（市民政局负责）
                """);
        assertEquals(3, d.items().size(), d.items().toString());
        assertEquals("建设母婴设施", d.items().get(1).name());
        assertEquals("40个", targets(d.items().get(1)));
        assertEquals(List.of("市民政局"), d.items().get(2).units());
    }

    @Test
    void traditionalCharactersAreReadAsSimplifiedAndQuotedAsWritten() {
        NoticeDraft d = draft("""
                臨淄區人民政府辦公室
                關於印發臨淄區2026年關愛婦女兒童實事的通知
                一、開展兒童體質監測。爲全區300名兒童開展體質監測。（牽頭單位：區教育和體育局）
                二、舉辦女性專場招聘會。舉辦招聘會8場，開展婦女技能培訓500人次。（牽頭單位：區人力資源和社會保障局、區婦聯）
                """);
        assertEquals("临淄区", d.place());
        assertEquals(2026, d.year());
        assertEquals(List.of("区人力资源和社会保障局", "区妇联"), d.items().get(1).units());
        assertEquals("8场 500人次", targets(d.items().get(1)));
        NoticeDraft simplified = draft("""
                临淄区人民政府办公室
                关于印发临淄区2026年关爱妇女儿童实事的通知
                一、开展儿童体质监测。为全区300名儿童开展体质监测。（牵头单位：区教育和体育局）
                二、举办女性专场招聘会。举办招聘会8场，开展妇女技能培训500人次。（牵头单位：区人力资源和社会保障局、区妇联）
                """);
        DraftTarget fairs = d.items().get(1).targets().get(0);
        assertEquals(simplified.items().get(1).targets().get(0).keywords(), fairs.keywords());
        assertEquals(simplified.items().get(1).name(), d.items().get(1).name());
        assertEquals("舉辦招聘會8場，開展婦女技能培訓500人次。", fairs.sentence());
        assertTrue(d.items().get(1).heading().startsWith("舉辦女性專場招聘會。"), d.items().get(1).heading());
    }

    @Test
    void anAttachmentTableNamesTheItemsOrIsTheList(@TempDir Path tmp) throws Exception {
        Path withBody = tmp.resolve("body.docx");
        writeDocx(withBody, """
                博山区人民政府办公室
                关于印发2026年为妇女儿童办实事项目的通知
                一、开展“两癌”免费筛查。为全区1万名适龄妇女开展免费筛查。（责任单位：区卫生健康局）
                二、建设儿童阅读空间。新建儿童阅读空间6处。（责任单位：区文化和旅游局）
                附件：项目清单
                """);
        NoticeDraft d = Drafter.draft(withBody);
        assertEquals("“两癌”免费筛查", d.items().get(0).formName());
        assertNull(d.items().get(1).formName(), "the same name in body and table");

        Path onlyTable = tmp.resolve("table.docx");
        writeDocx(onlyTable, """
                博山区人民政府办公室
                关于印发2026年为妇女儿童办实事项目的通知
                各镇人民政府，区政府各部门：现将2026年为妇女儿童办实事项目印发给你们，具体项目见附件。
                附件：项目清单
                """);
        NoticeDraft t = Drafter.draft(onlyTable);
        assertEquals(2, t.items().size(), t.items().toString());
        assertEquals("“两癌”免费筛查", t.items().get(0).name());
        assertEquals(List.of("区卫生健康局", "区妇联"), t.items().get(0).units());
        assertEquals("10000名", targets(t.items().get(0)));
        assertEquals("6处", targets(t.items().get(1)));
    }

    /**
     * The 附件 table's 完成时限 column sets the time of an item's targets whose sentence states none, in
     * whatever way a cell holds a time (2026年6月底, 2026.9, 10月31日); a sentence's own date wins, 年内 (no
     * day named, and the table's time falls within the year) does not.
     */
    @Test
    void theTablesTimeHoldsForTargetsThatStateNone(@TempDir Path tmp) throws Exception {
        Path notice = tmp.resolve("times.docx");
        writeDocx(notice, """
                张店区人民政府办公室
                关于印发2026年为妇女儿童办实事项目的通知
                一、开展“两癌”免费筛查。为全区1万名适龄妇女开展免费筛查。（责任单位：区卫生健康局）
                二、建设儿童阅读空间。8月底前新建儿童阅读空间6处；开展亲子阅读活动40场。（责任单位：区文化和旅游局）
                三、开展托育服务。新增普惠托位300个；年内开展托育培训10期。（责任单位：区卫生健康局）
                四、开展家庭教育讲座。开展家庭教育讲座20场。（责任单位：区妇联）
                附件：项目清单
                """, new String[][] {
                        {"序号", "实事名称", "目标任务", "责任单位", "完成时限"},
                        {"1", "“两癌”免费筛查", "为全区1万名适龄妇女开展免费筛查", "区卫生健康局", "2026年6月底"},
                        {"2", "建设儿童阅读空间", "新建6处，开展40场", "区文化和旅游局", "2026.9"},
                        {"3", "开展托育服务", "新增300个，培训10期", "区卫生健康局", "10月31日"},
                        {"4", "开展家庭教育讲座", "开展20场", "区妇联", "2026年12月底前"}});
        NoticeDraft d = Drafter.draft(notice);
        assertEquals(List.of("1 10000名 2026-06-30", "2 6处 2026-08-31", "2 40场 2026-09-30", "3 300个 2026-10-31",
                "3 10期 2026-10-31", "4 20场 null"), d.items().stream().flatMap(i -> i.targets().stream())
                .map(t -> t.item() + " " + t.threshold().stripTrailingZeros().toPlainString() + t.unit() + " " + t.deadline())
                .toList());
    }

    private static final String[][] ITEMS = {
            {"序号", "实事名称", "目标任务", "责任单位"},
            {"1", "“两癌”免费筛查", "为全区1万名适龄妇女开展免费筛查", "区卫生健康局 区妇联"},
            {"2", "建设儿童阅读空间", "新建儿童阅读空间6处", "区文化和旅游局"}};

    /** Writes the lines as paragraphs, then the attachment's item table (序号, 实事名称, 目标任务, 责任单位). */
    private static void writeDocx(Path file, String text) throws Exception {
        writeDocx(file, text, ITEMS);
    }

    /** Writes the lines as paragraphs, then the attachment's item table. */
    private static void writeDocx(Path file, String text, String[][] rows) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(file)) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[0].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
        }
    }

    @Test
    void word97AndPdfNotices() throws Exception {
        NoticeText doc = NoticeText.read(Path.of("test-data/notices-regression2/2024-weifang.doc"));
        assertTrue(doc.lines().contains("潍坊市人民政府办公室"), doc.lines().toString());
        assertTrue(doc.lines().stream().anyMatch(l -> l.startsWith("一、实施“两癌”筛查和救助。")), doc.lines().toString());
        NoticeText pdf = NoticeText.read(Path.of("test-data/notices-regression2/2026-junan.pdf"));
        assertTrue(pdf.text().contains("关于2026年为全县妇女儿童办好九件实事的通知"), pdf.text());
        assertEquals(9, Drafter.draft(pdf).items().size());
    }

    /**
     * A landscape PDF whose 附件 table runs over two pages: each row comes back as its own cells (a figure the
     * narrow cell wrapped, 4⏎00个, whole again), the row cut by the page break joined under the repeated header.
     */
    @Test
    void pdfTableRowsByPosition() throws Exception {
        NoticeText pdf = NoticeText.read(Path.of("test-data/notices-regression5/2026-taian.pdf"));
        List<String[]> rows = pdf.lines().stream().filter(l -> l.matches("\\d{1,2}\t.*")).map(l -> l.split("\t", -1)).toList();
        assertEquals(10, rows.size(), pdf.text());
        assertTrue(rows.stream().allMatch(r -> r.length == 5), pdf.text());
        assertEquals(1, pdf.lines().stream().filter(l -> l.startsWith("序号\t")).count(), pdf.text());
        assertEquals("适龄妇女“两癌”筛查", rows.get(0)[1]);
        assertEquals("市卫生健康委 市妇联", rows.get(0)[3]);
        assertEquals("2026年11月底", rows.get(0)[4].replace(" ", ""));
        assertTrue(rows.get(3)[2].replace(" ", "").contains("新泰市400个"), rows.get(3)[2]);
        assertTrue(rows.get(6)[2].replace(" ", "").endsWith("个人创业担保贷款最高额度30万元。"), rows.get(6)[2]);
        assertEquals("市人力资源社会保障局 市财政局 人民银行泰安市分行", rows.get(6)[3]);
        assertEquals("10", rows.get(9)[0]);
    }

    /**
     * A table whose cells are centred in their rows: the rows come from the table's rules, so each cell's
     * lines above and below its row's number stay in that row, or without rules from the numbers beside each
     * cell's block of lines (centred or at the top); a column name wrapped over the header's line (完成时⏎限)
     * and a department name wrapped in its cell are whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-donge-centred-cells.pdf", "2026-donge-narrow-columns.pdf",
        "2026-donge-no-rules-centred.pdf", "2026-donge-no-rules-top.pdf"})
    void pdfTableCellsByPosition(String file) throws Exception {
        NoticeText pdf = NoticeText.read(Path.of("test-data/notice-pdfs", file));
        assertTrue(pdf.lines().contains("序号\t实事名称\t目标任务\t责任单位\t完成时限"), pdf.text());
        List<String> rows = pdf.lines().stream().filter(l -> l.matches("\\d\t.*")).toList();
        assertEquals(List.of(
                "1\t“两癌”免费筛查\t为全县35至64周岁适龄妇女免费开展宫颈癌、乳腺癌筛查，全年完成筛查不少于9000人，对筛查出的"
                        + "低收入患病妇女每人救助5000元，救助不少于30人。\t县卫生健康局 县妇联\t2026年11月底",
                "2\t儿童之家建设\t新建标准化城乡社区儿童之家12个。\t县民政局 县妇联 县财政局 县教育和体育局\t9月30日前",
                "3\t戏曲进校园\t组织县内剧团走进中小学校开展戏曲进校园活动不少于40场，覆盖学生1.2万人次，推动优秀传统文化在"
                        + "校园传承发展，每场演出时长不少于60分钟。\t县文化和旅游局\t年底前",
                "4\t家庭教育指导\t开展家庭教育讲座80场。\t县妇联 县教育和体育局\t年底前"), rows);
        NoticeDraft draft = Drafter.draft(pdf);
        assertEquals(4, draft.items().size());
        assertEquals(List.of("县民政局", "县妇联", "县财政局", "县教育和体育局"), draft.items().get(1).units());
    }

    /** A page set in two columns is read down the left column, then down the right one. */
    @Test
    void pdfInTwoColumns() throws Exception {
        NoticeText pdf = NoticeText.read(Path.of("test-data/notices-regression8/2026-zhanhua.pdf"));
        List<String> lines = pdf.lines();
        int six = indexOf(lines, "（六）护学安全工程");
        int sign = indexOf(lines, "标志牌90块");
        int seven = indexOf(lines, "（七）儿童之家提升");
        assertTrue(0 <= six && six < sign && sign < seven, pdf.text());
        assertEquals(10, Drafter.draft(pdf).items().size());
    }

    private static int indexOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replace(" ", "").startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    /** A Word table's cell merged down over rows shows its text in each of them (a 责任单位 shared by two items). */
    @Test
    void docxCellsMergedDown(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("merged.docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("样本县人民政府办公室关于2026年为妇女儿童办实事的通知");
            XWPFTable table = doc.createTable(3, 4);
            String[][] cells = {{"序号", "实事名称", "目标任务", "责任单位"},
                {"1", "戏曲进校园", "开展戏曲进校园活动20场。", "县文化和旅游局"},
                {"2", "书香校园", "新建校园书屋5处。", ""}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            table.getRow(1).getCell(3).getCTTc().addNewTcPr().addNewVMerge()
                    .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
            table.getRow(2).getCell(3).getCTTc().addNewTcPr().addNewVMerge();
            doc.write(out);
        }
        NoticeText notice = NoticeText.read(file);
        assertTrue(notice.lines().contains("2\t书香校园\t新建校园书屋5处。\t县文化和旅游局"), notice.text());
    }

    @Test
    void textInEveryEncodingAClerkSaves(@TempDir Path tmp) throws Exception {
        String text = "示范县人民政府办公室\n关于2026年为全县妇女儿童办实事的通知\n一、新建书房。新建城市书房3处。（责任单位：县文旅局）\n";
        for (var charset : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("GBK"), StandardCharsets.UTF_16)) {
            Path file = tmp.resolve(charset.name() + ".txt");
            Files.write(file, text.getBytes(charset)); // Java's UTF-16 writes the byte-order mark, as Notepad does
            NoticeText read = NoticeText.read(file);
            assertEquals("示范县人民政府办公室", read.lines().get(0), charset.name());
        }
    }

    @Test
    void aFileOfAnotherKindIsReadByItsContent(@TempDir Path tmp) throws Exception {
        Path renamed = tmp.resolve("notice.txt");
        Files.copy(Path.of("test-data/notices-regression2/2025-luozhuang.docx"), renamed);
        assertEquals(7, Drafter.draft(renamed).items().size());
    }

    @Test
    void unreadableFilesAreRefusedWithOneChineseLine(@TempDir Path tmp) throws Exception {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        Path random = Files.write(tmp.resolve("random.docx"), noise);
        Path sheet = tmp.resolve("sheet.docx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(sheet)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("序号");
            wb.write(out);
        }
        Path truncated = Files.write(tmp.resolve("cut.doc"),
                java.util.Arrays.copyOf(Files.readAllBytes(Path.of("test-data/notices-regression2/2024-weifang.doc")), 600));
        Path scan = tmp.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scan.toFile());
        }
        Path english = Files.writeString(tmp.resolve("english.txt"), "Minutes of the meeting\n");
        assertRefused(random, "既不是文本文件，也不是 Word 或 PDF 文件");
        assertRefused(sheet, "不是 Word 文档");
        assertRefused(truncated, "不是 Word 文档");
        assertRefused(scan, "PDF 中没有文字");
        assertRefused(english, "没有汉字");
    }

    private static void assertRefused(Path file, String reason) {
        NoticeUnreadableException e = assertThrows(NoticeUnreadableException.class, () -> Drafter.draft(file));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = cn.stampcheck.cli.Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("rules", "draft", file.toString());
        assertEquals(2, rc);
        assertEquals("", out.toString());
        String line = err.toString().strip();
        assertFalse(line.contains("\n") || line.contains("Exception"), line);
        assertTrue(line.contains(reason), line);
    }

    @Test
    void numbersInsideAParagraphOnlyCountWhenTheyRunOnFromASentenceEnd() {
        NoticeDraft d = draft("""
                示范区人民政府办公室
                关于2026年为全区妇女儿童办实事的通知
                一、开展培训。开展三、四年级学生安全培训20场。（责任单位：区教体局）
                二、新建书房。新建城市书房3处。（责任单位：区文旅局）
                """);
        assertEquals(2, d.items().size(), d.items().toString());
        assertEquals("20场", targets(d.items().get(0)));
    }
}
