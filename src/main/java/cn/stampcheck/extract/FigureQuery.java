package cn.stampcheck.extract;

import java.util.List;

/**
 * What to look for in a progress text for one target: words that name it, and its measure unit with
 * the unit's other spellings (the first is the notice's own unit).
 */
public record FigureQuery(List<String> keywords, List<String> units) {

    public FigureQuery {
        keywords = List.copyOf(keywords);
        units = List.copyOf(units);
    }
}
