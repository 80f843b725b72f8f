package cn.stampcheck.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.stampcheck.cli.Version;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The built .oxt as the Extension Manager reads it: version from the pom, publisher, licence, zh-CN first. */
class OxtMetadataIT {

    @Test
    void descriptionCarriesThePomVersionPublisherAndLicence() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        String version = xpath.evaluate("/project/version", pom);
        assertEquals(version, Version.number(), "--version and the pom agree");
        try (ZipFile oxt = new ZipFile(Path.of("target/stampcheck.oxt").toFile())) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            Document d;
            try (InputStream in = oxt.getInputStream(oxt.getEntry("description.xml"))) {
                d = f.newDocumentBuilder().parse(in);
            }
            assertEquals(version, xpath.evaluate("/description/version/@value", d));
            assertEquals("stampcheck 项目", xpath.evaluate("/description/publisher/name[1]", d));
            assertTrue(xpath.evaluate("/description/publisher/name[1]/@*[local-name()='href']", d).startsWith("https://"));
            assertEquals("zh-CN", xpath.evaluate("/description/extension-description/src[1]/@lang", d));
            assertEquals("zh-CN", xpath.evaluate("/description/display-name/name[1]/@lang", d));
            String zh = text(oxt, "description-zh.txt").strip();
            assertFalse(zh.contains("\n"), "no hard line breaks in the description");
            assertTrue(text(oxt, "LICENSE").contains("Apache License"));
            assertTrue(text(oxt, "THIRD-PARTY.txt").contains("org.apache.poi:poi:"), "notices of the bundled libraries");
            assertNotNull(oxt.getEntry(xpath.evaluate("/description/release-notes/src/@*[local-name()='href']", d)));
        }
    }

    private static String text(ZipFile zip, String name) throws Exception {
        ZipEntry e = zip.getEntry(name);
        assertNotNull(e, name);
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
