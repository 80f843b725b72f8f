package cn.stampcheck.draft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's 附件 table read back into rows of cells by where its characters stand. A PDF keeps no table, only
 * characters at positions; read line by line, the narrow cells of a table (often on a landscape page) run into
 * each other: "…其中泰山区 9000 市卫生健康委 2026 年 11 月底". Here the header row (序号, 实事名称, 目标任务,
 * 责任单位, 完成时限) gives the columns, the blank strips between them the borders, each line's characters go to
 * the column they stand in, and a number in the first column starts a row. A row cut by a page break, under the
 * header repeated on the next page, is joined. The rows come out as tab-separated cells, as Word tables do
 * ({@link NoticeText}), on the page the row starts on; pages without such a table are left to PDFBox's reading.
 */
final class PdfTable {

    private static final Pattern HEADER_NAME = Pattern.compile("实事名称|项目名称|实事项目|项目");
    private static final Pattern HEADER_REST = Pattern.compile("目标|任务|内容|单位|部门|时限|时间");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,2}|[一二三四五六七八九十]{1,3}");

    private record Glyph(float x, float y, float w, float h, String text) {
        float end() {
            return x + w;
        }
    }

    private record Line(float y, float h, List<Glyph> glyphs) {
        String text() {
            StringBuilder b = new StringBuilder();
            Glyph last = null;
            for (Glyph g : glyphs) {
                if (last != null && g.x() - last.end() > 0.5f * h) {
                    b.append(' ');
                }
                b.append(g.text());
                last = g;
            }
            return b.toString();
        }

        String compact() {
            return text().replaceAll("\\s+", "");
        }
    }

    /** The open table: its column borders, which columns hold units, and the row being read. */
    private static final class Table {
        float[] borders;
        boolean[] unitColumns;
        List<List<String>> cells;
        List<String> page;
        int at;
    }

    private PdfTable() {
    }

    /**
     * Each page's lines: PDFBox's reading of pages without a table, and of pages with one the lines above and
     * below it around the table's rows, one tab-separated line per row.
     */
    static List<List<String>> pages(PDDocument doc, PDFTextStripper reader) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        Table open = null;
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            reader.setStartPage(p);
            reader.setEndPage(p);
            List<Line> lines = lines(doc, p);
            int header = header(lines);
            if (header < 0) {
                close(open);
                open = null;
                pages.add(new ArrayList<>(List.of(reader.getText(doc).split("\\R"))));
                continue;
            }
            List<String> page = new ArrayList<>();
            pages.add(page);
            boolean continued = open != null;
            for (int i = 0; i < header; i++) {
                page.add(lines.get(i).text());
            }
            if (!continued) {
                close(open);
                open = new Table();
            }
            open.borders = borders(lines, header);
            open.unitColumns = unitColumns(lines.get(header), open.borders);
            if (!continued) {
                page.add(String.join("\t", cellsOf(lines.get(header), open.borders, open.unitColumns)));
            }
            int end = tableEnd(lines, header);
            for (int i = header + 1; i < end; i++) {
                List<String> cells = cellsOf(lines.get(i), open.borders, open.unitColumns);
                if (ROW_NUMBER.matcher(cells.get(0)).matches()) {
                    close(open);
                    open.cells = new ArrayList<>();
                    for (String c : cells) {
                        open.cells.add(new ArrayList<>(List.of(c)));
                    }
                    open.page = page;
                    open.at = page.size();
                } else if (open.cells != null) {
                    for (int c = 0; c < cells.size(); c++) {
                        if (!cells.get(c).isEmpty()) {
                            open.cells.get(c).add(cells.get(c));
                        }
                    }
                }
            }
            boolean ends = false;
            for (int i = end; i < lines.size(); i++) {
                String text = lines.get(i).text();
                page.add(text);
                ends |= !PageFurniture.isPageNumber(text);
            }
            if (ends) {
                // text after the table; only a page number below it leaves the table open for the next page
                close(open);
                open = null;
            }
        }
        close(open);
        return pages;
    }

    /** Writes the row being read, if any, into its page where it started. */
    private static void close(Table t) {
        if (t == null || t.cells == null) {
            return;
        }
        List<String> row = new ArrayList<>();
        for (int c = 0; c < t.cells.size(); c++) {
            // a units cell holds one unit a line; elsewhere a line break is only where the cell wrapped
            row.add(String.join(t.unitColumns[c] ? " " : "", t.cells.get(c)));
        }
        t.page.add(t.at, String.join("\t", row));
        t.cells = null;
    }

    /** The page's characters as lines, top to bottom. */
    private static List<Line> lines(PDDocument doc, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().isBlank()) {
                    glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(),
                            t.getUnicode()));
                }
            }
        };
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(doc);
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!current.isEmpty() && g.y() - current.get(0).y() > 0.5f * Math.max(g.h(), 1f)) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        float h = (float) glyphs.stream().mapToDouble(Glyph::h).max().orElse(1);
        return new Line(glyphs.get(0).y(), h, List.copyOf(glyphs));
    }

    /** The index of the table's header line (序号 or 编号, a name column and a goal, units or time column), or -1. */
    private static int header(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).compact();
            if ((t.startsWith("序号") || t.startsWith("编号")) && HEADER_NAME.matcher(t).find()
                    && HEADER_REST.matcher(t).find() && runs(lines.get(i)).size() >= 3) {
                return i;
            }
        }
        return -1;
    }

    /** A line's runs of characters: the header's cells. */
    private static List<List<Glyph>> runs(Line line) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph g : line.glyphs()) {
            if (!run.isEmpty() && g.x() - run.get(run.size() - 1).end() > 1.5f * line.h()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(g);
        }
        runs.add(run);
        return runs;
    }

    /**
     * The borders between the header's cells: between two header cells, the middle of the widest strip that
     * no character of the table's lines covers (the fewest, if a stray line crosses it).
     */
    private static float[] borders(List<Line> lines, int header) {
        List<List<Glyph>> runs = runs(lines.get(header));
        int end = tableEnd(lines, header);
        float[] borders = new float[runs.size() - 1];
        for (int k = 0; k < borders.length; k++) {
            float from = runs.get(k).get(runs.get(k).size() - 1).end();
            float to = runs.get(k + 1).get(0).x();
            int steps = Math.max(1, (int) (to - from));
            int best = Integer.MAX_VALUE;
            int bestStart = 0;
            int bestLength = 0;
            int runStart = 0;
            int runLength = 0;
            for (int s = 0; s <= steps; s++) {
                float x = from + (to - from) * s / steps;
                int cover = 0;
                for (int i = header + 1; i < end; i++) {
                    for (Glyph g : lines.get(i).glyphs()) {
                        if (g.x() < x && x < g.end()) {
                            cover++;
                            break;
                        }
                    }
                }
                if (cover < best) {
                    best = cover;
                    bestStart = s;
                    bestLength = 1;
                    runStart = s;
                    runLength = 1;
                } else if (cover == best) {
                    runLength = s == runStart + runLength ? runLength + 1 : 1;
                    runStart = runLength == 1 ? s : runStart;
                    if (runLength > bestLength) {
                        bestStart = runStart;
                        bestLength = runLength;
                    }
                } else {
                    runLength = 0;
                    runStart = s + 1;
                }
            }
            borders[k] = from + (to - from) * (bestStart + (bestLength - 1) / 2f) / steps;
        }
        return borders;
    }

    /** The lines of the table below its header: up to a gap of three lines, where the page's footer stands. */
    private static int tableEnd(List<Line> lines, int header) {
        for (int i = header + 1; i < lines.size(); i++) {
            Line prev = lines.get(i - 1);
            if (lines.get(i).y() - prev.y() > 3.5f * prev.h()) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean[] unitColumns(Line header, float[] borders) {
        List<String> names = cellsOf(header, borders, new boolean[borders.length + 1]);
        boolean[] units = new boolean[names.size()];
        for (int c = 0; c < units.length; c++) {
            units[c] = names.get(c).contains("单位") || names.get(c).contains("部门");
        }
        return units;
    }

    /** The line's text in each column, by where each character's middle stands. */
    private static List<String> cellsOf(Line line, float[] borders, boolean[] unitColumns) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int c = 0; c <= borders.length; c++) {
            cells.add(new StringBuilder());
        }
        Glyph[] last = new Glyph[cells.size()];
        for (Glyph g : line.glyphs()) {
            float mid = g.x() + g.w() / 2;
            int c = 0;
            while (c < borders.length && mid > borders[c]) {
                c++;
            }
            if (last[c] != null && g.x() - last[c].end() > 0.5f * line.h()) {
                cells.get(c).append(unitColumns[c] ? " " : "");
            }
            cells.get(c).append(g.text());
            last[c] = g;
        }
        return cells.stream().map(b -> b.toString().strip()).toList();
    }
}
