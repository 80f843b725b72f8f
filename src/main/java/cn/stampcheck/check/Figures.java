package cn.stampcheck.check;

import cn.stampcheck.extract.Figure;
import cn.stampcheck.extract.FigureExtractor;
import cn.stampcheck.extract.FigureQuery;
import cn.stampcheck.extract.Marker;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.rules.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bridge the rules call (as the global {@code figures}) to read an item row's figures for all of its
 * targets at once, so that targets sharing a unit can be told apart.
 *
 * <p>An item written over several sheet rows (one per department) is read as one text, and each row
 * alone as well: when two or more rows each give a target a year-to-date figure, the largest of them is
 * the item's (the departments are not added up, and a 累计 in one department's sentence does not outrank
 * another department's own total).
 */
public final class Figures {

    private final FigureExtractor extractor = new FigureExtractor();

    public List<Reading> read(ItemRow row, List<Target> targets) {
        List<FigureQuery> queries = targets.stream()
                .map(t -> new FigureQuery(t.keywords(), t.unitSpellings()))
                .toList();
        String text = row.progress().text();
        List<Optional<Figure>> found = new ArrayList<>(extractor.read(text, queries));
        if (row.progressRows().size() > 1) {
            List<List<Optional<Figure>>> perRow = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            for (String part : row.progressRows()) {
                perRow.add(extractor.read(part, queries));
                offsets.add(Math.max(0, text.indexOf(part)));
            }
            for (int i = 0; i < targets.size(); i++) {
                Figure largest = null;
                int rowsWithTotals = 0;
                for (int r = 0; r < perRow.size(); r++) {
                    Figure f = perRow.get(r).get(i).orElse(null);
                    if (f != null && f.marker() != Marker.QUARTER) {
                        rowsWithTotals++;
                        if (largest == null || f.value().compareTo(largest.value()) > 0) {
                            int at = offsets.get(r);
                            largest = new Figure(f.value(), f.marker(), at + f.start(), at + f.end());
                        }
                    }
                }
                if (rowsWithTotals >= 2) {
                    found.set(i, Optional.of(largest));
                }
            }
        }
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            readings.add(new Reading(targets.get(i), row, found.get(i).orElse(null)));
        }
        return readings;
    }
}
