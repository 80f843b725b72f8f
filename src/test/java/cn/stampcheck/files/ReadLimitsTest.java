package cn.stampcheck.files;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits an .xls meets before POI reads it whole: its filled cells counted record by record. */
class ReadLimitsTest {

    @TempDir
    Path dir;

    static ReadLimits cells(long cells) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(d.fileBytes(), d.partBytes(), d.totalBytes(), d.rows(), cells, d.cellChars());
    }

    /** Every .xls of the samples, written by POI and by LibreOffice (which packs runs of numbers). */
    static Stream<Path> xlsFiles() throws Exception {
        try (Stream<Path> s = Files.walk(Path.of("test-data"))) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".xls")).sorted().toList();
            assertFalse(all.isEmpty());
            return all.stream();
        }
    }

    /** The count before reading is the count of filled cells the reader then finds: refused one below it. */
    @ParameterizedTest
    @MethodSource("xlsFiles")
    void anXlsIsCountedBeforeItIsRead(Path xls) throws Exception {
        Workbook book = WorkbookFiles.read(xls);
        long filled = 0;
        for (Grid sheet : book.sheets()) {
            for (List<String> row : sheet.rows()) {
                filled += row.stream().filter(c -> !c.isEmpty()).count();
            }
        }
        long counted = filled;
        assertDoesNotThrow(() -> cells(counted).checkBeforeReading(xls));
        RefusedFileException e = assertThrows(RefusedFileException.class, () -> cells(counted - 1).checkBeforeReading(xls));
        assertEquals("文件过大，不核查：" + xls.getFileName() + "（超过 " + (counted - 1) + " 个单元格）", e.getMessage());
    }

    /**
     * Excel packs a run of numbers in a row into one record (MULRK); each of its cells counts. A minimal
     * BIFF8 stream: the globals (BOF, code page, EOF), a sheet's BOF, one MULRK of {@code n} cells, EOF.
     */
    @Test
    void aRunOfNumbersInOneRecordCountsEachCell() throws Exception {
        int n = 200;
        java.io.ByteArrayOutputStream biff = new java.io.ByteArrayOutputStream();
        record(biff, 0x0809, bof(0x0005));
        record(biff, 0x0042, new byte[] {(byte) 0xB0, 0x04}); // CODEPAGE 1200: the globals may not be empty
        record(biff, 0x000A, new byte[0]);
        record(biff, 0x0809, bof(0x0010));
        java.nio.ByteBuffer mulRk = java.nio.ByteBuffer.allocate(6 + 6 * n).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        mulRk.putShort((short) 0).putShort((short) 0);
        for (int i = 0; i < n; i++) {
            mulRk.putShort((short) 15).putInt(((i + 1) << 2) | 2); // an integer RK: the value shifted, flag 2
        }
        mulRk.putShort((short) (n - 1));
        record(biff, 0x00BD, mulRk.array());
        record(biff, 0x000A, new byte[0]);
        Path xls = dir.resolve("packed.xls");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                java.io.OutputStream out = Files.newOutputStream(xls)) {
            fs.createDocument(new java.io.ByteArrayInputStream(biff.toByteArray()), "Workbook");
            fs.writeFilesystem(out);
        }
        assertDoesNotThrow(() -> cells(n).checkBeforeReading(xls));
        assertThrows(RefusedFileException.class, () -> cells(n - 1).checkBeforeReading(xls));
    }

    private static byte[] bof(int type) {
        return java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 0x0600).putShort((short) type).putShort((short) 0x0DBB).putShort((short) 0x07CC)
                .putInt(0).putInt(0x06).array();
    }

    private static void record(java.io.ByteArrayOutputStream biff, int sid, byte[] data) {
        biff.write(sid & 0xff);
        biff.write(sid >> 8);
        biff.write(data.length & 0xff);
        biff.write(data.length >> 8);
        biff.writeBytes(data);
    }

    @Test
    void aFileThatIsNoXlsIsLeftToTheReader() throws Exception {
        Path junk = Files.write(dir.resolve("junk.xls"), new byte[] {1, 2, 3, 4});
        assertDoesNotThrow(() -> cells(0).checkBeforeReading(junk));
    }
}
