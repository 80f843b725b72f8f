package cn.stampcheck.rules;

import cn.stampcheck.extract.Numerals;
import cn.stampcheck.report.Cell;
import cn.stampcheck.report.Grid;
import cn.stampcheck.report.Workbook;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year's rules as the clerk keeps them: one workbook per notice whose sheet 目标表 has a header block
 * (年份, 地区, 通知名称) and one row per target (an item without a numeric target still has a row). Each
 * cell is read as a value — never as program text — and becomes part of a {@link Notice}, {@link Item} or
 * {@link Target}; a cell that cannot be used is reported at its address:
 * {@code rules/2025/linzi.xlsx 目标表!H7：数值“-5”不是正数}.
 */
public final class NoticeTable {

    /** The sheet holding the targets. */
    public static final String SHEET = "目标表";
    /** The header block, one label per row in column A with its value in column B. */
    public static final List<String> HEADER = List.of("年份", "地区", "通知名称");
    /** The target table's columns, in the order the writer lays them out. */
    public static final List<String> COLUMNS = List.of("序号", "实事名称", "其他名称", "责任单位", "目标", "关键词",
            "比较", "数值", "单位", "同义单位", "完成时限", "考核方式", "通知原文");
    /** The 比较 choices: 不少于 and 达到 mean at least. */
    public static final List<String> COMPARATORS = List.of("不少于", "不超过", "达到");
    /** The 考核方式 choices, in {@link Schedule} order. */
    public static final List<String> SCHEDULES = List.of("按季度均衡", "固定比例", "到期考核");
    /** What separates several words in one cell (关键词, 其他名称, 同义单位). */
    public static final String SEPARATOR = "、";
    /** What separates the units of 责任单位: a unit's own name may hold a 、 (各镇、街道). */
    public static final String UNIT_SEPARATOR = "；";

