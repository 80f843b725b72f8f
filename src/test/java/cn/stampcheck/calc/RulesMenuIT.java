package cn.stampcheck.calc;

import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.files.WorkbookFiles;
import cn.stampcheck.poi.NoticeTableWriter;
import cn.stampcheck.rules.Notice;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.NoticeSheet;
import cn.stampcheck.rules.NoticeTable;
import cn.stampcheck.rules.RulesLibrary;
import com.sun.star.frame.XStorable;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.sheet.XSpreadsheet;
import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XEnumeration;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 核查 ▸ 从通知生成规则…, 启用规则草稿… and 检查规则文件 in a real headless LibreOffice, dispatched with
 * {@code Interactive=false} on an empty spreadsheet's frame, reading the clerk's rules folder of the
 * throwaway profile.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesMenuIT {

    static final Path GAOQING = Path.of("notices", "2024-gaoqing.txt").toAbsolutePath();
    static Office office;
    static XComponent doc;

    @BeforeAll
    static void startOffice() throws Exception {
        office = Office.start();
        doc = office.newSpreadsheet();
    }

    @AfterAll
    static void stopOffice() throws Exception {
        if (doc != null) {
            Office.close(doc);
        }
        if (office != null) {
            office.close();
        }
    }

    private static String dispatch(String command, PropertyValue... args) {
        List<PropertyValue> all = new ArrayList<>(List.of(prop("Interactive", false)));
        all.addAll(List.of(args));
        return office.dispatch(doc, command, all.toArray(PropertyValue[]::new));
    }

    private static Set<Path> rulesFiles() throws Exception {
        try (Stream<Path> s = Files.walk(office.rulesFolder())) {
            return new TreeSet<>(s.filter(p -> p.toString().matches(".*\\.(xlsx|drl)")).toList());
        }
    }

    private static NoticeRules live(String hints) throws Exception {
        return new RulesLibrary(List.of(office.rulesFolder(), RulesLibrary.bundled()), WorkbookFiles::readTable)
                .choose(2024, hints, List.of());
    }

    @Test
    @Order(0)
    void theMenuHasTheRulesEntriesInCalc() throws Exception {
        Object provider = office.ctx.getServiceManager().createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", office.ctx);
        Object access = UnoRuntime.queryInterface(com.sun.star.lang.XMultiServiceFactory.class, provider).createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                new Object[] {prop("nodepath", "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/cn.stampcheck.menu/Submenu")});
        var menu = UnoRuntime.queryInterface(com.sun.star.container.XHierarchicalNameAccess.class, access);
        assertEquals("stampcheck:draftRules", menu.getByHierarchicalName("m10/URL"));
        assertEquals("从通知生成规则…", menu.getByHierarchicalName("m10/Title"));
        assertEquals("stampcheck:activateDraft", menu.getByHierarchicalName("m10a/URL"));
        assertEquals("启用规则草稿…", menu.getByHierarchicalName("m10a/Title"));
        assertEquals("stampcheck:lintRules", menu.getByHierarchicalName("m11/URL"));
        assertEquals("检查规则文件", menu.getByHierarchicalName("m11/Title"));
        assertEquals("com.sun.star.sheet.SpreadsheetDocument", menu.getByHierarchicalName("m11/Context"));
        UnoRuntime.queryInterface(XComponent.class, access).dispose();
    }

    @Test
    @Order(1)
    void lintOfTheBundledRulesIsClean() {
        String message = dispatch("lintRules");
        assertTrue(message.startsWith("检查了规则文件夹中的 5 个规则文件，没有发现问题"), message);
    }

    @Test
    @Order(2)
    void draftsATableIntoTheDraftsFolderThatChecksDoNotRead() throws Exception {
        Set<Path> before = rulesFiles();
        NoticeRules liveBefore = live("高青县2024年进展情况表");
        String message = dispatch("draftRules", prop("Notice", GAOQING.toString()));
        System.out.println(message);
        assertTrue(message.startsWith("已从 2024-gaoqing.txt 生成 2024年高青县的规则：10 项实事、"), message);
        assertTrue(message.contains("待确认"), message);

        Set<Path> added = rulesFiles();
        added.removeAll(before);
        Path drafted = office.rulesFolder().resolve("草稿").resolve("2024").resolve("gaoqing.xlsx");
        assertEquals(Set.of(drafted), added);
        assertTrue(message.contains(drafted.toString()), message);
        assertEquals(liveBefore, live("高青县2024年进展情况表"), "a draft disturbs no check");
        assertTrue(dispatch("lintRules").contains("没有发现问题"), "a draft is not a second live file");

        NoticeRules rules = new RulesLibrary(List.of(), WorkbookFiles::readTable).notice(drafted);
        assertEquals(new Notice(2024, "高青县"), rules.notice());
        assertEquals(10, rules.items().size());
        assertTrue(rules.targets().size() > 0);

        // again: a second draft, the first untouched
        byte[] content = Files.readAllBytes(drafted);
        String again = dispatch("draftRules", prop("Notice", GAOQING.toUri().toString()));
        assertTrue(again.startsWith("已从"), again);
        Path second = drafted.resolveSibling("gaoqing-2.xlsx");
        assertTrue(Files.isRegularFile(second), again);
        assertArrayEquals(content, Files.readAllBytes(drafted));
        Files.delete(second);
    }

    /**
     * Notices as clerks get them, drafted inside the office's own Java: a Word 97 .doc and a .pdf (their
     * readers, POI's HWPF and PDFBox, load from the extension). Each gives one new table in 草稿 with the
     * notice's year, place and items; the drafts are removed again for the tests that follow.
     */
    @Test
    @Order(2)
    void draftsFromWord97AndPdfNotices() throws Exception {
        for (String[] notice : new String[][] {{"2024-weifang.doc", "2024年潍坊市", "8"}, {"2026-junan.pdf", "2026年莒南县", "9"}}) {
            Path file = Path.of("test-data", "notices-regression2", notice[0]).toAbsolutePath();
            Set<Path> before = rulesFiles();
            String message = dispatch("draftRules", prop("Notice", file.toString()));
            assertTrue(message.startsWith("已从 " + notice[0] + " 生成 " + notice[1] + "的规则：" + notice[2] + " 项实事"), message);
            Set<Path> added = rulesFiles();
            added.removeAll(before);
            assertEquals(1, added.size(), message);
            Path drafted = added.iterator().next();
            assertTrue(drafted.startsWith(office.rulesFolder().resolve("草稿")), drafted.toString());
            NoticeRules rules = new RulesLibrary(List.of(), WorkbookFiles::readTable).notice(drafted);
            assertEquals(Integer.parseInt(notice[2]), rules.items().size());
            Files.delete(drafted);
        }
    }

    @Test
    @Order(3)
    void aBadNoticeWritesNothing() throws Exception {
        Path dir = Files.createDirectories(Fixtures.DIR.resolve("notices"));
        Path empty = dir.resolve("2025-empty.txt");
        Files.writeString(empty, "");
        Path prose = dir.resolve("shopping.txt");
        Files.writeString(prose, "买菜：白菜两棵，鸡蛋一斤。\n");
        Set<Path> before = rulesFiles();

        String message = dispatch("draftRules", prop("Notice", empty.toAbsolutePath().toString()));
        assertTrue(message.startsWith("未生成规则："), message);
        assertEquals(1, message.lines().count(), message);
        message = dispatch("draftRules", prop("Notice", prose.toAbsolutePath().toString()));
        assertTrue(message.startsWith("未生成规则：没有从通知 shopping.txt 中读出年份"), message);
        message = dispatch("draftRules", prop("Notice", dir.resolve("missing.txt").toAbsolutePath().toString()));
        assertTrue(message.startsWith("未生成规则：找不到通知文件"), message);
        message = dispatch("draftRules");
        assertTrue(message.startsWith("未生成规则：没有指定通知文件"), message);

        assertEquals(before, rulesFiles());
        assertTrue(Files.notExists(office.rulesFolder().resolve("2025")));
    }

    /**
     * The clerk's whole round: the draft opens in Calc, a number is edited and saved there, 启用 moves it
     * into use keeping the replaced table as a backup, and the next check holds the report to the new number.
     */
    @Test
    @Order(4)
    void draftOpensInCalcIsEditedActivatedAndUsedByTheNextCheck() throws Exception {
        Path drafted = office.rulesFolder().resolve("草稿").resolve("2024").resolve("gaoqing.xlsx");
        Files.deleteIfExists(drafted);
        String message = dispatch("draftRules", prop("Notice", GAOQING.toString()), prop("Open", true));
        assertTrue(message.contains("已写入 " + drafted + "，已打开供核对。"), message);
        XComponent opened = null;
        for (XModel m : components()) {
            if (m.getURL().startsWith("file:") && Path.of(java.net.URI.create(m.getURL())).equals(drafted)) {
                opened = UnoRuntime.queryInterface(XComponent.class, m);
            }
        }
        assertNotNull(opened, "the draft is open in Calc: " + components().stream().map(XModel::getURL).toList());
        int amount = NoticeTable.COLUMNS.indexOf("数值");
        int edited = 0;
        try {
            XSpreadsheet sheet = Docs.sheet(opened, NoticeTable.SHEET);
            for (int row = NoticeSheet.HEADER_ROW + 1; row < 60; row++) {
                var cell = sheet.getCellByPosition(amount, row);
                if (cell.getValue() > 0) {
                    cell.setValue(99999);
                    edited++;
                }
            }
            UnoRuntime.queryInterface(XStorable.class, opened).store();
        } finally {
            Office.close(opened);
        }
        assertTrue(edited > 0);

        Path liveFile = office.rulesFolder().resolve("2024").resolve("gaoqing.xlsx");
        byte[] replaced = Files.readAllBytes(liveFile);
        message = dispatch("activateDraft", prop("Draft", drafted.toString()));
        System.out.println(message);
        assertTrue(message.startsWith("已启用规则草稿：2024年高青县的核查改用 2024/gaoqing.xlsx；原规则文件已移到 备份/2024/gaoqing.xlsx.bak-"),
                message);
        assertFalse(Files.exists(drafted));
        Path backup;
        try (Stream<Path> s = Files.list(office.rulesFolder().resolve("备份").resolve("2024"))) {
            backup = s.filter(p -> p.getFileName().toString().startsWith("gaoqing.xlsx.bak-")).findFirst().orElseThrow();
        }
        assertArrayEquals(replaced, Files.readAllBytes(backup));
        assertTrue(live("高青县2024年进展情况表").targets().stream().allMatch(t -> t.threshold().intValue() == 99999));

        XComponent report = office.load(Path.of("test-data", "2024-gaoqing", "高青县2024年第四季度实事进展.ods"));
        try {
            String checked = office.dispatch(report, "check", prop("Interactive", false));
            assertTrue(checked.startsWith("核查完成"), checked);
            XSpreadsheet result = Docs.sheet(report, "核查结果");
            Object[][] rows = UnoRuntime.queryInterface(XCellRangeData.class, result.getCellRangeByPosition(0, 0, 4, 40)).getDataArray();
            assertTrue(((String) rows[0][0]).contains("规则：2024年高青县"), (String) rows[0][0]);
            assertTrue(java.util.Arrays.stream(rows).anyMatch(r -> String.valueOf(r[4]).contains("99999")),
                    "a finding holds the report to the edited number");
        } finally {
            Office.close(report);
        }
        Files.copy(backup, liveFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<XModel> components() throws Exception {
        List<XModel> models = new ArrayList<>();
        XEnumeration e = office.desktop.getComponents().createEnumeration();
        while (e.hasMoreElements()) {
            Object c = e.nextElement();
            XModel m = UnoRuntime.queryInterface(XModel.class, c instanceof com.sun.star.uno.Any a ? a.getObject() : c);
            if (m != null) {
                models.add(m);
            }
        }
        return models;
    }

    @Test
    @Order(5)
    void aBrokenTableIsNamedAtItsCellByLintActivateAndCheck() throws Exception {
        List<String> row = List.of("1", "测试实事", "", "区妇联", "测试目标", "", "不少于", "-5", "场", "", "", "", "开展测试活动5场。");
        Path broken = office.rulesFolder().resolve("草稿").resolve("2024").resolve("ceshi.xlsx");
        NoticeTableWriter.write(new NoticeSheet(2024, "测试区", "", List.of(row), List.of()), broken);
        String message = dispatch("activateDraft", prop("Draft", broken.toString()));
        assertEquals("未启用：草稿有 1 处问题，请在 Calc 中打开草稿改正、保存后再启用：ceshi.xlsx 目标表!H6：数值“-5”不是正数", message);
        assertTrue(Files.exists(broken) && Files.notExists(office.rulesFolder().resolve("2024/ceshi.xlsx")));

        Path live = office.rulesFolder().resolve("2024").resolve("ceshi.xlsx");
        Files.copy(broken, live);
        try {
            message = dispatch("lintRules");
            assertTrue(message.contains("2024/ceshi.xlsx 目标表!H6：数值“-5”不是正数"), message);
            XComponent report = office.load(Path.of("test-data", "2024-gaoqing", "高青县2024年第四季度实事进展.ods"));
            try {
                message = office.dispatch(report, "check", prop("Interactive", false), prop("Rules", live.toString()));
                assertTrue(message.startsWith("未核查：规则有误：") && message.endsWith("ceshi.xlsx 目标表!H6：数值“-5”不是正数"), message);
            } finally {
                Office.close(report);
            }
        } finally {
            Files.delete(live);
            Files.delete(broken);
        }
    }

    @Test
    @Order(6)
    void aRulesFileThatSaysCodeRunsNothingInTheOffice() throws Exception {
        Path written = Fixtures.DIR.resolve("pwned.txt").toAbsolutePath();
        String drl = Files.readString(Path.of("test-data", "rules-drl", "2024", "gaoqing.drl"))
                .replaceFirst("insert\\(new Notice\\(2024, \"高青县\"\\)\\);", "insert(new Notice(2024, \"高青县\"));\n"
                        + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + written.toString().replace('\\', '/') + "\"), \"x\");");
        Path evil = office.rulesFolder().resolve("2024").resolve("gaoqing.drl");
        Files.writeString(evil, drl);
        try {
            XComponent report = office.load(Path.of("test-data", "2024-gaoqing", "高青县2024年第四季度实事进展.ods"));
            try {
                String message = office.dispatch(report, "check", prop("Interactive", false), prop("Rules", evil.toString()));
                assertTrue(message.startsWith("未核查：规则有误：") && message.matches("(?s).*gaoqing\\.drl:\\d+: .*"), message);
                message = office.dispatch(report, "check", prop("Interactive", false));
                assertTrue(message.startsWith("未核查："), message);
            } finally {
                Office.close(report);
            }
            String lint = dispatch("lintRules");
            assertTrue(lint.matches("(?s).*2024/gaoqing\\.drl:\\d+: .*"), lint);
        } finally {
            Files.delete(evil);
        }
        assertFalse(Files.exists(written), "the rules file's code never ran");
    }
}
