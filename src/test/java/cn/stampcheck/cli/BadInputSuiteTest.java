package cn.stampcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.stampcheck.samples.SampleBook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile and odd files a reliability trial fed the command line, generated here: each ends in its exit
 * status (2 when refused) with one short line that says what the file is, no stack trace, and every input
 * file byte for byte as it was (hashed before and after each test).
 */
class BadInputSuiteTest {

    private static final long GB = 1024L * 1024 * 1024;

    @TempDir
    static Path dir;

    static Path good;

    private final Map<Path, String> hashes = new LinkedHashMap<>();

    @BeforeAll
    static void writeGoodReport() throws Exception {
        good = dir.resolve("临淄区2024年第三季度.xlsx");
        report().save(good);
    }

    private static SampleBook report() {
        return SampleBook.xlsx().sheet("Sheet1")
                .row("临淄区2024年为全区妇女儿童办实事工作进展情况表（第三季度）")
                .row("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                .row("3", "实施“润童心”儿童素养提升工程", "区文旅局 区总工会", "累计开展戏曲进校园活动16场，托管班9个班次。", "2024年12月31日");
    }

    @BeforeEach
    void hashInputs() throws IOException {
        hashes.clear();
        for (Path p : files()) {
            hashes.put(p, sha256(p));
        }
    }

    @AfterEach
    void inputsUnchanged() throws IOException {
        for (Map.Entry<Path, String> e : hashes.entrySet()) {
            assertEquals(e.getValue(), sha256(e.getKey()), "input changed: " + e.getKey());
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).filter(Files::isReadable).toList();
        }
    }

