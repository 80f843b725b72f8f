package cn.stampcheck.poi;

import cn.stampcheck.check.CheckResult;
import cn.stampcheck.check.Finding;
import cn.stampcheck.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import cn.stampcheck.marks.MarkText;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.hssf.record.PaletteRecord;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFPalette;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Writes an annotated copy of a checked .xlsx/.xls file: one comment per flagged cell holding all of
 * its findings in the one mark format of {@link MarkText} (below any comment the cell already had, whose
 * 【说明】 lines stay) and the mark fill, so the office's 清除核查标记 clears such a copy completely. Cell values and other formatting are left as they are; the input is never
 * overwritten, nor is any other file.
 */
public final class Annotator {


    private Annotator() {
    }

    /**
     * Writes {@code outDir/<file name>}, or {@code <name>（2）.xlsx}, {@code （3）}… when a file of that name
     * is already there (the input itself, another input's copy of this run, a copy of an earlier run):
     * never over an existing file, never half-written (see {@link AtomicFile}).
     *
     * @return the path written
     */
    public static Path writeCopy(Path input, CheckResult result, Path outDir) throws IOException {
        String name = input.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".ods")) {
            throw new IOException("--annotate 只支持 .xlsx 和 .xls 文件（.ods 请在 LibreOffice 中用“核查”按钮）");
        }
        ZipGuard.on();
        try (InputStream in = Files.newInputStream(input); Workbook wb = WorkbookFactory.create(in)) {
            annotate(wb, result);
            return AtomicFile.create(names(outDir, name), wb::write);
        } catch (RuntimeException e) {
            // POI wraps a failed write (a full disk) in its own unchecked exceptions
            throw new IOException(e.getMessage(), e);
        }
    }

    /** {@code name}, then {@code stem（2）.ext}, {@code stem（3）.ext}, … up to 999. */
    private static Iterator<Path> names(Path dir, String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return IntStream.rangeClosed(1, 999)
                .mapToObj(n -> dir.resolve(n == 1 ? name : stem + "（" + n + "）" + ext)).iterator();
    }

    static void annotate(Workbook wb, CheckResult result) {
        Sheet sheet = wb.getSheetAt(result.sheetIndex());
        Map<cn.stampcheck.report.Cell, List<Finding>> byCell = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            byCell.computeIfAbsent(key(f.cell()), k -> new java.util.ArrayList<>()).add(f);
        }
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Map<String, CellStyle> styles = new HashMap<>();
        byCell.forEach((at, findings) -> {
            Row row = sheet.getRow(at.row()) != null ? sheet.getRow(at.row()) : sheet.createRow(at.row());
            Cell cell = row.getCell(at.col()) != null ? row.getCell(at.col()) : row.createCell(at.col());
            Comment existing = cell.getCellComment();
            String own = null;
            if (existing != null) {
                String old = existing.getString().getString();
                own = MarkText.isOurs(old) ? MarkText.strip(old).orElse(null) : old;
                cell.removeCellComment();
            }
            String text = MarkText.compose(own, findings.stream().map(MarkText::line).toList());
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(at.col() + 1);
            anchor.setCol2(at.col() + 5);
            anchor.setRow1(at.row());
            anchor.setRow2(at.row() + 3 + findings.size() * 2);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text));
            comment.setAuthor("stampcheck");
            cell.setCellComment(comment);
            cell.setCellStyle(filled(wb, cell.getCellStyle(), MarkText.fill(findings), styles));
        });
    }

    /** A copy of the cell's style with a solid fill, shared between cells of the same style and colour. */
    private static CellStyle filled(Workbook wb, CellStyle original, int rgb, Map<String, CellStyle> styles) {
        return styles.computeIfAbsent(original.getIndex() + ":" + rgb, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(original);
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (s instanceof XSSFCellStyle x) {
                x.setFillForegroundColor(new XSSFColor(bytes(rgb), null));
            } else if (wb instanceof HSSFWorkbook h) {
                s.setFillForegroundColor(paletteIndex(h, rgb));
            }
            return s;
        });
    }

    /**
     * An .xls names colours by palette index: the exact mark colour (so that the office recognises the
     * fill as a mark when clearing), put at an index no style of the workbook uses, so no other cell
     * changes colour.
     */
    private static short paletteIndex(HSSFWorkbook wb, int rgb) {
        byte[] b = bytes(rgb);
        HSSFPalette palette = wb.getCustomPalette();
        HSSFColor existing = palette.findColor(b[0], b[1], b[2]);
        if (existing != null) {
            return existing.getIndex();
        }
        Set<Short> used = new HashSet<>();
        for (int i = 0; i < wb.getNumCellStyles(); i++) {
            HSSFCellStyle st = wb.getCellStyleAt(i);
            used.addAll(List.of(st.getFillForegroundColor(), st.getFillBackgroundColor(), st.getTopBorderColor(),
                    st.getBottomBorderColor(), st.getLeftBorderColor(), st.getRightBorderColor(),
                    st.getFont(wb).getColor()));
        }
        for (short i = PaletteRecord.STANDARD_PALETTE_SIZE + PaletteRecord.FIRST_COLOR_INDEX - 1;
             i >= PaletteRecord.FIRST_COLOR_INDEX; i--) {
            if (!used.contains(i)) {
                palette.setColorAtIndex(i, b[0], b[1], b[2]);
                return i;
            }
        }
        return palette.findSimilarColor(b[0], b[1], b[2]).getIndex();
    }

    private static byte[] bytes(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    private static cn.stampcheck.report.Cell key(cn.stampcheck.report.Cell c) {
        return new cn.stampcheck.report.Cell(c.row(), c.col(), "");
    }
}
