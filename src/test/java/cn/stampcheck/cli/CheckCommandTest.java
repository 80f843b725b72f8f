package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.samples.SampleBook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's output formats and exit statuses on good reports (contract §5). */
class CheckCommandTest {

    @TempDir
    static Path dir;

    static Path behind;
    static Path clean;

    @BeforeAll
    static void writeReports() throws Exception {
        behind = dir.resolve("临淄区文旅局2024年三季度.xlsx");
        SampleBook.xlsx().sheet("Sheet1")
                .row("2024年为全区妇女儿童办实事工作进展情况表")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("3", "实施“润童心”儿童素养提升工程", "区文旅局、区总工会",
                        "本季度开展戏曲进校园活动5场，累计开展12场；托管教学课程9个班次。", "2024年12月31日")
                .save(behind);
        clean = dir.resolve("clean.xlsx");
        String due = "2024年12月31日";
        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第一季度）")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("1", "实施教育资源优化工程", "区教体局", "累计为2所考点学校安装空调，打造智慧教育应用场景1个。", due)
                .row("2", "实施“阳光成长”青少年身心健康护航行动", "区教体局、区检察院", "开展“法治进校园”宣讲活动3场。", due)
                .row("3", "实施“润童心”儿童素养提升工程", "区文旅局、区总工会", "开展“戏曲进校园”活动5场，托管教学课程3个班次。", due)
                .row("4", "实施家庭教育指导服务行动", "区妇联、区教体局", "培训家庭教育骨干15人，打造家庭教育指导服务站点5个。", due)
                .row("5", "实施特殊困难儿童关爱项目", "区民政局、区残联、团区委", "为50名残疾儿童实施康复救助，新建“希望小屋”2间。", due)
                .row("6", "实施巾帼促就业计划", "区人社局、区妇联", "举办“春风行动”专场招聘活动1场次，开设巾帼创富课堂2场。", due)
                .row("7", "实施适龄妇女“两癌”免费检查和救助行动", "区卫健局、区妇联", "完成“两癌”免费检查6000名。", due)
                .row("8", "实施新型婚育文化培育行动", "区总工会、团区委、区妇联、临淄医保分局、区住建局", "住院分娩报销比例达到100%。", due)
                .row("9", "实施妇女儿童权益保障工作", "区司法局、区妇联、临淄公安分局、区法院", "送教上门5次，“送法进校园”活动2场，“法院开放日”活动2场。", due)
                .row("10", "开展“美妆护苗”集中整治行动", "区市场监管局", "检查学校周边超市32家。", due)
                .save(clean);
    }

    @Test
    void explainedErrorsAreAcceptedAndExitZero() throws Exception {
        for (String name : new String[] {"说明.xlsx", "说明.xls"}) {
            Path report = dir.resolve(name);
            (name.endsWith(".xls") ? SampleBook.xls() : SampleBook.xlsx()).sheet("Sheet1")
                    .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第三季度）")
                    .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                    .row("3", "实施“润童心”儿童素养提升工程", "区文旅局、区总工会",
                            "本季度开展戏曲进校园活动5场，累计开展15场；托管教学课程9个班次。", "2024年12月31日")
                    .save(report);
            CliRun before = CliRun.of("check", "--format", "json", report.toString());
            assertEquals(1, before.status(), before.err());
            java.util.Set<String> errorCells = new java.util.TreeSet<>();
            for (JsonNode f : new ObjectMapper().readTree(before.out()).get("findings")) {
                assertTrue(!f.has("accepted") && !f.has("explanation"), "open findings carry no acceptance");
                if (f.get("severity").asText().equals("error")) {
                    errorCells.add(f.get("cell").asText());
                }
            }
            for (String cell : errorCells) {
                SampleBook.comment(report, cell, "科长：已电话核实\n【说明】其余实事由其他部门报送（2024-10-08）");
            }
            CliRun json = CliRun.of("check", "--format", "json", report.toString());
            assertEquals(0, json.status(), "every error explained: " + json.out());
            long accepted = 0;
            for (JsonNode f : new ObjectMapper().readTree(json.out()).get("findings")) {
                if (f.get("severity").asText().equals("error")) {
                    assertTrue(f.get("accepted").asBoolean(), f.toString());
                    assertEquals("其余实事由其他部门报送", f.get("explanation").asText());
                    accepted++;
                }
            }
            assertTrue(accepted > 0, "the report has explained errors");
            CliRun text = CliRun.of("check", report.toString());
            assertEquals(0, text.status());
            assertTrue(text.out().contains("[错误·已说明] 缺少实事："), text.out());
            assertTrue(text.out().contains("    说明：其余实事由其他部门报送\n"), text.out());
            assertTrue(text.out().contains("共 0 个错误，0 个提醒，" + accepted + " 个已说明。"), text.out());
        }
    }

