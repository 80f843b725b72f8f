package cn.stampcheck.files;

import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cell texts of a rules table (.xlsx) with the JDK's XML reader only. A table is read at the
 * first check after the office starts, and POI's first use costs more than a second there (its XML
 * binding loads thousands of classes); a rules table needs only texts and plain numbers, so this reads
 * the shared strings and each sheet's {@code <c>} elements and nothing else. Numbers come as written
 * (2024, 0.95); a date typed into a cell comes as its serial day number, which {@code NoticeTable} reads.
 * Reports, with their formulas, formats and merges, stay with POI.
 */
final class XlsxCells {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private XlsxCells() {
    }

    static Workbook read(Path file) throws IOException {
        // the bundled tables live inside the jar, where a Path has no File: read the entries from the stream
        Map<String, byte[]> zip = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.put(e.getName(), in.readAllBytes());
            }
        }
        try {
            List<String> shared = sharedStrings(zip);
            Map<String, String> targets = relationships(zip);
            List<Grid> sheets = new ArrayList<>();
            try (InputStream in = stream(zip, "xl/workbook.xml")) {
                XMLStreamReader x = XML.createXMLStreamReader(in);
                while (x.hasNext()) {
                    if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("sheet")) {
                        String id = attribute(x, "id");
                        String target = targets.get(id);
                        if (target != null) {
                            String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                            sheets.add(sheet(zip, path, attribute(x, "name"), shared));
                        }
                    }
                }
            }
            return new Workbook(file.getFileName().toString(), sheets);
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("不是有效的 .xlsx 文件：" + file.getFileName(), e);
        }
    }

    private static Grid sheet(Map<String, byte[]> zip, String path, String name, List<String> shared)
            throws IOException, XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = stream(zip, path)) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            String ref = null;
            String type = null;
            StringBuilder text = null;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "c" -> {
                            ref = attribute(x, "r");
                            type = attribute(x, "t");
                            text = new StringBuilder();
                        }
                        case "v", "t" -> {
                            if (text != null) {
                                text.append(x.getElementText());
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c") && ref != null) {
                    put(rows, ref, value(type, text.toString(), shared));
                    ref = null;
                    text = null;
                }
            }
        }
        return new Grid(name, rows, List.of());
    }

    private static String value(String type, String raw, List<String> shared) {
        if ("s".equals(type)) {
            return shared.get(Integer.parseInt(raw.strip()));
        }
        if (type == null || "n".equals(type)) {
            return raw.isBlank() ? "" : new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        }
        return raw;
    }

    /** Sets the text at an A1 reference, growing the rows as needed. */
    private static void put(List<List<String>> rows, String ref, String text) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = Integer.parseInt(ref.substring(i)) - 1;
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<String> r = rows.get(row);
        while (r.size() < col) {
            r.add("");
        }
        r.set(col - 1, text);
    }

    private static List<String> sharedStrings(Map<String, byte[]> zip) throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        if (!zip.containsKey("xl/sharedStrings.xml")) {
            return out;
        }
        try (InputStream in = stream(zip, "xl/sharedStrings.xml")) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            StringBuilder item = null;
            boolean phonetic = false;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "si" -> item = new StringBuilder();
                        case "rPh" -> phonetic = true;
                        case "t" -> {
                            String t = x.getElementText();
                            if (item != null && !phonetic) {
                                item.append(t);
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (x.getLocalName().equals("rPh")) {
                        phonetic = false;
                    } else if (x.getLocalName().equals("si") && item != null) {
                        out.add(item.toString());
                        item = null;
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> relationships(Map<String, byte[]> zip) throws IOException, XMLStreamException {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = stream(zip, "xl/_rels/workbook.xml.rels")) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
                    out.put(attribute(x, "Id"), attribute(x, "Target"));
                }
            }
        }
        return out;
    }

    private static InputStream stream(Map<String, byte[]> zip, String name) throws IOException {
        byte[] bytes = zip.get(name);
        if (bytes == null) {
            throw new IOException("不是有效的 .xlsx 文件（缺少 " + name + "）");
        }
        return new ByteArrayInputStream(bytes);
    }

    /** An attribute by local name, whatever its namespace prefix (r:id). */
    private static String attribute(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (x.getAttributeLocalName(i).equals(local)) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }
}
