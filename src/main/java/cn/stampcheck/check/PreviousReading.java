package cn.stampcheck.check;

import java.math.BigDecimal;

/**
 * A figure last quarter's report gave for one target, as a fact for the shared checks: a year-to-date
 * figure must not fall, and a target that had a figure should still have one.
 *
 * @param item       the item number
 * @param target     the target's label, as the rules file names it
 * @param yearToDate false when the figure was marked as this quarter's only (本季度), which may well fall
 * @param quarter    the quarter of last quarter's report
 */
public record PreviousReading(int item, String target, BigDecimal figure, boolean yearToDate, int quarter) {

    /** True when this reading is of the same target as {@code r}. */
    public boolean isOf(Reading r) {
        return item == r.target().item() && target.equals(r.target().label());
    }

    /** True when both figures are year-to-date and this quarter's is lower than last quarter's. */
    public boolean isAbove(Reading r) {
        return yearToDate && r.isYearToDate() && figure.compareTo(r.figure()) > 0;
    }
}