    /**
     * An explanation belongs to the cell, not to a figure: after the department corrects the text (still
     * short of the target) the finding stays accepted, with the new figure in its message.
     */
    @Test
    void anExplanationOutlivesAChangedValue() throws Exception {
        Path report = dir.resolve("改过.xlsx");
        SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第四季度）")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("3", "实施“润童心”儿童素养提升工程", "区文旅局、区总工会",
                        "累计开展戏曲进校园活动15场；托管教学课程12个班次。", "2024年12月31日")
                .save(report);
        for (JsonNode f : new ObjectMapper().readTree(CliRun.of("check", "--format", "json", report.toString()).out())
                .get("findings")) {
            if (f.get("severity").asText().equals("error")) {
                SampleBook.comment(report, f.get("cell").asText(), "【说明】余下5场12月中旬补齐（2024-12-20）");
            }
        }
        assertEquals(0, CliRun.of("check", report.toString()).status(), "every error explained");

        try (java.io.InputStream in = java.nio.file.Files.newInputStream(report);
             org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            wb.getSheetAt(0).getRow(2).getCell(3).setCellValue("累计开展戏曲进校园活动16场；托管教学课程12个班次。");
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(report)) {
                wb.write(out);
            }
        }
        CliRun after = CliRun.of("check", "--format", "json", report.toString());
        assertEquals(0, after.status(), after.out());
        JsonNode shortfall = null;
        for (JsonNode f : new ObjectMapper().readTree(after.out()).get("findings")) {
            if (f.get("code").asText().equals("SHORTFALL")) {
                shortfall = f;
            }
        }
        assertTrue(shortfall != null && shortfall.get("accepted").asBoolean(), after.out());
        assertEquals("余下5场12月中旬补齐", shortfall.get("explanation").asText());
        assertTrue(shortfall.get("message").asText().contains("16场"), shortfall.toString());
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--rules", "rules/2024/linzi.xlsx", behind.toString());
        assertEquals(1, run.status(), "ITEM_MISSING errors: " + run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertEquals("临淄区文旅局2024年三季度.xlsx", o.get("file").asText());
        assertEquals("Sheet1", o.get("sheet").asText());
        assertEquals("rules/2024/linzi.xlsx", o.get("rules").asText());
        assertEquals(2024, o.get("year").asInt());
        assertEquals(3, o.get("quarter").asInt(), "quarter read from the file name");
        JsonNode xiqu = o.get("checks").get(0);
        assertEquals(3, xiqu.get("item").asInt());
        assertEquals("戏曲进校园", xiqu.get("target").asText());
        assertEquals(">=", xiqu.get("comparator").asText());
        assertEquals(20, xiqu.get("threshold").asInt());
        assertEquals("场", xiqu.get("unit").asText());
        assertEquals("2024-12-31", xiqu.get("deadline").asText());
        assertEquals("pro-rata", xiqu.get("schedule").asText());
        assertEquals("D3", xiqu.get("cell").asText());
        assertTrue(xiqu.has("reported") && xiqu.has("status"));
        JsonNode first = o.get("findings").get(0);
        for (String field : new String[] {"cell", "code", "severity", "item", "message"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals("ITEM_MISSING", first.get("code").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals("A2", first.get("cell").asText());
    }

    @Test
    void severalFilesGiveAnArray() throws Exception {
        CliRun run = CliRun.of("check", "--format", "json", "--quarter", "3", behind.toString(), clean.toString());
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertTrue(all.isArray());
        assertEquals(2, all.size());
        assertEquals(3, all.get(1).get("quarter").asInt(), "--quarter overrides the title");
    }

    @Test
    void textGroupsByRowAndCounts() {
        CliRun run = CliRun.of("check", behind.toString());
        assertTrue(run.out().startsWith("临淄区文旅局2024年三季度.xlsx（工作表“Sheet1”，规则 rules/2024/linzi.xlsx，2024年第3季度）"), run.out());
        assertTrue(run.out().contains("第3行（第3项）\n"), run.out());
        assertTrue(run.out().strip().matches("(?s).*共 \\d+ 个错误，\\d+ 个提醒。"), run.out());
    }

    @Test
    void annotateWritesMarkedCopies() throws Exception {
        Path out = dir.resolve("marked");
        CliRun run = CliRun.of("check", "--annotate", out.toString(), behind.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(Files.exists(out.resolve(behind.getFileName())));
    }

    @Test
    void aCleanReportIsExitZero() {
        CliRun run = CliRun.of("check", clean.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("未发现问题。共 0 个错误，0 个提醒。"), run.out());
    }
}
