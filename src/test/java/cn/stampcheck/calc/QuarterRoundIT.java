package cn.stampcheck.calc;

import static cn.stampcheck.calc.Docs.qi;
import static cn.stampcheck.calc.Office.prop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.batch.EarlierCopy;
import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.container.XHierarchicalNameAccess;
import com.sun.star.uno.UnoRuntime;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 核查 ▸ 核查文件夹… and 核查 ▸ 与上季度对比… in a real headless LibreOffice, dispatched with
 * {@code Interactive=false}: the overview of a sample folder written beside it with the folder unchanged,
 * no overwrite without leave, and last quarter's report remembered in the document and compared.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuarterRoundIT {

    static final Path SAMPLES = Path.of("test-data/2024-linzi").toAbsolutePath();
    static final Path LINZI_Q3 = SAMPLES.resolve("临淄区2024年第三季度妇女儿童实事进展汇总.xlsx");
    static Office office;
    static XComponent empty;
    static Path dir;

    @BeforeAll
    static void startOffice() throws Exception {
        dir = Files.createDirectories(Fixtures.DIR.resolve("quarter-round")).toAbsolutePath();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
        office = Office.start();
        empty = office.newSpreadsheet();
    }

    @AfterAll
    static void stopOffice() throws Exception {
        if (empty != null) {
            Office.close(empty);
        }
        if (office != null) {
            office.close();
        }
    }

    private static String dispatch(XComponent doc, String command, PropertyValue... args) {
        List<PropertyValue> all = new ArrayList<>(List.of(prop("Interactive", false)));
        all.addAll(List.of(args));
        return office.dispatch(doc, command, all.toArray(PropertyValue[]::new));
    }

    static Map<Path, String> hashes(Path folder) throws Exception {
        Map<Path, String> hashes = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                hashes.put(p, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return hashes;
    }

    @Test
    @Order(0)
    void theMenuHasBothEntries() throws Exception {
        Object provider = office.ctx.getServiceManager().createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", office.ctx);
        Object access = UnoRuntime.queryInterface(XMultiServiceFactory.class, provider).createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess",
                new Object[] {prop("nodepath", "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/cn.stampcheck.menu/Submenu")});
        var menu = UnoRuntime.queryInterface(XHierarchicalNameAccess.class, access);
        assertEquals("stampcheck:checkFolder", menu.getByHierarchicalName("m31/URL"));
        assertEquals("核查文件夹…", menu.getByHierarchicalName("m31/Title"));
        assertEquals("stampcheck:comparePrevious", menu.getByHierarchicalName("m32/URL"));
        assertEquals("与上季度对比…", menu.getByHierarchicalName("m32/Title"));
        UnoRuntime.queryInterface(XComponent.class, access).dispose();
    }

    @Test
    @Order(1)
    void checkFolderWritesTheOverviewAndLeavesTheFolderAlone() throws Exception {
        Map<Path, String> before = hashes(SAMPLES);
        long files = before.size();
        Path out = dir.resolve("临淄-核查总览.xlsx");
        String message = dispatch(empty, "checkFolder", prop("Folder", SAMPLES.toUri().toString()), prop("Out", out.toString()));
        System.out.println(message);
        assertTrue(message.startsWith("已核查 2024-linzi 中的 " + files + " 个文件：可盖章 "), message);
        assertTrue(message.endsWith("总览已写入 " + out + "。"), message);
        assertEquals(before, hashes(SAMPLES), "nothing in the folder changed");
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("总览", wb.getSheetName(0));
            assertEquals(files, wb.getSheet("总览").getLastRowNum(), "one row per file below the header");
            assertTrue(wb.getSheet("问题清单").getLastRowNum() > 0);
        }

        // the overview exists: refused unless Overwrite=true
        Files.writeString(out, "mine");
        String again = dispatch(empty, "checkFolder", prop("Folder", SAMPLES.toString()), prop("Out", out.toString()));
        assertTrue(again.startsWith("未写入总览：" + out + " 已存在"), again);
        assertEquals("mine", Files.readString(out));
        String replaced = dispatch(empty, "checkFolder", prop("Folder", SAMPLES.toString()), prop("Out", out.toString()),
                prop("Overwrite", true));
        assertTrue(replaced.startsWith("已核查"), replaced);
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals(files, wb.getSheet("总览").getLastRowNum());
        }

        // never into the folder itself
        String inside = dispatch(empty, "checkFolder", prop("Folder", SAMPLES.toString()),
                prop("Out", SAMPLES.resolve("总览.xlsx").toString()));
        assertTrue(inside.startsWith("未核查：总览不能写在被核查的文件夹中"), inside);
        assertEquals(before, hashes(SAMPLES));
    }

    @Test
    @Order(2)
    void withoutOutTheOverviewGoesNextToTheFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("报表"));
        Files.copy(LINZI_Q3, folder.resolve(LINZI_Q3.getFileName()));
        String message = dispatch(empty, "checkFolder", prop("Folder", folder.toString()), prop("Open", true));
        Path out = dir.resolve("报表" + CheckFolder.SUFFIX);
        assertTrue(message.endsWith("总览已写入 " + out + "。"), message);
        assertTrue(Files.isRegularFile(out));

        // Open=true (what the menu does): the overview is open in the office
        XComponent opened = null;
        com.sun.star.container.XEnumeration e = office.desktop.getComponents().createEnumeration();
        while (e.hasMoreElements()) {
            Object c = e.nextElement();
            var m = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, c instanceof com.sun.star.uno.Any a ? a.getObject() : c);
            if (m != null && m.getURL().startsWith("file:") && Path.of(java.net.URI.create(m.getURL())).equals(out)) {
                opened = UnoRuntime.queryInterface(XComponent.class, m);
            }
        }
        assertTrue(opened != null, "the overview is open in the office");
        try {
            assertEquals(List.of("总览", "问题清单"), Docs.sheetNames(opened));
            // in the office, the file name is a link to the report and the header row stays in view
            var cell = Docs.sheet(opened, "总览").getCellByPosition(0, 1);
            var fields = qi(com.sun.star.text.XTextFieldsSupplier.class, cell).getTextFields().createEnumeration();
            assertTrue(fields.hasMoreElements(), "the file name is a link");
            String url = (String) qi(XPropertySet.class, fields.nextElement()).getPropertyValue("URL");
            assertEquals(folder.resolve(LINZI_Q3.getFileName()), Path.of(java.net.URI.create(url)).toAbsolutePath());
            var view = qi(com.sun.star.view.XSelectionSupplier.class, qi(com.sun.star.frame.XModel.class, opened)
                    .getCurrentController());
            assertTrue(qi(com.sun.star.sheet.XViewFreezable.class, view).hasFrozenPanes(), "the header row is frozen");
        } finally {
            Office.close(opened);
        }
    }

    @Test
    @Order(3)
    void comparePreviousMarksTheFallenFigureAndIsRemembered() throws Exception {
        Path q2 = EarlierCopy.write(LINZI_Q3, dir.resolve("临淄区2024年第二季度妇女儿童实事进展汇总.xlsx"),
                "第三季度", "第二季度", "D7", "共开展14场", "共开展17场");
        XComponent doc = office.load(LINZI_Q3);
        try {
            String plain = dispatch(doc, "check");
            assertTrue(plain.startsWith("核查完成"), plain);
            TreeSet<String> alone = Docs.marks(doc);

            String message = dispatch(doc, "comparePrevious", prop("Previous", q2.toString()));
            assertTrue(message.startsWith("核查完成（第3季度，"), message);
            assertTrue(message.contains("2024年临淄区，与第2季度的 " + q2.getFileName() + " 对比）：错误 1 处"), message);
            TreeSet<String> compared = Docs.marks(doc);
            TreeSet<String> added = new TreeSet<>(compared);
            added.removeAll(alone);
            assertEquals(new TreeSet<>(List.of("D7 FIGURE_DECREASED")), added);
            assertEquals(alone.size() + 1, compared.size());
            assertEquals(q2.toString(), previousProperty(doc));

            // remembered: a plain check compares again
            String later = dispatch(doc, "check");
            assertTrue(later.contains("与第2季度的 " + q2.getFileName() + " 对比"), later);
            assertEquals(compared, Docs.marks(doc));

            // a missing file is refused and the remembered one kept; an empty Previous forgets it
            String missing = dispatch(doc, "comparePrevious", prop("Previous", dir.resolve("无此文件.xlsx").toString()));
            assertTrue(missing.startsWith("未对比：找不到文件"), missing);
            assertEquals(q2.toString(), previousProperty(doc));
            String forget = dispatch(doc, "comparePrevious", prop("Previous", ""));
            assertEquals("本文档不再与上季度报表对比。", forget);
            assertNull(previousProperty(doc));
            dispatch(doc, "check");
            assertEquals(alone, Docs.marks(doc));
        } finally {
            Office.close(doc);
        }
    }

    static String previousProperty(XComponent doc) throws Exception {
        XPropertySet props = qi(XPropertySet.class,
                qi(XDocumentPropertiesSupplier.class, doc).getDocumentProperties().getUserDefinedProperties());
        return props.getPropertySetInfo().hasPropertyByName("StampcheckPrevious")
                ? String.valueOf(props.getPropertyValue("StampcheckPrevious")) : null;
    }
}
