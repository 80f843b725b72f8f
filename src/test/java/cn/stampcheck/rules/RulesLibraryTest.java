package cn.stampcheck.rules;

import cn.stampcheck.files.WorkbookFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesLibraryTest {

    static final Path RULES = Path.of("rules");
    /** The maintained notices as .drl declarations (an expert's form), equal to the tables. */
    static final Path DRL = Path.of("test-data", "rules-drl");

    @TempDir
    Path dir;

    @Test
    void choosesByYearThenPlaceThenItemNames() throws Exception {
        RulesLibrary lib = new RulesLibrary(List.of(RULES), WorkbookFiles::readTable);
        assertEquals("rules/2023/zichuan.xlsx", lib.choose(2023, "", List.of()).source());
        assertEquals("rules/2024/linzi.xlsx", lib.choose(2024, "临淄区2024年为全区妇女儿童办实事工作进展情况表", List.of()).source());
        assertEquals("rules/2024/linzi.xlsx", lib.choose(2024, "Sheet1 linzi-q3.xlsx", List.of()).source());
        assertEquals("rules/2024/linzi.xlsx", lib.choose(2024, "2024年为全区妇女儿童办实事工作进展情况表",
                List.of("实施“润童心”儿童素养提升工程", "开展“美妆护苗”集中整治行动")).source());
        RulesException none = assertThrows(RulesException.class, () -> lib.choose(2019, "", List.of()));
        assertTrue(none.getMessage().contains("没有2019年的规则文件"), none.getMessage());
    }

    @Test
    void compiledRulesAreCachedByContent() throws Exception {
        Path year = Files.createDirectories(dir.resolve("2024"));
        Files.copy(DRL.resolve("2024/linzi.drl"), year.resolve("linzi.drl"));
        RulesLibrary lib = new RulesLibrary(List.of(dir, RULES), WorkbookFiles::readTable);
        NoticeRules first = lib.notice(year.resolve("linzi.drl"));
        assertSame(first, lib.notice(year.resolve("linzi.drl")), "the same file is not compiled again");
        assertSame(lib.checks(), lib.checks());

        String edited = Files.readString(year.resolve("linzi.drl")).replace(".atLeast(20, \"场\")", ".atLeast(24, \"场\")");
        Files.writeString(year.resolve("linzi.drl"), edited);
        NoticeRules second = lib.notice(year.resolve("linzi.drl"));
        assertNotSame(first, second, "an edited file is compiled again");
        assertEquals("24", second.targetsOf(3).get(0).threshold().toPlainString());
    }

    @Test
    void aClerksFolderShadowsTheBundledFileOfTheSameName() throws Exception {
        Path year = Files.createDirectories(dir.resolve("2023"));
        Files.writeString(year.resolve("zichuan.drl"), Files.readString(DRL.resolve("2023/zichuan.drl")));
        NoticeRules n = new RulesLibrary(List.of(dir, RULES), WorkbookFiles::readTable).choose(2023, "", List.of());
        assertEquals(dir.resolve("2023/zichuan.drl").toString(), n.source());
    }

    @Test
    void twoFilesForTheSamePlaceAreNeverChosenSilently() throws Exception {
        Path year = Files.createDirectories(dir.resolve("2024"));
        Files.copy(DRL.resolve("2024/linzi.drl"), year.resolve("linzi.drl"));
        Files.copy(DRL.resolve("2024/linzi.drl"), year.resolve("linzi-2.drl"));
        RulesLibrary lib = new RulesLibrary(List.of(dir), WorkbookFiles::readTable);
        RulesException e = assertThrows(RulesException.class, () -> lib.choose(2024, "临淄区2024年进展情况表", List.of()));
        assertTrue(e.getMessage().contains("linzi-2.drl") && e.getMessage().contains("linzi.drl"), e.getMessage());
    }

    @Test
    void aTableBesideADrlForOnePlaceIsRefused() throws Exception {
        Path year = Files.createDirectories(dir.resolve("2024"));
        Files.copy(DRL.resolve("2024/linzi.drl"), year.resolve("linzi.drl"));
        Files.copy(RULES.resolve("2024/linzi.xlsx"), year.resolve("linzi.xlsx"));
        RulesLibrary lib = new RulesLibrary(List.of(dir), WorkbookFiles::readTable);
        RulesException e = assertThrows(RulesException.class, () -> lib.choose(2024, "临淄区2024年进展情况表", List.of()));
        assertTrue(e instanceof AmbiguousRulesException, e.getMessage());
        assertTrue(e.getMessage().startsWith("2024年有多个规则文件适用于本表") && e.getMessage().contains("linzi.xlsx")
                && e.getMessage().contains("linzi.drl"), e.getMessage());
        assertEquals("rules/2024/boshan.xlsx", new RulesLibrary(List.of(dir, RULES), WorkbookFiles::readTable)
                .choose(2024, "博山区2024年进展情况表", List.of()).source(), "another place is still checked");
    }

    @Test
    void theTablesDeclareWhatTheDrlFilesDeclared() throws Exception {
        RulesLibrary lib = new RulesLibrary(List.of(), WorkbookFiles::readTable);
        for (String f : List.of("2021/linzi", "2023/zichuan", "2024/boshan", "2024/gaoqing", "2024/linzi")) {
            NoticeRules table = lib.notice(RULES.resolve(f + ".xlsx"));
            NoticeRules drl = lib.notice(DRL.resolve(f + ".drl"));
            assertEquals(drl.notice(), table.notice(), f);
            assertEquals(drl.items(), table.items(), f);
            assertEquals(drl.targets(), table.targets(), f);
        }
    }

    @Test
    void noticeDefaultsAreFilledIn() throws Exception {
        NoticeRules linzi = new RulesLibrary(List.of(RULES), WorkbookFiles::readTable).notice(RULES.resolve("2024/linzi.xlsx"));
        assertEquals(new Notice(2024, "临淄区"), linzi.notice());
        assertEquals(10, linzi.items().size());
        Target xiqu = linzi.targetsOf(3).get(0);
        assertEquals("戏曲进校园", xiqu.label());
        assertEquals(LocalDate.of(2024, 12, 31), xiqu.deadline());
        assertEquals(Schedule.PRO_RATA, xiqu.schedule());
        assertEquals(Schedule.CONSTANT, linzi.targetsOf(8).get(0).schedule());
        assertEquals("21000", linzi.targetsOf(7).get(0).threshold().toPlainString());
        assertEquals(LocalDate.of(2024, 12, 31), linzi.item(3).orElseThrow().deadline());
    }

    @Test
    void declarationMistakesNameTheLine() throws Exception {
        String text = Files.readString(DRL.resolve("2024/linzi.drl"))
                .replace("insert(Item.of(4, \"实施家庭教育指导服务行动\")", "insert(Item.of(3, \"实施家庭教育指导服务行动\")");
        RulesException e = assertThrows(RulesException.class,
                () -> NoticeLoader.load(new RulesSource("rules/2024/x.drl", text)));
        assertTrue(e.getMessage().matches("rules/2024/x\\.drl:\\d+: 第3项重复定义"), e.getMessage());

        String badDate = Files.readString(DRL.resolve("2024/linzi.drl"))
                .replace(".atLeast(20, \"场\")", ".atLeast(20, \"场\").deadline(\"2024年6月\")");
        RulesException d = assertThrows(RulesException.class,
                () -> NoticeLoader.load(new RulesSource("rules/2024/y.drl", badDate)));
        assertTrue(d.getMessage().contains("2024-12-31 的形式"), d.getMessage());
    }
}
