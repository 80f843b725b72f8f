package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    @Test
    void draftWritesACompilingFileThatLintsAndShows(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("rules/2024/linzi.xlsx");
        CliRun draft = CliRun.of("rules", "draft", "notices/2024-linzi.txt", "--out", out.toString());
        assertEquals(0, draft.status(), draft.err());
        assertTrue(draft.err().contains("10 项实事"), draft.err());
        Workbook table = WorkbookFiles.read(out);
        Grid sheet = table.sheets().get(0);
        assertEquals("目标表", sheet.name());
        assertEquals(List.of("年份", "2024"), sheet.rows().get(0));
        assertEquals(List.of("地区", "临淄区"), sheet.rows().get(1));
        assertTrue(sheet.rows().stream().anyMatch(r -> r.size() > 12 && r.get(12).contains("年内开展“戏曲进校园”活动不少于20场。")
                && r.get(4).equals("戏曲进校园") && r.get(7).equals("20") && r.get(8).equals("场")), sheet.rows().toString());
        assertEquals("填写说明", table.sheets().get(1).name());

        CliRun again = CliRun.of("rules", "draft", "notices/2024-linzi.txt", "--out", out.toString());
        assertEquals(2, again.status(), "does not overwrite without --force");

        CliRun lint = CliRun.of("rules", "lint", tmp.resolve("rules").toString());
        assertEquals(0, lint.status(), lint.out() + lint.err());

        CliRun show = CliRun.of("rules", "show", out.toString(), "--format", "json");
        assertEquals(0, show.status(), show.err());
        JsonNode json = new ObjectMapper().readTree(show.out());
        assertEquals(2024, json.get("year").asInt());
        assertEquals("临淄区", json.get("place").asText());
        JsonNode item3 = json.get("items").get(2);
        assertEquals(3, item3.get("item").asInt());
        JsonNode opera = item3.get("targets").get(0);
        assertEquals(">=", opera.get("comparator").asText());
        assertEquals(20, opera.get("threshold").asInt());
        assertEquals("场", opera.get("unit").asText());
        assertEquals("2024-12-31", opera.get("deadline").asText());
        assertEquals("pro-rata", opera.get("schedule").asText());
    }

    @Test
    void draftPrintsTheShowJson() throws Exception {
        CliRun run = CliRun.of("rules", "draft", "notices/2023-zichuan.txt", "--format", "json");
        assertEquals(0, run.status(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2023, json.get("year").asInt());
        assertEquals(8, json.get("items").size());
    }

    @Test
    void showPrintsAReadableTable() {
        CliRun run = CliRun.of("rules", "show", "rules/2024/linzi.xlsx");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("第3项  实施“润童心”儿童素养提升工程"), run.out());
        assertTrue(run.out().contains("戏曲进校园：不少于 20 场"), run.out());
    }

    @Test
    void lintExitCodes(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("2024/bad.drl");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, Files.readString(Path.of("test-data/rules-drl/2024/linzi.drl")).replace("atLeast(5, \"所\")", "atLeast(5, \"所所\")"));
        CliRun run = CliRun.of("rules", "lint", bad.toString());
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("bad.drl:"), run.out());
        assertTrue(run.out().contains("所所"), run.out());
        assertEquals(2, CliRun.of("rules", "lint", tmp.resolve("none").toString()).status());
        assertEquals(2, CliRun.of("rules", "draft", tmp.resolve("none.txt").toString()).status());
        assertEquals(2, CliRun.of("rules", "show", tmp.resolve("none.drl").toString()).status());
    }
}
