package cn.stampcheck.check;

import cn.stampcheck.extract.Figure;
import cn.stampcheck.extract.FigureExtractor;
import cn.stampcheck.extract.FigureQuery;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.rules.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bridge the rules call (as the global {@code figures}) to read an item row's figures for all of its
 * targets at once, so that targets sharing a unit can be told apart.
 */
public final class Figures {

    private final FigureExtractor extractor = new FigureExtractor();

    public List<Reading> read(ItemRow row, List<Target> targets) {
        List<FigureQuery> queries = targets.stream()
                .map(t -> new FigureQuery(t.keywords(), t.unitSpellings()))
                .toList();
        List<Optional<Figure>> found = extractor.read(row.progress().text(), queries);
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            readings.add(new Reading(targets.get(i), row, found.get(i).orElse(null)));
        }
        return readings;
    }
}
