package cn.stampcheck.check;

import static org.junit.jupiter.api.Assertions.*;

import cn.stampcheck.report.Grid;
import cn.stampcheck.report.ReportTable;
import cn.stampcheck.report.TableFinder;
import cn.stampcheck.report.Workbook;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerSmokeTest {

    @Test
    void checksATinyReport() throws Exception {
        Grid g = new Grid("Sheet1", List.of(
                List.of("2024年为全区妇女儿童办实事工作进展情况表（第三季度）"),
                List.of("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"),
                List.of("3", "实施“润童心”儿童素养提升工程", "区文旅局", "本季度开展戏曲进校园活动5场，累计开展12场。", "2024年12月31日"),
                List.of("4", "实施家庭教育指导服务行动", "区妇联\n区教体局", "", "2025年6月")), List.of());
        ReportTable t = TableFinder.find(new Workbook("a.xlsx", List.of(g)));
        RulesLibrary lib = new RulesLibrary(List.of(Path.of("rules")));
        NoticeRules n = lib.choose(2024, t.title(), List.of("实施“润童心”儿童素养提升工程"));
        CheckResult r = new Checker(lib.checks()).check("a.xlsx", t, n, 3);
        r.findings().forEach(f -> System.out.println(f.cell().address() + " " + f.code() + " " + f.message()));
        r.checks().forEach(c -> System.out.println(c));
        assertTrue(r.findings().stream().anyMatch(f -> f.code() == FindingCode.BEHIND_SCHEDULE));
    }
}
