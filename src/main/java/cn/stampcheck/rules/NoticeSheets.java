package cn.stampcheck.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out what a notice's .drl declarations say as the rows of a notice table (an expert's file becomes
 * the clerk's table; the comments quoting the notice move into 通知原文). Reading the table back gives the
 * same notice, items and targets.
 */
public final class NoticeSheets {

    private NoticeSheets() {
    }

    public static NoticeSheet of(NoticeFacts facts, String title) throws RulesException {
        if (facts.notices().size() != 1) {
            throw new RulesException("规则文件应写明一次年份和地区，现有 " + facts.notices().size() + " 处");
        }
        Notice notice = facts.notices().get(0).value();
        List<List<String>> rows = new ArrayList<>();
        for (NoticeFacts.Declared<Item> d : facts.items()) {
            Item item = d.value();
            List<NoticeFacts.Declared<Target>> targets =
                    facts.targets().stream().filter(t -> t.value().item() == item.number()).toList();
            String itemQuote = d.quote();
            if (targets.isEmpty()) {
                rows.add(row(item, null, itemQuote));
            }
            for (int i = 0; i < targets.size(); i++) {
                String q = targets.get(i).quote();
                rows.add(row(i == 0 ? item : null, targets.get(i).value(),
                        i == 0 && !itemQuote.isEmpty() ? itemQuote + (q.isEmpty() ? "" : "\n" + q) : q));
            }
        }
        return new NoticeSheet(notice.year(), notice.place(), title, rows, List.of());
    }

    /**
     * One row in {@link NoticeTable#COLUMNS} order: the item's cells when {@code item} is given (its first
     * row), the target's when {@code t} is given (null for an item without a numeric target).
     */
    public static List<String> row(Item item, Target t, String quote) {
        List<String> cells = new ArrayList<>();
        cells.add(Integer.toString(item != null ? item.number() : t.item()));
        cells.add(item == null ? "" : item.name());
        cells.add(item == null ? "" : String.join(NoticeTable.SEPARATOR, item.names().subList(1, item.names().size())));
        cells.add(item == null ? "" : String.join(NoticeTable.UNIT_SEPARATOR, item.units()));
        if (t == null) {
            cells.addAll(List.of("", "", "", "", "", "", "", ""));
        } else {
            cells.add(t.label());
            cells.add(String.join(NoticeTable.SEPARATOR, t.keywords()));
            cells.add(t.comparator() == Comparator.AT_MOST ? "不超过" : "不少于");
            cells.add(t.threshold() == null ? "" : t.threshold().stripTrailingZeros().toPlainString());
            cells.add(t.unit() == null ? "" : t.unit());
            cells.add(String.join(NoticeTable.SEPARATOR, t.aliases()));
            cells.add(t.deadline() == null ? "" : t.deadline().toString());
            cells.add(t.schedule() == null ? "" : NoticeTable.label(t.schedule()));
        }
        cells.add(quote);
        return cells;
    }
}
