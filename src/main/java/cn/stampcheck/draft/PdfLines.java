package cn.stampcheck.draft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF page as its characters and lines by position — what a table or a page of two columns has to be read
 * from, since PDFBox's own reading order runs across them.
 */
final class PdfLines {

    /** One character where it stands: x from the left, y its baseline from the top, its width and type size. */
    record Glyph(float x, float y, float w, float h, String text) {
        float end() {
            return x + w;
        }
    }

    /** Characters on one baseline, left to right. */
    record Line(float y, float h, List<Glyph> glyphs) {

        /** The characters, with a space where they stand apart by more than half the type size. */
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
    }

    private PdfLines() {
    }

    /** The page's lines, top to bottom (page numbers from 1). */
    static List<Line> of(PDDocument doc, int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                if (!t.getUnicode().isBlank()) {
                    // the glyph's own height is often half the type size; the line spacing follows the type size
                    glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                            Math.max(t.getHeightDir(), t.getYScale()), t.getUnicode()));
                }
            }
        };
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(doc);
        return lines(glyphs);
    }

    /** Characters as lines, top to bottom, each left to right. */
    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        for (Glyph g : sorted) {
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

    /**
     * The page's text in reading order when it is set in two columns: the left column's lines, then the right
     * one's, with a line that runs across both (a title over the columns) closing the two before it; null when
     * the page has one column. Two columns: a strip down the middle third that at most one line in ten crosses,
     * with text on both sides of it in at least half the lines.
     */
    static List<String> twoColumns(List<Line> lines) {
        if (lines.size() < 6) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Line l : lines) {
            left = Math.min(left, l.glyphs().get(0).x());
            right = Math.max(right, l.glyphs().get(l.glyphs().size() - 1).end());
        }
        float width = right - left;
        float gutter = Float.NaN;
        int bestCrossing = Integer.MAX_VALUE;
        int bestBoth = 0;
        for (float x = left + width / 3; x <= left + 2 * width / 3; x += 1) {
            int crossing = 0;
            int both = 0;
            for (Line l : lines) {
                boolean before = false;
                boolean after = false;
                for (Glyph g : l.glyphs()) {
                    crossing += g.x() < x && x < g.end() ? 1 : 0;
                    before |= g.end() <= x;
                    after |= g.x() >= x;
                }
                both += before && after ? 1 : 0;
            }
            if (crossing < bestCrossing || crossing == bestCrossing && both > bestBoth) {
                bestCrossing = crossing;
                bestBoth = both;
                gutter = x;
            }
        }
        if (Float.isNaN(gutter) || bestCrossing > lines.size() / 10 || bestBoth < lines.size() / 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<String> rightColumn = new ArrayList<>();
        for (Line l : lines) {
            float at = gutter;
            if (l.glyphs().stream().anyMatch(g -> g.x() < at && at < g.end())) {
                out.addAll(rightColumn);
                rightColumn.clear();
                out.add(l.text());
                continue;
            }
            List<Glyph> leftPart = new ArrayList<>();
            List<Glyph> rightPart = new ArrayList<>();
            for (Glyph g : l.glyphs()) {
                (g.end() <= gutter ? leftPart : rightPart).add(g);
            }
            if (!leftPart.isEmpty()) {
                out.add(new Line(l.y(), l.h(), leftPart).text());
            }
            if (!rightPart.isEmpty()) {
                rightColumn.add(new Line(l.y(), l.h(), rightPart).text());
            }
        }
        out.addAll(rightColumn);
        return out;
    }
}
