package cn.stampcheck.ods;

import cn.stampcheck.report.Cell;
import cn.stampcheck.report.CellRange;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import com.github.miachm.sods.OfficeAnnotation;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads .ods files with SODS (a small, maintained pure-Java ODF reader), so checking an .ods needs no
 * office installed. Numbers are written without a trailing ".0", dates as 2024-12-31.
 */
public final class OdsReader {

    private OdsReader() {
    }

    public static Workbook read(Path file) throws IOException {
        SpreadSheet book = new SpreadSheet(file.toFile());
        List<Grid> grids = new ArrayList<>();
        for (Sheet sheet : book.getSheets()) {
            grids.add(grid(sheet));
        }
        return new Workbook(file.getFileName().toString(), grids);
    }

    private static Grid grid(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        List<CellRange> merges = new ArrayList<>();
        Map<String, String> comments = new HashMap<>();
        if (sheet.getMaxRows() > 0 && sheet.getMaxColumns() > 0) {
            Range all = sheet.getDataRange();
            Object[][] values = all.getValues();
            OfficeAnnotation[][] notes = all.getAnnotations();
            for (int r = 0; r < notes.length; r++) {
                for (int c = 0; c < notes[r].length; c++) {
                    if (notes[r][c] != null && notes[r][c].getMsg() != null) {
                        comments.put(Cell.address(all.getRow() + r, all.getColumn() + c), notes[r][c].getMsg());
                    }
                }
            }
            for (Object[] row : values) {
                List<String> texts = new ArrayList<>(row.length);
                for (Object v : row) {
                    texts.add(text(v));
                }
                rows.add(texts);
            }
            for (Range r : all.getMergedCells()) {
                merges.add(new CellRange(r.getRow(), r.getColumn(), r.getLastRow(), r.getLastColumn()));
            }
        }
        return new Grid(sheet.getName(), rows, merges, comments, sheet.isHidden());
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate().toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }
}
