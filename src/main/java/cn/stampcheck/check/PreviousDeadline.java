package cn.stampcheck.check;

import cn.stampcheck.report.DeadlineText;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.report.Text;

/**
 * The 完成时限 last quarter's report gave for one item, as a fact for the shared checks: a deadline that
 * moves between quarters deserves a look.
 *
 * @param text     the cell's text as written
 * @param deadline the text read as a date for the notice's year
 * @param quarter  the quarter of last quarter's report
 */
public record PreviousDeadline(int item, String text, DeadlineText deadline, int quarter) {

    /**
     * True when both quarters filled in the deadline and they differ: as dates when both are dates
     * (2024.12 and 2024年12月31日 are the same), else as texts without spaces.
     */
    public boolean differsFrom(ItemRow row) {
        DeadlineText now = row.deadlineText();
        if (now == null || now.kind() == DeadlineText.Kind.EMPTY || deadline.kind() == DeadlineText.Kind.EMPTY) {
            return false;
        }
        if (now.kind() == DeadlineText.Kind.DATE && deadline.kind() == DeadlineText.Kind.DATE) {
            return !now.date().equals(deadline.date());
        }
        return !Text.compact(row.deadline().text()).equals(Text.compact(text));
    }
}
