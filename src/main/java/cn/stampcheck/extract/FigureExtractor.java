package cn.stampcheck.extract;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the year-to-date figure of each target from one progress text (contract §3).
 * First version: a number directly followed by the unit, in a sentence that holds a keyword.
 */
public final class FigureExtractor {

    /** For each query in order, the figure found for it, or empty. */
    public List<Optional<Figure>> read(String text, List<FigureQuery> queries) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Optional<Figure>> out = new ArrayList<>();
        for (FigureQuery q : queries) {
            out.add(find(s, q));
        }
        return out;
    }

    private Optional<Figure> find(String s, FigureQuery q) {
        int offset = 0;
        for (String sentence : s.split("(?<=[。；;\\n])")) {
            if (q.keywords().stream().anyMatch(sentence::contains)) {
                for (String unit : q.units()) {
                    Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)(万)?(?:余|多)?" + Pattern.quote(unit)).matcher(sentence);
                    if (m.find()) {
                        BigDecimal v = new BigDecimal(m.group(1));
                        if (m.group(2) != null) {
                            v = v.multiply(BigDecimal.valueOf(10_000));
                        }
                        return Optional.of(new Figure(v.stripTrailingZeros(), Marker.PLAIN, offset + m.start(), offset + m.end()));
                    }
                }
            }
            offset += sentence.length();
        }
        return Optional.empty();
    }
}
