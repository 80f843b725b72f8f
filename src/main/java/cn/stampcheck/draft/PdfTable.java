package cn.stampcheck.draft;

import cn.stampcheck.draft.PdfLines.Glyph;
import cn.stampcheck.draft.PdfLines.Line;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's 附件 table read back into rows of cells by where its characters stand. A PDF keeps no table, only
 * characters and lines at positions; read line by line, the narrow cells of a table (often on a landscape page)
 * run into each other: "…其中泰山区 9000 市卫生健康委 2026 年 11 月底". Here the header row (序号, 实事名称,
 * 目标任务, 责任单位, 完成时限) gives the columns and the blank strips between them the borders; the table's
 * horizontal rules give the rows (a cell's text may sit in the middle of its row, as Word centres it), and
 * without rules a number in the first column starts a row. A row cut by a page break, under the header repeated
 * on the next page, is joined. The rows come out as tab-separated cells, as Word tables do ({@link NoticeText}),
 * on the page the row starts on; pages without such a table are left to PDFBox's reading.
 */
final class PdfTable {

    private static final Pattern HEADER_NAME = Pattern.compile("实事名称|项目名称|实事项目|项目");
    private static final Pattern HEADER_REST = Pattern.compile("目标|任务|内容|单位|部门|时限|时间");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,2}|[一二三四五六七八九十]{1,3}");
    /** The last character of a department's name: a units cell's line ending otherwise wrapped inside a name. */
    private static final String UNIT_END = "局委办会联院部厅处心站队团行社所室司";



    /** A column of the table: where its header's characters stand, and its name. */
    private record Column(float from, float to, String name) {
    }

    /** A horizontal rule of the page, measured from the top as the characters are. */
    private record Rule(float y, float from, float to) {
    }

    /** The open table: its column borders, which columns hold units, and the row being read (lines per cell). */
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
            List<Line> lines = PdfLines.of(doc, p);
            int header = header(lines);
            if (header < 0) {
                close(open);
                open = null;
                List<String> columns = PdfLines.twoColumns(lines);
                if (columns != null) {
                    pages.add(columns);
                    continue;
                }
                reader.setStartPage(p);
                reader.setEndPage(p);
                pages.add(new ArrayList<>(List.of(reader.getText(doc).split("\\R"))));
                continue;
            }
            List<String> page = new ArrayList<>();
            pages.add(page);
            List<Rule> rules = rules(doc.getPage(p - 1));
            int[] band = headerBand(lines, header, rules);
            for (int i = 0; i < band[0]; i++) {
                page.add(lines.get(i).text());
            }
            boolean continued = open != null;
            if (!continued) {
                open = new Table();
            }
            List<Column> columns = columns(lines.subList(band[0], band[1] + 1));
            int end = tableEnd(lines, band[1], columns.get(0));
            open.borders = borders(columns, lines.subList(band[1] + 1, end));
            open.unitColumns = new boolean[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                open.unitColumns[c] = columns.get(c).name().contains("单位") || columns.get(c).name().contains("部门");
            }
            if (!continued) {
                page.add(String.join("\t", columns.stream().map(Column::name).toList()));
            }
            for (List<Glyph> chunk : rows(lines, band[1], end, open.borders, rules)) {
                List<List<String>> cells = cells(chunk, open.borders);
                if (ROW_NUMBER.matcher(String.join("", cells.get(0))).matches()) {
                    close(open);
                    open.cells = cells;
                    open.page = page;
                    open.at = page.size();
                } else if (open.cells != null) {
                    for (int c = 0; c < cells.size(); c++) {
                        open.cells.get(c).addAll(cells.get(c));
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
        t.page.add(t.at, String.join("\t", joined(t.cells, t.unitColumns)));
        t.cells = null;
    }

    /**
     * Each cell's lines as one text: a line break in a cell is only where it wrapped, except in a units cell
     * between one department's name and the next.
     */
    private static List<String> joined(List<List<String>> cells, boolean[] unitColumns) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            StringBuilder b = new StringBuilder();
            for (String line : cells.get(c)) {
                boolean next = unitColumns[c] && !b.isEmpty() && line.length() > 2
                        && UNIT_END.indexOf(b.charAt(b.length() - 1)) >= 0;
                b.append(next ? " " : "").append(line);
            }
            out.add(b.toString().strip());
        }
        return out;
    }




    /** The index of the table's header line (序号 or 编号, a name column and a goal, units or time column), or -1. */
    private static int header(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().replaceAll("\\s+", "");
            if ((t.startsWith("序号") || t.startsWith("编号")) && HEADER_NAME.matcher(t).find()
                    && HEADER_REST.matcher(t).find() && headerCells(lines.get(i)).size() >= 3) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The header's cells: its runs of characters, split again right after a known column name when another
     * begins there (a left-aligned header can leave no gap between 序号 and 实事名称).
     */
    private static List<List<Glyph>> headerCells(Line line) {
        List<List<Glyph>> cells = new ArrayList<>();
        List<Glyph> cell = new ArrayList<>();
        List<Glyph> glyphs = line.glyphs();
        int labelEnd = -1;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            boolean gap = !cell.isEmpty() && g.x() - cell.get(cell.size() - 1).end() > 1.5f * line.h();
            if (gap || i == labelEnd && label(glyphs, i) > 0) {
                cells.add(cell);
                cell = new ArrayList<>();
            }
            if (cell.isEmpty()) {
                labelEnd = i + label(glyphs, i);
            }
            cell.add(g);
        }
        cells.add(cell);
        return cells;
    }

    /** The length of the longest column name that begins at glyph {@code i}, or 0. */
    private static int label(List<Glyph> glyphs, int i) {
        StringBuilder rest = new StringBuilder();
        for (int k = i; k < glyphs.size() && rest.length() < 6; k++) {
            rest.append(glyphs.get(k).text());
        }
        return AttachmentTable.headerLabels().stream().filter(l -> rest.toString().startsWith(l))
                .mapToInt(String::length).max().orElse(0);
    }

    /**
     * The lines of the header row: between the rules above and below the header line, or without rules the
     * lines just above and below it (a narrow column's name wraps: 完成时⏎限, centred on the others' line).
     */
    private static int[] headerBand(List<Line> lines, int header, List<Rule> rules) {
        Line line = lines.get(header);
        Float above = null;
        Float below = null;
        for (Rule r : rules) {
            if (r.y() < line.y() - line.h()) {
                above = r.y();
            } else if (r.y() > line.y() && below == null) {
                below = r.y();
            }
        }
        int first = header;
        int last = header;
        if (above != null && below != null && below - above < 6 * line.h()) {
            while (first > 0 && lines.get(first - 1).y() > above) {
                first--;
            }
            while (last + 1 < lines.size() && lines.get(last + 1).y() < below) {
                last++;
            }
            return new int[] {first, last};
        }
        while (first > 0 && line.y() - lines.get(first - 1).y() < 1.3f * line.h() * (header - first + 1)) {
            first--;
        }
        while (last + 1 < lines.size() && lines.get(last + 1).y() - line.y() < 1.3f * line.h() * (last - header + 1)
                && !ROW_NUMBER.matcher(lines.get(last + 1).text().split("\\s+")[0]).matches()) {
            last++;
        }
        return new int[] {first, last};
    }

    /** The header's columns: each line's cells, those that stand over each other (a wrapped name) merged. */
    private static List<Column> columns(List<Line> band) {
        List<List<Glyph>> cells = new ArrayList<>();
        for (Line line : band) {
            cells.addAll(headerCells(line));
        }
        cells.sort(Comparator.comparingDouble(c -> c.get(0).x()));
        List<List<Glyph>> merged = new ArrayList<>();
        for (List<Glyph> cell : cells) {
            List<Glyph> last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && cell.get(0).x() < last.stream().map(Glyph::end).max(Float::compare).orElseThrow()) {
                last.addAll(cell);
            } else {
                merged.add(new ArrayList<>(cell));
            }
        }
        List<Column> columns = new ArrayList<>();
        for (List<Glyph> cell : merged) {
            float from = cell.stream().map(Glyph::x).min(Float::compare).orElseThrow();
            float to = cell.stream().map(Glyph::end).max(Float::compare).orElseThrow();
            columns.add(new Column(from, to, String.join("", PdfLines.lines(cell).stream().map(Line::text).toList())
                    .replaceAll("\\s+", "")));
        }
        return columns;
    }

    /**
     * The borders between the columns: between two header cells, the middle of the widest strip that no
     * character of the table's lines covers (the fewest, if a stray line crosses it).
     */
    private static float[] borders(List<Column> columns, List<Line> table) {
        float[] borders = new float[columns.size() - 1];
        for (int k = 0; k < borders.length; k++) {
            float from = columns.get(k).to();
            float to = columns.get(k + 1).from();
            int steps = Math.max(1, (int) (to - from));
            int best = Integer.MAX_VALUE;
            int bestStart = 0;
            int bestLength = 0;
            int runStart = 0;
            int runLength = 0;
            for (int s = 0; s <= steps; s++) {
                float x = from + (to - from) * s / steps;
                int cover = 0;
                for (Line line : table) {
                    for (Glyph g : line.glyphs()) {
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
                } else if (cover == best && s == runStart + runLength) {
                    runLength++;
                    if (runLength > bestLength) {
                        bestStart = runStart;
                        bestLength = runLength;
                    }
                } else if (cover == best) {
                    runStart = s;
                    runLength = 1;
                } else {
                    runLength = 0;
                    runStart = s + 1;
                }
            }
            borders[k] = from + (to - from) * (bestStart + (bestLength - 1) / 2f) / steps;
        }
        return borders;
    }

    /**
     * The lines of the table below its header: up to a gap of three lines or the page number, the page's footer
     * (a number alone under 序号 is a row's).
     */
    private static int tableEnd(List<Line> lines, int header, Column first) {
        float firstEnd = first.to() + lines.get(header).h();
        for (int i = header + 1; i < lines.size(); i++) {
            Line prev = lines.get(i - 1);
            Line line = lines.get(i);
            boolean pageNumber = PageFurniture.isPageNumber(line.text()) && line.glyphs().get(0).x() > firstEnd;
            if (line.y() - prev.y() > 3.5f * prev.h() || pageNumber) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The table's characters in row bands: between the horizontal rules below the header when the table has
     * them, else line by line (a number in the first column then starts a row).
     */
    private static List<List<Glyph>> rows(List<Line> lines, int header, int end, float[] borders, List<Rule> rules) {
        float top = lines.get(header).y();
        float bottom = end < lines.size() ? lines.get(end).y() - lines.get(end).h() : Float.MAX_VALUE;
        // a row's rule crosses the first column (an underline inside a cell does not; a merged 序号 cell keeps
        // the rows it spans together, as one item)
        float first = borders[0] - 2;
        List<Float> cuts = new ArrayList<>();
        for (Rule r : rules) {
            if (r.y() > top && r.y() < bottom && r.from() <= first && first <= r.to()
                    && (cuts.isEmpty() || r.y() - cuts.get(cuts.size() - 1) > 2)) {
                cuts.add(r.y());
            }
        }
        if (cuts.size() < 2) {
            return rowsByNumbers(lines.subList(header + 1, end), borders);
        }
        List<List<Glyph>> rows = new ArrayList<>();
        for (int k = 0; k <= cuts.size(); k++) {
            rows.add(new ArrayList<>());
        }
        for (int i = header + 1; i < end; i++) {
            for (Glyph g : lines.get(i).glyphs()) {
                // the band the character's middle stands in (y is its baseline)
                float mid = g.y() - g.h() / 2;
                int k = 0;
                while (k < cuts.size() && mid > cuts.get(k)) {
                    k++;
                }
                rows.get(k).add(g);
            }
        }
        rows.removeIf(List::isEmpty);
        return rows;
    }

    /**
     * A table without rules in row chunks by its numbers: each column's text falls into blocks (lines closer
     * than a line and a half), and a block belongs to the row whose number stands beside it — at its top when
     * cells are top-aligned, in its middle when they are centred — else to the nearest number; blocks above
     * the first number continue the row the previous page left open. A block beside two numbers (two cells
     * without a gap) is cut at its widest gaps.
     */
    private static List<List<Glyph>> rowsByNumbers(List<Line> table, float[] borders) {
        List<List<Glyph>> columns = byColumn(table.stream().flatMap(l -> l.glyphs().stream()).toList(), borders);
        List<Line> numbers = PdfLines.lines(columns.get(0)).stream()
                .filter(l -> ROW_NUMBER.matcher(l.text()).matches()).toList();
        List<List<Glyph>> rows = new ArrayList<>();
        if (numbers.isEmpty()) {
            table.forEach(l -> rows.add(l.glyphs()));
            return rows;
        }
        for (int k = 0; k <= numbers.size(); k++) {
            rows.add(new ArrayList<>());
        }
        for (List<Glyph> column : columns) {
            for (List<Line> block : blocks(PdfLines.lines(column))) {
                float top = block.get(0).y() - 1.5f * block.get(0).h();
                float bottom = block.get(block.size() - 1).y() + 0.5f * block.get(0).h();
                List<Integer> beside = new ArrayList<>();
                for (int k = 0; k < numbers.size(); k++) {
                    if (numbers.get(k).y() >= top && numbers.get(k).y() <= bottom) {
                        beside.add(k);
                    }
                }
                if (beside.size() >= 2) {
                    List<List<Line>> pieces = cut(block, beside.size());
                    for (int i = 0; i < pieces.size(); i++) {
                        for (Line l : pieces.get(i)) {
                            rows.get(beside.get(i) + 1).addAll(l.glyphs());
                        }
                    }
                    continue;
                }
                int row;
                if (beside.size() == 1) {
                    row = beside.get(0) + 1;
                } else if (bottom < numbers.get(0).y()) {
                    row = 0;
                } else {
                    float middle = (block.get(0).y() + block.get(block.size() - 1).y()) / 2;
                    row = 1;
                    for (int k = 1; k < numbers.size(); k++) {
                        if (Math.abs(numbers.get(k).y() - middle) < Math.abs(numbers.get(row - 1).y() - middle)) {
                            row = k + 1;
                        }
                    }
                }
                for (Line l : block) {
                    rows.get(row).addAll(l.glyphs());
                }
            }
        }
        rows.removeIf(List::isEmpty);
        return rows;
    }

    /** A column's lines in blocks: a gap wider than a line and a half between two lines starts a new block. */
    private static List<List<Line>> blocks(List<Line> lines) {
        List<List<Line>> blocks = new ArrayList<>();
        for (Line line : lines) {
            List<Line> last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last == null || line.y() - last.get(last.size() - 1).y() > 1.6f * line.h()) {
                blocks.add(new ArrayList<>(List.of(line)));
            } else {
                last.add(line);
            }
        }
        return blocks;
    }

    /** The block cut into {@code n} pieces at its {@code n - 1} widest gaps. */
    private static List<List<Line>> cut(List<Line> block, int n) {
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < block.size(); i++) {
            gaps.add(i);
        }
        gaps.sort(Comparator.comparingDouble((Integer i) -> block.get(i - 1).y() - block.get(i).y()));
        List<Integer> at = new ArrayList<>(gaps.subList(0, Math.min(n - 1, gaps.size())));
        at.sort(null);
        List<List<Line>> pieces = new ArrayList<>();
        int from = 0;
        for (int i : at) {
            pieces.add(block.subList(from, i));
            from = i;
        }
        pieces.add(block.subList(from, block.size()));
        return pieces;
    }

    /** The characters of each column, by where each character's middle stands. */
    private static List<List<Glyph>> byColumn(List<Glyph> glyphs, float[] borders) {
        List<List<Glyph>> columns = new ArrayList<>();
        for (int c = 0; c <= borders.length; c++) {
            columns.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            float mid = g.x() + g.w() / 2;
            int c = 0;
            while (c < borders.length && mid > borders[c]) {
                c++;
            }
            columns.get(c).add(g);
        }
        return columns;
    }

    /** The characters' lines in each column, by where each character's middle stands. */
    private static List<List<String>> cells(List<Glyph> glyphs, float[] borders) {
        List<List<String>> cells = new ArrayList<>();
        for (List<Glyph> column : byColumn(glyphs, borders)) {
            cells.add(new ArrayList<>(PdfLines.lines(column).stream().map(Line::text).toList()));
        }
        return cells;
    }

    /** The page's horizontal rules (table borders), top to bottom; none on a rotated page. */
    private static List<Rule> rules(PDPage page) throws IOException {
        List<Rule> rules = new ArrayList<>();
        if (page.getRotation() != 0) {
            return rules;
        }
        float top = page.getCropBox().getUpperRightY();
        new PDFGraphicsStreamEngine(page) {
            private Point2D current = new Point2D.Float();

            private void horizontal(double x0, double y0, double x1, double y1) {
                if (Math.abs(y1 - y0) < 1.5 && Math.abs(x1 - x0) > 20) {
                    rules.add(new Rule(top - (float) (y0 + y1) / 2, (float) Math.min(x0, x1), (float) Math.max(x0, x1)));
                }
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                // a thin filled rectangle is how many writers draw a border
                double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
                double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
                double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
                double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
                if (maxY - minY < 1.5) {
                    horizontal(minX, minY, maxX, maxY);
                } else {
                    // a cell's outline: its top and bottom edges
                    horizontal(minX, maxY, maxX, maxY);
                    horizontal(minX, minY, maxX, minY);
                }
            }

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                horizontal(current.getX(), current.getY(), x, y);
                current = new Point2D.Float(x, y);
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Float(x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        }.processPage(page);
        rules.sort(Comparator.comparingDouble(Rule::y));
        return rules;
    }
}
