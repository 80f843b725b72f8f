package cn.stampcheck.calc;

import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.lint.LintFinding;
import cn.stampcheck.lint.RulesLinter;
import cn.stampcheck.rules.NoticeLoader;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesSource;
import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XEnumeration;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 核查 ▸ 从通知生成规则… and 核查 ▸ 检查规则文件 in a real headless LibreOffice, dispatched with
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

    private static Set<Path> drlFiles() throws Exception {
        try (Stream<Path> s = Files.walk(office.rulesFolder())) {
            return new TreeSet<>(s.filter(p -> p.toString().endsWith(".drl")).toList());
        }
    }

    @Test
    @Order(0)
    void theMenuHasBothEntriesInCalc() throws Exception {
        Object provider = office.ctx.getServiceManager().createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", office.ctx);
        Object access = UnoRuntime.queryInterface(com.sun.star.lang.XMultiServiceFactory.class, provider).createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                new Object[] {prop("nodepath", "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/cn.stampcheck.menu/Submenu")});
        var menu = UnoRuntime.queryInterface(com.sun.star.container.XHierarchicalNameAccess.class, access);
        assertEquals("stampcheck:draftRules", menu.getByHierarchicalName("m10/URL"));
        assertEquals("从通知生成规则…", menu.getByHierarchicalName("m10/Title"));
        assertEquals("stampcheck:lintRules", menu.getByHierarchicalName("m11/URL"));
        assertEquals("检查规则文件", menu.getByHierarchicalName("m11/Title"));
        assertEquals("com.sun.star.sheet.SpreadsheetDocument", menu.getByHierarchicalName("m11/Context"));
        UnoRuntime.queryInterface(XComponent.class, access).dispose();
    }

    @Test
    @Order(1)
    void lintOfTheBundledRulesIsClean() {
        String message = dispatch("lintRules");
        assertTrue(message.startsWith("检查了规则文件夹中的 6 个规则文件，没有发现问题"), message);
    }

    @Test
    @Order(2)
    void draftsACompilingRulesFileFromTheNoticeIntoTheYearFolder() throws Exception {
        Set<Path> before = drlFiles();
        String message = dispatch("draftRules", prop("Notice", GAOQING.toString()));
        System.out.println(message);
        assertTrue(message.startsWith("已从 2024-gaoqing.txt 生成 2024年高青县的规则：10 项实事、"), message);
        assertTrue(message.contains("待确认"), message);

        Set<Path> added = drlFiles();
        added.removeAll(before);
        assertEquals(1, added.size(), added.toString());
        Path drafted = added.iterator().next();
        // 2024/gaoqing.drl is the bundled copy: never overwritten, the draft takes the next free name
        assertEquals(office.rulesFolder().resolve("2024").resolve("gaoqing-2.drl"), drafted);
        assertTrue(message.contains(drafted.toString()), message);
        assertEquals(Files.readString(Path.of("rules", "2024", "gaoqing.drl")), Files.readString(office.rulesFolder().resolve("2024/gaoqing.drl")));

        NoticeRules rules = NoticeLoader.load(RulesSource.of(drafted, drafted.getFileName().toString()));
        assertEquals(2024, rules.notice().year());
        assertEquals("高青县", rules.notice().place());
        assertEquals(10, rules.items().size());
        assertTrue(rules.targets().size() > 0);

        // again: a third file, the second untouched
        String content = Files.readString(drafted, StandardCharsets.UTF_8);
        String again = dispatch("draftRules", prop("Notice", GAOQING.toUri().toString()), prop("Name", "高青"));
        assertTrue(again.startsWith("已从"), again);
        assertTrue(Files.isRegularFile(office.rulesFolder().resolve("2024/高青.drl")), again);
        assertEquals(content, Files.readString(drafted, StandardCharsets.UTF_8));
        Files.delete(drafted);
        Files.delete(office.rulesFolder().resolve("2024/高青.drl"));
    }

    @Test
    @Order(3)
    void aBadNoticeWritesNothing() throws Exception {
        Path dir = Files.createDirectories(Fixtures.DIR.resolve("notices"));
        Path empty = dir.resolve("2025-empty.txt");
        Files.writeString(empty, "");
        Path prose = dir.resolve("shopping.txt");
        Files.writeString(prose, "买菜：白菜两棵，鸡蛋一斤。\n");
        Set<Path> before = drlFiles();

        String message = dispatch("draftRules", prop("Notice", empty.toAbsolutePath().toString()));
        assertTrue(message.startsWith("未生成规则："), message);
        assertEquals(1, message.lines().count(), message);
        message = dispatch("draftRules", prop("Notice", prose.toAbsolutePath().toString()));
        assertTrue(message.startsWith("未生成规则：没有从通知 shopping.txt 中读出年份"), message);
        message = dispatch("draftRules", prop("Notice", dir.resolve("missing.txt").toAbsolutePath().toString()));
        assertTrue(message.startsWith("未生成规则：找不到通知文件"), message);
        message = dispatch("draftRules");
        assertTrue(message.startsWith("未生成规则：没有指定通知文件"), message);

        assertEquals(before, drlFiles());
        assertTrue(Files.notExists(office.rulesFolder().resolve("2025")));
    }

    @Test
    @Order(4)
    void outWritesThereAndOpenShowsTheFileInTheOfficesTextEditor() throws Exception {
        Path dir = Files.createDirectories(Fixtures.DIR.resolve("drafts")).toAbsolutePath();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Path out = dir.resolve("gaoqing.drl");
        int components = components().size();
        String message = dispatch("draftRules", prop("Notice", GAOQING.toString()), prop("Out", out.toString()));
        assertTrue(message.contains("已写入 " + out + "。"), message);
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("package rules.y2024.gaoqing\n"));
        assertEquals(components, components().size(), "not interactive: nothing opened");

        // Open=true opens it in Writer, as the menu does; only where Writer is installed (else the system's
        // default program would be started)
        XComponent writer = UnoRuntime.queryInterface(com.sun.star.frame.XComponentLoader.class, office.desktop)
                .loadComponentFromURL("private:factory/swriter", "_blank", 0, new PropertyValue[] {prop("Hidden", true)});
        Assumptions.assumeTrue(writer != null, "no Writer in this office");
        Office.close(writer);
        message = dispatch("draftRules", prop("Notice", GAOQING.toString()), prop("Out", out.toString()), prop("Open", true));
        Path second = dir.resolve("gaoqing-2.drl");
        assertTrue(message.contains("已写入 " + second + "，已打开供核对。"), message);
        XComponent opened = null;
        for (XModel m : components()) {
            if (m.getURL().startsWith("file:") && Path.of(java.net.URI.create(m.getURL())).equals(second)) {
                opened = UnoRuntime.queryInterface(XComponent.class, m);
            }
        }
        assertNotNull(opened, "the drafted file is open in the office: " + components().stream().map(XModel::getURL).toList());
        try {
            String text = UnoRuntime.queryInterface(XTextDocument.class, opened).getText().getString();
            assertTrue(text.contains("insert(new Notice(2024, \"高青县\"));"), text.lines().limit(20).toList().toString());
            assertTrue(text.contains("package rules.y2024.gaoqing_2"), text.lines().limit(20).toList().toString());
        } finally {
            Office.close(opened);
        }
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
    void lintNamesTheFileAndLineOfABrokenRulesFile() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("rules", "2024", "linzi.drl")));
        lines.add(lines.indexOf("then") + 1, "    insert(Item.of(99, \"坏规则\").units(;");
        String text = String.join("\n", lines) + "\n";
        Path broken = office.rulesFolder().resolve("2024").resolve("broken.drl");
        Files.writeString(broken, text, StandardCharsets.UTF_8);
        try {
            List<LintFinding> expected = RulesLinter.lint("2024/broken.drl", text, 2024);
            assertNotEquals(List.of(), expected);
            String message = dispatch("lintRules");
            System.out.println(message);
            assertTrue(message.startsWith("检查了规则文件夹中的 7 个规则文件，发现 " + expected.size() + " 处问题"), message);
            LintFinding first = expected.get(0);
            assertTrue(first.line() > 0, first.toString());
            assertTrue(message.contains("2024/broken.drl:" + first.line() + ": "), message);
            assertEquals(1, message.lines().count(), message);
            assertTrue(Files.readString(office.extensionLog()).contains("2024/broken.drl:" + first.line() + ": "));
        } finally {
            Files.delete(broken);
        }
        String message = dispatch("lintRules");
        assertTrue(message.contains("没有发现问题"), message);
    }
}
