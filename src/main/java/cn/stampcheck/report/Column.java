package cn.stampcheck.report;

import java.util.List;

/** The five columns of the progress form, each recognised by words its header cell contains. */
public enum Column {
    NUMBER(List.of("序号", "编号")),
    NAME(List.of("实事名称", "项目名称", "实事项目", "名称", "实事", "项目")),
    UNITS(List.of("责任单位", "牵头单位", "配合单位", "责任部门", "承办单位")),
    PROGRESS(List.of("进度", "进展", "完成情况", "具体措施", "推进情况", "落实情况")),
    DEADLINE(List.of("时限", "完成时间", "完成期限", "截止时间"));

    private final List<String> words;

    Column(List<String> words) {
        this.words = words;
    }

    /** The column a header text names, or null. Progress is tried first: its header also holds 措施/单位-like words. */
    public static Column of(String headerText) {
        if (headerText == null || headerText.length() > 200) {
            return null;   // a progress text, not a header: spares the normaliser most cells of a long sheet
        }
        String t = Text.compact(headerText);
        if (t.isEmpty() || t.length() > 30) {
            return null;
        }
        for (Column c : List.of(NUMBER, PROGRESS, DEADLINE, UNITS, NAME)) {
            for (String w : c.words) {
                if (t.contains(w)) {
                    return c;
                }
            }
        }
        return null;
    }
}
