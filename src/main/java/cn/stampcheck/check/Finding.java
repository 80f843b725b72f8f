package cn.stampcheck.check;

import cn.stampcheck.report.Cell;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.rules.Item;
import cn.stampcheck.rules.Target;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One thing the clerk must look at, anchored at one cell (contract §4). The rules create findings
 * through the factory methods below, which also word the Chinese message.
 *
 * @param item   the item number (for UNKNOWN_ITEM the number the row gives)
 * @param target the target concerned, or null for findings about the row itself
 * @param explanation the clerk's 【说明】 on the cell, or null: a finding with one is accepted and does
 *                    not stop the stamp (it is still listed, so the record shows what was accepted)
 */
public record Finding(FindingCode code, Cell cell, Integer item, Target target, String message, String explanation) {

    public Finding(FindingCode code, Cell cell, Integer item, Target target, String message) {
        this(code, cell, item, target, message, null);
    }

    public boolean accepted() {
        return explanation != null;
    }

    public Finding accept(String text) {
        return new Finding(code, cell, item, target, message, text);
    }

    public Severity severity() {
        return code.severity();
    }

    public static Finding missingProgress(ItemRow row) {
        return new Finding(FindingCode.MISSING_PROGRESS, row.progress(), row.number(), null,
                "第" + row.number() + "项未填写本季度具体措施及任务进度情况。");
    }

    public static Finding missingFigure(Reading r) {
        return new Finding(FindingCode.MISSING_FIGURE, r.row().progress(), r.row().number(), r.target(),
                goal(r.target()) + "，进度情况中未找到该目标的完成数字。");
    }

    public static Finding shortfall(Reading r) {
        return new Finding(FindingCode.SHORTFALL, r.row().progress(), r.row().number(), r.target(),
                goal(r.target()) + "，报告数为" + amount(r.figure(), r.target()) + "，未达到目标。");
    }

    public static Finding behind(Reading r, BigDecimal expected, int quarter) {
        return new Finding(FindingCode.BEHIND_SCHEDULE, r.row().progress(), r.row().number(), r.target(),
                goal(r.target()) + "，截至第" + quarter + "季度应达到" + amount(expected, r.target())
                        + "，报告数为" + amount(r.figure(), r.target()) + "，进度滞后。");
    }

    public static Finding missingDeadline(ItemRow row) {
        return new Finding(FindingCode.MISSING_DEADLINE, row.deadline(), row.number(), null,
                "第" + row.number() + "项未填写完成时限。");
    }

    public static Finding deadlineLate(ItemRow row, Item item) {
        return new Finding(FindingCode.DEADLINE_LATE, row.deadline(), row.number(), null,
                "第" + row.number() + "项完成时限“" + row.deadline().text().strip() + "”晚于通知要求的"
                        + chinese(item.deadline()) + "。");
    }

    public static Finding badDeadline(ItemRow row) {
        return new Finding(FindingCode.BAD_DEADLINE, row.deadline(), row.number(), null,
                "第" + row.number() + "项完成时限“" + row.deadline().text().strip() + "”不是日期，应填写如“2024年12月31日”。");
    }

    public static Finding unitsMissing(ItemRow row, MissingUnits missing) {
        return new Finding(FindingCode.UNIT_MISSING, row.units(), row.number(), null,
                "第" + row.number() + "项责任单位缺少：" + String.join("、", missing.names()) + "。");
    }

    public static Finding nameMismatch(ItemRow row, Item item) {
        return new Finding(FindingCode.ITEM_NAME_MISMATCH, row.name(), row.number(), null,
                "第" + row.number() + "项名称“" + row.name().text().strip() + "”与通知不符，应为“" + item.name() + "”。");
    }

    public static Finding itemMissing(Report report, Item item) {
        return new Finding(FindingCode.ITEM_MISSING, report.numberHeader(), item.number(), null,
                "表中缺少第" + item.number() + "项“" + item.name() + "”。");
    }

    public static Finding unknownItem(ItemRow row) {
        return new Finding(FindingCode.UNKNOWN_ITEM, row.numberCell(), row.number(), null,
                "序号" + row.number() + "不是通知中的实事项目。");
    }

    public static Finding figureDecreased(Reading r, PreviousReading previous) {
        return new Finding(FindingCode.FIGURE_DECREASED, r.row().progress(), r.row().number(), r.target(),
                "第" + r.target().item() + "项“" + r.target().label() + "”累计报告数为" + amount(r.figure(), r.target())
                        + "，少于第" + previous.quarter() + "季度报告的" + amount(previous.figure(), r.target())
                        + "；累计数不应减少。");
    }

    public static Finding figureDropped(Reading r, PreviousReading previous) {
        return new Finding(FindingCode.FIGURE_DROPPED, r.row().progress(), r.row().number(), r.target(),
                "第" + r.target().item() + "项“" + r.target().label() + "”第" + previous.quarter() + "季度报告为"
                        + amount(previous.figure(), r.target()) + "，本季度进度情况中未找到该目标的数字。");
    }

    public static Finding deadlineChanged(ItemRow row, PreviousDeadline previous) {
        return new Finding(FindingCode.DEADLINE_CHANGED, row.deadline(), row.number(), null,
                "第" + row.number() + "项完成时限由第" + previous.quarter() + "季度的“" + previous.text().strip()
                        + "”改为“" + row.deadline().text().strip() + "”。");
    }

    private static String goal(Target t) {
        return "第" + t.item() + "项“" + t.label() + "”目标" + t.comparator().words() + amount(t.threshold(), t);
    }

    private static String amount(BigDecimal value, Target t) {
        return Amounts.format(value) + t.unit();
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
