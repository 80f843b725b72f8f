package cn.stampcheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes synthetic 2024 临淄 reports of a given size for the benchmark: ten item rows repeated. */
final class BenchReports {

    private static final String[][] ITEMS = {
        {"实施教育资源优化工程", "区教体局", "本季度完成3所考点学校空调安装，累计安装4所；打造智慧教育应用场景2个。"},
        {"实施“阳光成长”青少年身心健康护航行动", "区教体局 区检察院", "开展“法治进校园”宣讲活动4场，累计9场。"},
        {"实施“润童心”儿童素养提升工程", "区文旅局 区总工会", "本季度开展“戏曲进校园”活动5场，累计开展12场；开展托管教学课程8个班次。"},
        {"实施家庭教育指导服务行动", "区妇联 区教体局", "培训家庭教育骨干力量45人，打造指导服务站点15个。"},
        {"实施特殊困难儿童关爱项目", "区民政局 区残联 团区委", "为150名残疾儿童实施康复救助，新建“希望小屋”5间。"},
        {"实施巾帼促就业计划", "区人社局 区妇联", "举办女性就业专场招聘活动2场次，开设巾帼创富课堂6场。"},
        {"实施适龄妇女“两癌”免费检查和救助行动", "区卫健局 区妇联", "截至9月底，累计完成“两癌”免费检查1.6万名，计划年底前完成2.1万名。"},
        {"实施新型婚育文化培育行动", "区总工会 团区委 区妇联 临淄医保分局 区住建局", "住院分娩报销比例达到100%。"},
        {"实施妇女儿童权益保障工作", "区司法局 区妇联 临淄公安分局 区法院", "送教上门18次，“送法进校园”活动5场，“法院开放日”活动4场。"},
        {"开展“美妆护苗”集中整治行动", "区市场监管局", "检查学校周边超市32家。"},
    };

    private BenchReports() {
    }

    /**
     * The same report as an .ods: content.xml written directly (the command line has no .ods writer), with
     * the parts an office needs to open it.
     */
    static Path writeOds(Path file, int rows) throws IOException {
        StringBuilder xml = new StringBuilder(rows * 400);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content")
                .append(" xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"")
                .append(" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"")
                .append(" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">")
                .append("<office:body><office:spreadsheet><table:table table:name=\"Sheet1\">")
                .append("<table:table-column table:number-columns-repeated=\"5\"/>");
        odsRow(xml, "2024年为全区妇女儿童办实事工作进展情况表（第三季度）");
        odsRow(xml, "序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限");
        for (int r = 0; r < rows; r++) {
            String[] item = ITEMS[r % ITEMS.length];
            odsRow(xml, String.valueOf(r % ITEMS.length + 1), item[0], item[1], item[2], "2024年12月31日");
        }
        xml.append("</table:table></office:spreadsheet></office:body></office:document-content>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                    + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\""
                    + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static void odsRow(StringBuilder xml, String... texts) {
        xml.append("<table:table-row>");
        for (String t : texts) {
            xml.append("<table:table-cell office:value-type=\"string\"><text:p>")
                    .append(t.replace("&", "&amp;").replace("<", "&lt;")).append("</text:p></table:table-cell>");
        }
        xml.append("</table:table-row>");
    }

    static Path write(Path dir, int rows) throws IOException {
        return write(dir.resolve("临淄区2024年第三季度-" + rows + "行.xlsx"), rows, "第三季度");
    }

    /** The longest text a cell holds (Excel's limit); the extractor must stay near linear up to it. */
    static final int LONGEST_CELL = 32_767;

    /**
     * A 10-row report whose first item's progress cell is {@link #LONGEST_CELL} characters long: every
     * item's progress text over and over, as a department that pastes its whole work summary writes it,
     * in one sentence (full stops made commas), the hardest shape for a reader that looks back in a sentence.
     */
    static Path writeLongCell(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < LONGEST_CELL; i++) {
            text.append(ITEMS[i % ITEMS.length][2].replace('。', '，'));
        }
        return write(dir.resolve("临淄区2024年第三季度-长单元格.xlsx"), 10, "第三季度", text.substring(0, LONGEST_CELL));
    }

    /** @param quarter the quarter as the title writes it, e.g. 第二季度 */
    static Path write(Path file, int rows, String quarter) throws IOException {
        return write(file, rows, quarter, null);
    }

    /** @param firstProgress the first item's progress text instead of its usual one, or null */
    private static Path write(Path file, int rows, String quarter, String firstProgress) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Sheet1");
            sheet.createRow(0).createCell(0).setCellValue("2024年为全区妇女儿童办实事工作进展情况表（" + quarter + "）");
            String[] header = {"序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限"};
            XSSFRow h = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows; r++) {
                String[] item = ITEMS[r % ITEMS.length];
                XSSFRow row = sheet.createRow(r + 2);
                row.createCell(0).setCellValue(r % ITEMS.length + 1);
                row.createCell(1).setCellValue(item[0]);
                row.createCell(2).setCellValue(item[1]);
                row.createCell(3).setCellValue(r == 0 && firstProgress != null ? firstProgress : item[2]);
                row.createCell(4).setCellValue("2024年12月31日");
            }
            wb.write(out);
        }
        return file;
    }
}
