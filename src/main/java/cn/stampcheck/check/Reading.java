package cn.stampcheck.check;

import cn.stampcheck.extract.Figure;
import cn.stampcheck.extract.Marker;
import cn.stampcheck.report.ItemRow;
import cn.stampcheck.rules.Target;
import java.math.BigDecimal;

/**
 * What the progress cell of a row says for one target: the year-to-date figure, or null when none was
 * found. The rules judge readings; they never read text themselves.
 */
public record Reading(Target target, ItemRow row, Figure found) {

    /** The reported figure in the target's unit, or null. */
    public BigDecimal figure() {
        return found == null ? null : found.value();
    }

    /**
     * True unless the clause marks the figure as this quarter's only (本季度…): the checks hold every
     * other figure against the year's target, so they are year-to-date.
     */
    public boolean isYearToDate() {
        return found != null && found.marker() != Marker.QUARTER;
    }

    /** True when the figure meets the threshold (at least, or at most). */
    public boolean isReached() {
        return found != null && target.comparator().holds(found.value(), target.threshold());
    }
}
