package cn.stampcheck.poi;

import cn.stampcheck.batch.FileResult;
import cn.stampcheck.batch.FileSummary;
import cn.stampcheck.batch.FindingRow;
import cn.stampcheck.batch.Overview;
import cn.stampcheck.batch.Status;
import cn.stampcheck.files.AtomicFile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a folder run's overview as an .xlsx: sheet 总览 with a row per file (its path below the folder the
 * files share, linked to the file relative to the overview so that both can be moved together; the column as
 * wide as the longest path) and sheet 问题清单 with a row per
 * finding; each with a frozen, filtered header and set widths. Rows are streamed (SXSSF), so a thousand
 * files cost no more memory than the overview's own rows. The file appears only when complete.
 */
public final class OverviewWriter {

    /** A column: its header, its width in characters, and how a row fills it. */
    private record Column<T>(String header, int width, Function<T, Object> value) {
    }

    private static final List<Column<FileSummary>> FILE_COLUMNS = List.of(
            new Column<>("文件", 40, FileSummary::file),
            new Column<>("工作表", 12, FileSummary::sheet),
            new Column<>("规则", 14, FileSummary::rules),
            new Column<>("季度", 6, s -> s.quarter() == 0 ? "" : s.quarter()),
            new Column<>("错误", 6, s -> s.status() == Status.UNCHECKABLE ? "" : s.errors()),
            new Column<>("提醒", 6, s -> s.status() == Status.UNCHECKABLE ? "" : s.warnings()));

    /** Shown only when some file carries a clerk's 【说明】, so that a first round's overview stays plain. */
    private static final Column<FileSummary> EXPLAINED =
            new Column<>("已说明", 7, s -> s.status() == Status.UNCHECKABLE ? "" : s.explained());

    private static final List<Column<FileSummary>> VERDICT_COLUMNS = List.of(
            new Column<>("状态", 9, FileSummary::status),
            new Column<>("原因", 50, FileSummary::reason),
            new Column<>("上季度对比", 40, FileSummary::pairing));

    private static final List<Column<FindingRow>> FINDINGS = List.of(
            new Column<>("文件", 40, FindingRow::file),
            new Column<>("工作表", 12, FindingRow::sheet),
            new Column<>("单元格", 7, FindingRow::cell),
            new Column<>("序号", 6, f -> f.item() == null ? "" : f.item()),
            new Column<>("问题", 16, f -> f.code().title()),
            new Column<>("代码", 18, f -> f.code().name()),
            new Column<>("级别", 6, f -> f.code().severity().chinese()),
            new Column<>("内容", 80, FindingRow::message),
            new Column<>("说明", 40, FindingRow::explanation));

    /** How wide the file column may grow for long paths, in characters. */
    private static final int MAX_PATH_WIDTH = 90;

    private OverviewWriter() {
    }

    /** Writes {@code out} (through a temporary file beside it, so that a failure leaves no half file). */
    public static void write(Overview overview, Path out) throws IOException {
        Links links = new Links(out.toAbsolutePath().getParent(),
                sharedFolder(overview.files().stream().map(r -> r.summary().file()).toList()));
        AtomicFile.replace(out, os -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                Styles styles = new Styles(wb);
                boolean explained = overview.files().stream().anyMatch(r -> r.summary().explained() > 0);
                List<Column<FileSummary>> fileColumns = new ArrayList<>(FILE_COLUMNS);
                if (explained) {
                    fileColumns.add(EXPLAINED);
                }
                fileColumns.addAll(VERDICT_COLUMNS);
                int width = overview.files().stream().mapToInt(r -> shownWidth(links.shown(r.summary().file())))
                        .max().orElse(0);
                Sheet files = sheet(wb, "总览", fileColumns, styles, width);
                Sheet findings = sheet(wb, "问题清单", FINDINGS, styles, width);
                int fileRow = 1;
                int findingRow = 1;
                for (FileResult r : overview.files()) {
                    row(files, fileRow++, fileColumns, r.summary(), links, styles);
                    for (FindingRow f : r.findings()) {
                        row(findings, findingRow++, FINDINGS, f, links, styles);
                    }
                }
                finish(files, fileRow, fileColumns.size());
                finish(findings, findingRow, FINDINGS.size());
                wb.write(os);
                wb.dispose();
            }
        });
    }

    /** The cell styles: a bold header, one fill per status. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle link;
        final Map<Status, CellStyle> status = new EnumMap<>(Status.class);

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            link = wb.createCellStyle();
            link.setFont(blue);
            status.put(Status.READY, fill(wb, IndexedColors.LIGHT_GREEN));
            status.put(Status.NEEDS_CHANGES, fill(wb, IndexedColors.ROSE));
            status.put(Status.UNCHECKABLE, fill(wb, IndexedColors.GREY_25_PERCENT));
        }

        private static CellStyle fill(SXSSFWorkbook wb, IndexedColors colour) {
            CellStyle s = wb.createCellStyle();
            s.setFillForegroundColor(colour.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }
    }

    /** @param pathWidth the longest shown path, in the width units of {@link #shownWidth} */
    private static <T> Sheet sheet(SXSSFWorkbook wb, String name, List<Column<T>> columns, Styles styles,
                                   int pathWidth) {
        Sheet sheet = wb.createSheet(name);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            int width = c == 0 ? Math.min(MAX_PATH_WIDTH, Math.max(columns.get(c).width(), pathWidth + 2))
                    : columns.get(c).width();
            sheet.setColumnWidth(c, width * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * One row; a path becomes its name below the shared folder, linked to the file; a status its Chinese word
     * on its colour.
     */
    private static <T> void row(Sheet sheet, int index, List<Column<T>> columns, T value, Links links, Styles styles) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < columns.size(); c++) {
            Object v = columns.get(c).value().apply(value);
            Cell cell = row.createCell(c);
            if (v instanceof Path p) {
                cell.setCellValue(links.shown(p));
                Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
                link.setAddress(uri(relative(links.overviewFolder(), p)));
                cell.setHyperlink(link);
                cell.setCellStyle(styles.link);
            } else if (v instanceof Status status) {
                cell.setCellValue(status.chinese());
                cell.setCellStyle(styles.status.get(status));
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v == null ? "" : v.toString());
            }
        }
    }

    private static void finish(Sheet sheet, int rows, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
    }

    /** Where the overview lies (links start there) and the folder all files share (shown names start there). */
    private record Links(Path overviewFolder, Path sharedFolder) {
        String shown(Path file) {
            return relative(sharedFolder, file);
        }
    }

    /** The deepest folder holding every file (their common ancestor). */
    static Path sharedFolder(List<Path> files) {
        Path shared = null;
        for (Path f : files) {
            Path folder = f.toAbsolutePath().normalize().getParent();
            if (shared == null) {
                shared = folder;
            }
            while (shared != null && !folder.startsWith(shared)) {
                shared = shared.getParent();
            }
        }
        return shared == null ? Path.of("").toAbsolutePath() : shared;
    }

    /** A text's width as a column counts it: a Chinese character takes two. */
    private static int shownWidth(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1).sum();
    }

    /** The file's path from a folder, with / between names; absolute when on another root. */
    static String relative(Path dir, Path file) {
        Path f = file.toAbsolutePath().normalize();
        try {
            return dir.normalize().relativize(f).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return f.toString();
        }
    }

    /** A relative link as a URI reference: names percent-encoded where a URI needs it (spaces, #). */
    private static String uri(String relative) {
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relative;
        }
    }
}
