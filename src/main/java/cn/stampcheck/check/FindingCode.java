package cn.stampcheck.check;

/** The kinds of finding of contract §4, each with its fixed severity and a short Chinese name. */
public enum FindingCode {
    MISSING_PROGRESS(Severity.ERROR, "未填写进度"),
    MISSING_FIGURE(Severity.WARNING, "未找到数字"),
    SHORTFALL(Severity.ERROR, "未达目标"),
    BEHIND_SCHEDULE(Severity.WARNING, "进度滞后"),
    MISSING_DEADLINE(Severity.WARNING, "未填完成时限"),
    DEADLINE_LATE(Severity.ERROR, "完成时限晚于要求"),
    BAD_DEADLINE(Severity.WARNING, "完成时限不是日期"),
    UNIT_MISSING(Severity.WARNING, "责任单位不全"),
    ITEM_NAME_MISMATCH(Severity.WARNING, "实事名称不符"),
    ITEM_MISSING(Severity.ERROR, "缺少实事"),
    UNKNOWN_ITEM(Severity.WARNING, "序号不在通知中"),
    FIGURE_DECREASED(Severity.ERROR, "累计数比上季度少"),
    DEADLINE_CHANGED(Severity.WARNING, "完成时限与上季度不同"),
    FIGURE_DROPPED(Severity.WARNING, "上季度有数本季度无");

    private final Severity severity;
    private final String title;

    FindingCode(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    public Severity severity() {
        return severity;
    }

    /** The finding in a few Chinese words, for lists and the result sheet. */
    public String title() {
        return title;
    }
}