    private static String sha256(Path p) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(p)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    md.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exit 2 and one short line on standard error containing the reason, with no stack trace. */
    private static CliRun refused(String reason, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), run.err());
        assertOneLine(run.err(), reason);
        return run;
    }

    private static void assertOneLine(String text, String reason) {
        String line = text.strip();
        assertEquals(1, line.lines().count(), "one line: " + line);
        assertTrue(line.contains(reason), line);
        assertTrue(line.length() < 200, "short: " + line);
        assertFalse(line.contains("Exception") || line.contains("at cn.") || line.contains("\tat "), line);
    }

    // --- size: bombs, rows, cells -------------------------------------------------------------------

    @Test
    void odsWhoseContentExpandsToOneGigabyteIsRefusedBeforeReading() throws Exception {
        Path bomb = dir.resolve("bomb.ods");
        zip(bomb, Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "content.xml", GB);
        refused("文件过大", "check", bomb.toString());
    }

    @Test
    void odsBombWhoseHeadersLieIsStoppedWhileReading() throws Exception {
        Path bomb = dir.resolve("lying-bomb.ods");
        zip(bomb, Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "content.xml", GB);
        declareSize(bomb, "content.xml", 4096);
        refused("压缩炸弹", "check", bomb.toString());
    }

    @Test
    void xlsxBombIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        Map<String, String> parts = new LinkedHashMap<>(entries(good));
        parts.remove("xl/worksheets/sheet1.xml");
        zip(bomb, parts, "xl/worksheets/sheet1.xml", GB);
        refused("文件过大", "check", bomb.toString());
    }

    @Test
    void xlsxBombWhoseHeadersLieIsStoppedWhileReading() throws Exception {
        Path bomb = dir.resolve("lying-bomb.xlsx");
        Map<String, String> parts = new LinkedHashMap<>(entries(good));
        parts.remove("xl/worksheets/sheet1.xml");
        zip(bomb, parts, "xl/worksheets/sheet1.xml", GB);
        declareSize(bomb, "xl/worksheets/sheet1.xml", 4096);
        refused("压缩炸弹", "check", bomb.toString());
    }

    @Test
    void odsOfOneHundredThousandRowsIsRead() throws Exception {
        Path big = BenchReports.writeOds(dir.resolve("临淄区2024年第三季度-100000行.ods"), 100_000);
        CliRun run = CliRun.of("read", big.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("100000 项"), run.out());
        // how long it takes is measured by bench (--ods-rows), not here
    }

    @Test
    void odsAboveTheRowLimitIsRefusedWithoutExpandingRepeatedRows() throws Exception {
        Path many = dir.resolve("many-rows.ods");
        ods(many, "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell office:value-type=\"string\">"
                + "<text:p>同一行</text:p></table:table-cell></table:table-row>");
        refused("超过上限 200000 行", "check", many.toString());
    }

    @Test
    void odsAboveTheCellLimitIsRefusedWhileExpandingRepeats() throws Exception {
        Path wide = dir.resolve("many-cells.ods");
        ods(wide, "<table:table-row table:number-rows-repeated=\"6000\"><table:table-cell table:number-columns-repeated=\"1000\""
                + " office:value-type=\"string\"><text:p>格</text:p></table:table-cell></table:table-row>");
        refused("超过上限 5000000 个单元格", "check", wide.toString());
    }

    @Test
    void trailingBlankRowsAnOfficeRepeatsAMillionTimesCostNothing() throws Exception {
        Path blank = dir.resolve("临淄区2024年第三季度-blank.ods");
        ods(blank, odsRow("2024年为全区妇女儿童办实事工作进展情况表（第三季度）")
                + odsRow("序号", "实事名称", "责任单位", "本季度具体措施及任务进度情况", "完成时限")
                + odsRow("3", "实施“润童心”儿童素养提升工程", "区文旅局 区总工会", "累计开展戏曲进校园活动16场，托管班9个班次。", "2024年12月31日")
                + "<table:table-row table:number-rows-repeated=\"1048573\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
        CliRun run = CliRun.of("check", "--format", "json", blank.toString());
        assertTrue(run.status() <= 1, run.err());
        assertTrue(run.out().contains("\"rules\" : \"rules/2024/linzi.xlsx\""), run.out());
    }

    @Test
    void oneMegabyteRepetitiveCellIsNotCalledCorruptButSaidToExceedTheCellLimit() throws Exception {
        // POI writes no cell over Excel's limit: the text is put into the saved file's shared strings
        Path placeholder = dir.resolve("placeholder.xlsx");
        report().row("4", "实施家庭教育指导服务行动", "区妇联", "PLACEHOLDER", "2024年12月31日").save(placeholder);
        Map<String, String> parts = entries(placeholder);
        Files.delete(placeholder);
        parts.put("xl/sharedStrings.xml", parts.get("xl/sharedStrings.xml").replace("PLACEHOLDER", "是".repeat(1024 * 1024)));
        Path longCell = dir.resolve("long-cell.xlsx");
        zip(longCell, parts);
        CliRun run = refused("超过单元格上限 32767 个字符", "check", longCell.toString());
        assertFalse(run.err().contains("损坏"), run.err());
        assertTrue(run.err().contains("Sheet1!D4"), "names the cell: " + run.err());
    }

    @Test
    void cellOfExcelsLimitIsRead() throws Exception {
        Path longest = dir.resolve("longest-cell.xlsx");
        report().row("4", "实施家庭教育指导服务行动", "区妇联", "开展".repeat(32_767 / 2), "2024年12月31日").save(longest);
        CliRun run = CliRun.of("read", longest.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("2 项"), run.out());
    }

    // --- files that are not what they say ---------------------------------------------------------

    @Test
    void passwordProtectedXlsxSaysSo() throws Exception {
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(good));
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        refused("密码保护", "check", locked.toString());
    }

    @Test
    void passwordProtectedXlsSaysSo() throws Exception {
        Path locked = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(locked)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("序号");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        refused("密码保护", "check", locked.toString());
    }

    @Test
    void truncatedFileIsCorrupt() throws Exception {
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("truncated.xlsx"), java.util.Arrays.copyOf(all, all.length / 2));
        refused("文件已损坏", "check", cut.toString());
    }

    @Test
    void randomBytesAreCorrupt() throws Exception {
        byte[] noise = new byte[20_000];
        new Random(10).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.xlsx"), noise);
        refused("文件已损坏", "check", file.toString());
    }

    @Test
    void emptyFileIsCorrupt() throws Exception {
        Path file = Files.write(dir.resolve("zero.xls"), new byte[0]);
        refused("文件已损坏", "check", file.toString());
    }

    @Test
    void folderGivenAsAFileSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports.xlsx"));
        CliRun run = refused("文件夹", "check", folder.toString());
        assertFalse(run.err().contains("文件不存在"), run.err());
    }

    @Test
    void wrongExtensionIsCorruptNotMisread() throws Exception {
        Path odsNamedXlsx = dir.resolve("really-ods.xlsx");
        ods(odsNamedXlsx, odsRow("序号"));
        refused("文件已损坏", "check", odsNamedXlsx.toString());
        Path xlsxNamedOds = Files.copy(good, dir.resolve("really-xlsx.ods"));
        refused("文件已损坏", "check", xlsxNamedOds.toString());
    }

    @Test
    void unreadableFileSaysPermissionDenied() throws Exception {
        // root reads a file whatever its mode: this case can only be shown as another user
        assumeFalse("root".equals(System.getProperty("user.name")), "runs as root");
        Path file = Files.copy(good, dir.resolve("no-permission.xlsx"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            refused("没有读取权限", "check", file.toString());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    // --- annotated copies ---------------------------------------------------------------------------

    @Test
    void sameNameFromTwoFoldersIntoOneOfThemOverwritesNothing() throws Exception {
        Path a = Files.createDirectories(dir.resolve("A"));
        Path b = Files.createDirectories(dir.resolve("B"));
        Path inA = Files.copy(good, a.resolve("report.xlsx"));
        Path inB = b.resolve("report.xlsx");
        report().row("4", "实施家庭教育指导服务行动", "区妇联", "培训骨干45人。", "2024年12月31日").save(inB);
        hashInputs();

        CliRun run = CliRun.of("check", "--annotate", b.toString(), inA.toString(), inB.toString());
        assertTrue(run.status() <= 1, run.err());
        assertTrue(Files.exists(b.resolve("report（2）.xlsx")) && Files.exists(b.resolve("report（3）.xlsx")));
        assertEquals(2, run.err().lines().filter(l -> l.contains("已存在，不覆盖")).count(), run.err());
        assertTrue(run.err().contains("report（2）.xlsx"), run.err());

        CliRun again = CliRun.of("check", "--annotate", b.toString(), inA.toString());
        assertTrue(again.status() <= 1, again.err());
        assertTrue(Files.exists(b.resolve("report（4）.xlsx")), "an earlier run's copies are kept too");
        try (Stream<Path> left = Files.list(b)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void fileSizeLimitGivesOneLineLeavesNoCopyAndTheNextFileIsStillChecked() throws Exception {
        Path out = dir.resolve("limited");
        Path other = Files.copy(good, dir.resolve("临淄区2024年第三季度-2.xlsx"));
        hashInputs();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // ulimit -f counts 1 kB blocks: a copy (about 9 kB) cannot be written; the JVM survives (it ignores SIGXFSZ)
        String command = "ulimit -f 4; exec \"$0\" -XX:-UsePerfData -cp \"$1\" cn.stampcheck.cli.Main check --annotate \"$2\" \"$3\" \"$4\"";
        Process p = new ProcessBuilder("bash", "-c", command, java, System.getProperty("java.class.path"),
                out.toString(), good.toString(), other.toString()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), stderr);
        assertEquals(2, stdout.lines().filter(l -> l.startsWith("共 ")).count(), "both files checked: " + stdout);
        List<String> lines = stderr.lines().toList();
        assertEquals(2, lines.size(), stderr);
        for (String line : lines) {
            assertOneLine(line, "超过文件大小限制");
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "no half-written copy, no temporary file");
        }
    }

    @Test
    void outputFolderThatIsAFileGivesOneLine() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("out-file"), "x");
        CliRun run = CliRun.of("check", "--annotate", notAFolder.toString(), good.toString());
        assertEquals(2, run.status());
        assertOneLine(run.err(), "不是文件夹");
    }

    // --- rules draft and bench ----------------------------------------------------------------------

    @Test
    void draftRefusesCorruptDocx() throws Exception {
        Path docx = Files.write(dir.resolve("corrupt.docx"), new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9, 1, 2, 3});
        refused("文件已损坏", "rules", "draft", docx.toString());
    }

    @Test
    void draftReadsAPdfRenamedDocxAsThePdfItIs() throws Exception {
        Path textless = dir.resolve("scan.docx");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(textless.toFile());
        }
        refused("PDF 中没有文字", "rules", "draft", textless.toString());
        Path notice = Files.copy(Path.of("test-data/notices-regression2/2026-junan.pdf"), dir.resolve("junan.docx"));
        CliRun run = CliRun.of("rules", "draft", notice.toString());
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void draftRefusesRandomBytesAndTextThatIsNoNotice() throws Exception {
        byte[] noise = new byte[20_000];
        new Random(3).nextBytes(noise);
        Path bytes = Files.write(dir.resolve("noise.docx"), noise);
        refused("读不出通知的文字", "rules", "draft", bytes.toString());
        Random r = new Random(7);
        StringBuilder chinese = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            chinese.append((char) (0x4E00 + r.nextInt(0x5000))).append(i % 40 == 0 ? "\n" : "");
        }
        Path text = Files.writeString(dir.resolve("random-chinese.txt"), chinese);
        refused("不像是", "rules", "draft", text.toString());
    }

    @Test
    void benchLeavesNoTemporaryFolder() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = benchFolders(tmp);
        CliRun run = CliRun.of("bench", "--cold-runs", "0", "--reports", "4", "--rows", "20", "--ods-rows", "20", "--folder", "0");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("20-row .ods"), run.out());
        assertEquals(before, benchFolders(tmp));
    }

    private static Set<Path> benchFolders(Path tmp) throws IOException {
        try (Stream<Path> all = Files.list(tmp)) {
            return Set.copyOf(all.filter(p -> p.getFileName().toString().startsWith("stampcheck-bench")).toList());
        }
    }

    // --- generated zips -----------------------------------------------------------------------------

    /** The entries of a small zip as text. */
    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** A zip of small text parts and one part of {@code bytes} spaces (a few MB compressed). */
    private static void zip(Path file, Map<String, String> parts, String big, long bytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(1);
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            zip.putNextEntry(new ZipEntry(big));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long n = 0; n < bytes; n += spaces.length) {
                zip.write(spaces);
            }
        }
    }

    /** Overwrites the inflated size the central directory declares for one entry: a zip whose header lies. */
    private static void declareSize(Path file, String entry, int size) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = zip.length - 46; i >= 0; i--) {
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == name.length
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                b.putInt(i + 24, size);
                Files.write(file, zip);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + entry);
    }

    private static String odsRow(String... texts) {
        StringBuilder row = new StringBuilder("<table:table-row>");
        for (String t : texts) {
            row.append("<table:table-cell office:value-type=\"string\"><text:p>").append(t).append("</text:p></table:table-cell>");
        }
        return row.append("</table:table-row>").toString();
    }

    /** An .ods of one sheet whose rows are given as content.xml text. */
    private static void ods(Path file, String rows) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        parts.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"Sheet1\">" + rows + "</table:table></office:spreadsheet></office:body></office:document-content>");
        zip(file, parts);
    }

    private static void zip(Path file, Map<String, String> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
