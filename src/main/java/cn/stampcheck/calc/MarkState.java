package cn.stampcheck.calc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The original fill of every cell the checker coloured, kept in the document's user-defined property
 * {@value #PROPERTY} so that 清除核查标记 can put it back even after the document was saved (xlsx, xls
 * and ods all keep user-defined properties) and reopened. One line per cell:
 * {@code sheet<TAB>column<TAB>row<TAB>fill}, fill being {@code default} (no direct fill) or the RGB
 * colour as a decimal int (-1 = transparent).
 *
 * <p>Comments need no record: our lines are recognisable by their 【核查】 prefix and the separator.
 * If the property is lost, a marked cell falls back to no direct fill.
 */
final class MarkState {

    static final String PROPERTY = "StampcheckMarks";
    private static final String HEADER = "stampcheck-marks 1";

    /** A cell's original background: default (no direct colour) or a direct colour. */
    record Fill(boolean isDefault, int color) {
        static final Fill DEFAULT = new Fill(true, -1);

        static Fill of(int color) {
            return new Fill(false, color);
        }
    }

    record Key(String sheet, int col, int row) {
    }

    private final Map<Key, Fill> fills = new LinkedHashMap<>();

    Map<Key, Fill> fills() {
        return fills;
    }

    static MarkState parse(String text) {
        MarkState state = new MarkState();
        if (text == null || !text.startsWith(HEADER)) {
            return state;
        }
        for (String line : text.split("\n")) {
            String[] p = line.split("\t");
            if (p.length != 4) {
                continue;
            }
            try {
                Fill fill = p[3].equals("default") ? Fill.DEFAULT : Fill.of(Integer.parseInt(p[3]));
                state.fills.put(new Key(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])), fill);
            } catch (NumberFormatException e) {
                // a damaged line only costs that cell its original colour
            }
        }
        return state;
    }

    String format() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        fills.forEach((k, f) -> sb.append(k.sheet()).append('\t').append(k.col()).append('\t').append(k.row())
                .append('\t').append(f.isDefault() ? "default" : Integer.toString(f.color())).append('\n'));
        return sb.toString();
    }
}
