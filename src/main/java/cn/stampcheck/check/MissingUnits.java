package cn.stampcheck.check;

import cn.stampcheck.report.ItemRow;
import cn.stampcheck.report.Text;
import cn.stampcheck.rules.Item;
import java.util.List;

/**
 * The notice's units for an item that a row's 责任单位 cell leaves out. A unit counts as present when
 * the cell holds it or one of its {@code /}-separated spellings, with or without the leading 区/县
 * (教体局 for 区教体局), ignoring spaces and punctuation.
 */
public record MissingUnits(List<String> names) {

    public static MissingUnits of(ItemRow row, Item item) {
        String cell = Text.bare(row.units().text());
        return new MissingUnits(item.units().stream().filter(u -> !present(cell, u)).map(MissingUnits::shown).toList());
    }

    public boolean any() {
        return !names.isEmpty();
    }

    private static boolean present(String cell, String unit) {
        for (String spelling : unit.split("/")) {
            String bare = Text.bare(spelling);
            String shortName = bare.length() >= 3 && bare.matches("^[区县市].*") ? bare.substring(1) : bare;
            if (!bare.isEmpty() && (cell.contains(bare) || cell.contains(shortName))) {
                return true;
            }
        }
        return false;
    }

    private static String shown(String unit) {
        return unit.split("/")[0];
    }
}
