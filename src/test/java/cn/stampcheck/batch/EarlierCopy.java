package cn.stampcheck.batch;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A copy of a report "one quarter earlier": every text cell with {@code from} rewritten to {@code to}
 * (the title's 第三季度 to 第二季度, say), and in one cell one figure replaced by another.
 */
public final class EarlierCopy {

    private EarlierCopy() {
    }

    public static Path write(Path report, Path copy, String from, String to, String cell, String figure, String earlier)
            throws Exception {
        try (InputStream in = Files.newInputStream(report); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int changed = 0;
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = c.getStringCellValue();
                    String now = text.replace(from, to);
                    if (c.getAddress().formatAsString().equals(cell)) {
                        if (!now.contains(figure)) {
                            throw new IllegalArgumentException(cell + " has no " + figure + ": " + text);
                        }
                        now = now.replace(figure, earlier);
                        changed++;
                    }
                    if (!now.equals(text)) {
                        c.setCellValue(now);
                    }
                }
            }
            if (changed != 1) {
                throw new IllegalArgumentException("no text cell " + cell);
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
        }
        return copy;
    }
}