    private static final LocalDate SERIAL_ZERO = LocalDate.of(1899, 12, 30);
    private static final BigDecimal ABSURD = new BigDecimal("1000000000000");
    private static final Pattern SPLIT = Pattern.compile("[、，,；;\\n]+");
    private static final Pattern UNIT_SPLIT = Pattern.compile("[；;\\n]+");
    private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})\\s*日?");

    private final String file;
    private final Grid grid;

    private NoticeTable(String file, Grid grid) {
        this.file = file;
        this.grid = grid;
    }

    /** What the table declares, or the first cell that cannot be used. */
    public static NoticeFacts read(Workbook workbook, String name) throws RulesException {
        Grid grid = workbook.sheets().stream().filter(g -> g.name().equals(SHEET)).findFirst()
                .orElseThrow(() -> new RulesException(name + "：找不到工作表“" + SHEET + "”"));
        return new NoticeTable(name, grid).facts();
    }

    /** Where a column's name stands in the table's header row (a clerk may move columns), or -1. */
    public static int column(Grid grid, String name) {
        for (int r = 0; r < grid.rowCount(); r++) {
            if (grid.text(r, 0).strip().equals(COLUMNS.get(0))) {
                List<String> row = grid.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (grid.text(r, c).strip().equals(name)) {
                        return c;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The label of a {@link Schedule} in the 考核方式 column. */
    public static String label(Schedule s) {
        return SCHEDULES.get(s.ordinal());
    }

    private NoticeFacts facts() throws RulesException {
        NoticeFacts facts = new NoticeFacts();
        int headerRow = -1;
        Map<String, Integer> header = new HashMap<>();
        for (int r = 0; r < grid.rowCount() && headerRow < 0; r++) {
            String label = grid.text(r, 0).strip();
            if (label.equals(COLUMNS.get(0))) {
                headerRow = r;
                for (int c = 0; c < grid.rows().get(r).size(); c++) {
                    header.putIfAbsent(grid.text(r, c).strip(), c);
                }
            } else if (HEADER.contains(label)) {
                header.putIfAbsent(label, r);
            }
        }
        if (headerRow < 0) {
            throw new RulesException(file + " " + SHEET + "：找不到以“序号”开头的表头行");
        }
        for (String column : COLUMNS) {
            if (!header.containsKey(column)) {
                throw new RulesException(file + " " + SHEET + "!" + Cell.address(headerRow, 0) + "：表头缺少“" + column + "”列");
            }
        }
        facts.add(notice(header), at(header.getOrDefault("地区", 0), 1));
        Map<Integer, Integer> itemRows = new LinkedHashMap<>();
        Map<Integer, Item> items = new LinkedHashMap<>();
        Map<Integer, String> quotes = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        for (int r = headerRow + 1; r < grid.rowCount(); r++) {
            final int row = r;
            if (COLUMNS.stream().allMatch(c -> cell(row, header, c).isEmpty())) {
                continue;
            }
            int number = number(r, header);
            String name = cell(r, header, "实事名称");
            if (!name.isEmpty()) {
                Integer first = itemRows.get(number);
                if (first != null && !items.get(number).name().equals(name)) {
                    throw error(r, header, "序号", "序号" + number + "重复：第" + (first + 1) + "行已是“"
                            + items.get(number).name() + "”");
                }
                if (first == null) {
                    Item item = Item.of(number, name);
                    for (String other : words(cell(r, header, "其他名称"))) {
                        item = item.alsoNamed(other);
                    }
                    itemRows.put(number, r);
                    items.put(number, item.units(split(UNIT_SPLIT, cell(r, header, "责任单位")).toArray(String[]::new)));
                    quotes.put(number, cell(r, header, "通知原文"));
                }
            }
            String label = cell(r, header, "目标");
            if (label.isEmpty()) {
                if (!cell(r, header, "数值").isEmpty()) {
                    throw error(r, header, "目标", "写了数值但没有目标名称");
                }
                continue;
            }
            Integer twice = labels.put(number + "|" + label, r);
            if (twice != null) {
                throw error(r, header, "目标", "第" + number + "项目标“" + label + "”重复（第" + (twice + 1) + "行已有）");
            }
            facts.add(target(r, header, number, label), at(r, header.get("目标")), cell(r, header, "通知原文"));
        }
        for (Map.Entry<Integer, Integer> e : itemRows.entrySet()) {
            facts.add(items.get(e.getKey()), at(e.getValue(), header.get("责任单位")), quotes.get(e.getKey()));
        }
        for (NoticeFacts.Declared<Target> t : facts.targets()) {
            if (!items.containsKey(t.value().item())) {
                throw new RulesException(file + t.where() + "：第" + t.value().item() + "项没有写实事名称");
            }
        }
        return facts;
    }

    private Notice notice(Map<String, Integer> header) throws RulesException {
        Integer yearRow = header.get("年份");
        Integer placeRow = header.get("地区");
        if (yearRow == null || placeRow == null) {
            throw new RulesException(file + " " + SHEET + "!A1：表头应有“年份”“地区”两行（A列写名称，B列写内容）");
        }
        String year = grid.text(yearRow, 1).strip();
        if (!year.matches("\\d{4}")) {
            throw new RulesException(file + at(yearRow, 1) + "：年份“" + year + "”应是四位数字，如 2025");
        }
        String place = grid.text(placeRow, 1).strip();
        if (place.isEmpty()) {
            throw new RulesException(file + at(placeRow, 1) + "：地区不能为空，如 临淄区");
        }
        return new Notice(Integer.parseInt(year), place);
    }

    private int number(int r, Map<String, Integer> header) throws RulesException {
        String text = cell(r, header, "序号");
        BigDecimal n = Numerals.parse(text).filter(b -> text.matches("[0-9一二三四五六七八九十]+(\\.0+)?")).orElse(null);
        if (n == null || n.signum() <= 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(999)) > 0) {
            throw error(r, header, "序号", "序号“" + text + "”应是 1、2、3 这样的正整数");
        }
        return n.intValueExact();
    }

    private Target target(int r, Map<String, Integer> header, int number, String label) throws RulesException {
        Target t = Target.of(number, label);
        List<String> keywords = words(cell(r, header, "关键词"));
        if (!keywords.isEmpty()) {
            t = t.keywords(keywords.toArray(String[]::new));
        }
        String comparator = cell(r, header, "比较");
        if (!COMPARATORS.contains(comparator)) {
            throw error(r, header, "比较", "比较“" + comparator + "”应是 " + String.join("、", COMPARATORS) + " 之一");
        }
        BigDecimal amount = amount(r, header);
        String unit = cell(r, header, "单位");
        if (unit.isEmpty()) {
            throw error(r, header, "单位", "目标“" + label + "”没有写单位");
        }
        t = comparator.equals("不超过") ? t.atMost(amount, unit) : t.atLeast(amount, unit);
        t = t.aliases(words(cell(r, header, "同义单位")).toArray(String[]::new));
        String deadline = cell(r, header, "完成时限");
        if (!deadline.isEmpty()) {
            t = t.deadline(date(r, header, deadline).toString());
        }
        String schedule = cell(r, header, "考核方式");
        if (!schedule.isEmpty()) {
            int s = SCHEDULES.indexOf(schedule);
            if (s < 0) {
                throw error(r, header, "考核方式", "考核方式“" + schedule + "”应是 " + String.join("、", SCHEDULES)
                        + " 之一（或留空：年底完成的按季度均衡，其余到期考核）");
            }
            t = t.schedule(Schedule.values()[s]);
        }
        return t;
    }

    private BigDecimal amount(int r, Map<String, Integer> header) throws RulesException {
        String text = cell(r, header, "数值");
        BigDecimal n = Numerals.parse(text.replaceFirst("^[-−－]", "")).orElse(null);
        if (n == null) {
            throw error(r, header, "数值", "数值“" + text + "”不是数字");
        }
        if (n.signum() <= 0 || text.matches("^[-−－].*")) {
            throw error(r, header, "数值", "数值“" + text + "”不是正数");
        }
        if (n.compareTo(ABSURD) >= 0) {
            throw error(r, header, "数值", "数值“" + text + "”大得不合理，请核对");
        }
        return n;
    }

    private LocalDate date(int r, Map<String, Integer> header, String text) throws RulesException {
        if (text.matches("[1-9]\\d{4}")) {
            // a date typed into the cell, as the spreadsheet stores it: days since 1899-12-30
            return SERIAL_ZERO.plusDays(Long.parseLong(text));
        }
        Matcher m = CHINESE_DATE.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw error(r, header, "完成时限", "完成时限“" + text + "”不是存在的日期");
            }
        }
        throw error(r, header, "完成时限", "完成时限“" + text + "”应写成 2025-06-30 这样的日期");
    }

    private String cell(int r, Map<String, Integer> header, String column) {
        return grid.text(r, header.get(column)).strip();
    }

    private RulesException error(int r, Map<String, Integer> header, String column, String reason) {
        return new RulesException(file + at(r, header.get(column)) + "：" + reason);
    }

    private String at(int row, int col) {
        return " " + grid.name() + "!" + Cell.address(row, col);
    }

    /** The words of a cell that may list several, in order, without blanks. */
    private static List<String> words(String text) {
        return split(SPLIT, text);
    }

    private static List<String> split(Pattern separator, String text) {
        List<String> out = new ArrayList<>();
        for (String w : separator.split(text.strip())) {
            if (!w.isBlank()) {
                out.add(w.strip());
            }
        }
        return out;
    }
}
