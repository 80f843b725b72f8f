package cn.stampcheck.report;

import java.util.List;

/**
 * One item's row of the progress form. When a merged 序号 cell spans several sheet rows (one per
 * department), their texts are joined and every cell stays anchored at the first row.
 *
 * @param number   the item number read from the 序号 cell
 * @param units    null when the form has no 责任单位 column
 * @param deadline null when the form has no 时限 column
 * @param deadlineText the deadline cell read as a date; null until {@link #withDeadlineYear} is called
 * @param progressRows the progress text of each sheet row of the item, in order (one per department when
 *                     the item is written per department); {@code progress} holds them joined
 */
public record ItemRow(int number, Cell numberCell, Cell name, Cell units, Cell progress, Cell deadline,
                      DeadlineText deadlineText, List<String> progressRows) {

    public ItemRow {
        progressRows = List.copyOf(progressRows);
    }

    /** This row with its deadline cell read for a notice of {@code year} (12月底 means that year's December). */
    public ItemRow withDeadlineYear(int year) {
        return new ItemRow(number, numberCell, name, units, progress, deadline,
                deadline == null ? null : DeadlineText.parse(deadline.text(), year), progressRows);
    }

    public boolean progressBlank() {
        return progress.isBlank();
    }
}
