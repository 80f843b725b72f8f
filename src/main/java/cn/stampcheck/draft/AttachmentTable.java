package cn.stampcheck.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The item table of a notice's attachment (附件 …项目清单): a header row naming 序号 and the name column
 * (实事名称, 项目名称, …), then one row per item. Word tables reach the drafter as lines of tab-separated
 * cells ({@link NoticeText}). The table names the items as the progress form will, and when the notice's
 * body only says 见附件, its rows are the items.
 */
final class AttachmentTable {

    private static final Pattern NUMBER = Pattern.compile("[（(]?\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[）)、.．]?");
    private static final List<String> NAME = List.of("实事名称", "项目名称", "实事项目", "项目", "名称", "实事");
    private static final List<String> GOAL = List.of("目标任务", "主要任务", "工作目标", "主要内容", "建设内容", "工作内容", "目标", "内容", "任务");
    private static final List<String> UNITS = List.of("责任单位", "牵头单位", "配合单位", "责任部门", "牵头部门");
    private static final List<String> TIME = List.of("完成时限", "完成时间", "完成期限", "时间节点", "时限");

    /** Every column name a header row may hold, 序号 first. */
    static List<String> headerLabels() {
        List<String> all = new ArrayList<>(List.of("序号", "编号"));
        all.addAll(NAME);
        all.addAll(GOAL);
        all.addAll(UNITS);
        all.addAll(TIME);
        return all;
    }

    /** One item row: its number, the name cell, the goal cell, the units cells (joined) and the time cell. */
    record Row(int number, String name, String goal, String units, String time) {

        /** The row as an item's text: name。goal（责任单位：units） — what the drafter reads from a body item. */
        String itemText() {
            String text = name + "。" + goal;
            return units.isBlank() ? text : text + "（责任单位：" + units + "）";
        }
    }

    private AttachmentTable() {
    }

    /** The item rows of the first table under a header with 序号 and a name column, in order; none without one. */
    static List<Row> read(String attachment) {
        List<Row> rows = new ArrayList<>();
        if (attachment == null) {
            return rows;
        }
        int name = -1;
        int goal = -1;
        int time = -1;
        List<Integer> units = new ArrayList<>();
        for (String line : attachment.split("\n")) {
            String[] cells = line.split("\t", -1);
            if (name < 0) {
                if (cells.length >= 2 && bare(cells[0]).matches("序号|编号")) {
                    name = column(cells, NAME);
                    goal = column(cells, GOAL);
                    time = column(cells, TIME);
                    for (int c = 0; c < cells.length; c++) {
                        if (UNITS.contains(bare(cells[c]))) {
                            units.add(c);
                        }
                    }
                }
                continue;
            }
            if (cells.length <= name || !NUMBER.matcher(bare(cells[0])).matches()) {
                if (!rows.isEmpty()) {
                    break;
                }
                continue;
            }
            var m = NUMBER.matcher(bare(cells[0]));
            m.matches();
            List<String> unitCells = new ArrayList<>();
            for (int c : units) {
                if (c < cells.length && !cells[c].isBlank()) {
                    unitCells.add(cells[c].strip().replaceAll("[\\s　]+", "、"));
                }
            }
            rows.add(new Row(ItemSplitter.number(m.group(1)), cells[name].strip(), cell(cells, goal),
                    String.join("、", unitCells), cell(cells, time)));
        }
        return rows;
    }

    /**
     * The time the table's 完成时限 column sets for an item, or null (none, or the year's end): it holds for
     * the item's targets whose sentence states no time of its own.
     */
    static LocalDate deadline(String attachment, int number, String name, int year) {
        Row row = rowOf(attachment, number, name);
        return row == null ? null : Deadlines.inCell(row.time(), year);
    }

    /**
     * The table's row for an item: the one whose name is the item's (or holds it, or is held by it), else the
     * one of its number — a table may list the items in another order than the body.
     */
    static Row rowOf(String attachment, int number, String name) {
        List<Row> rows = read(attachment);
        String item = cn.stampcheck.report.Text.bare(Chinese.compact(name));
        for (Row row : rows) {
            String named = cn.stampcheck.report.Text.bare(Chinese.compact(row.name()));
            if (item.length() >= 2 && named.length() >= 2 && (named.contains(item) || item.contains(named))) {
                return row;
            }
        }
        return rows.stream().filter(r -> r.number() == number).findFirst().orElse(null);
    }

    private static String cell(String[] cells, int column) {
        return column >= 0 && column < cells.length ? cells[column].strip() : "";
    }

    /** The column headed by one of the names, tried in order; else one whose header starts with one (目标任务及…分解). */
    private static int column(String[] cells, List<String> names) {
        for (boolean prefix : new boolean[] {false, true}) {
            for (String n : names) {
                for (int c = 1; c < cells.length; c++) {
                    if (prefix ? bare(cells[c]).startsWith(n) : bare(cells[c]).equals(n)) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    private static String bare(String cell) {
        return cell.replaceAll("[\\s　]+", "");
    }
}
