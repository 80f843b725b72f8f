package cn.stampcheck.check;

import cn.stampcheck.report.Cell;
import cn.stampcheck.rules.Target;
import java.math.BigDecimal;

/**
 * One target as evaluated on a report (an entry of the JSON {@code checks} list).
 *
 * @param cell     the progress cell the figure was read from
 * @param reported the year-to-date figure, or null when none was found
 */
public record TargetCheck(Target target, Cell cell, BigDecimal reported, Status status) {

    /** The verdict on one target. */
    public enum Status {
        OK("ok"), BEHIND("behind"), SHORTFALL("shortfall"), MISSING("missing");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
