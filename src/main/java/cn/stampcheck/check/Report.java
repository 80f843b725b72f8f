package cn.stampcheck.check;

import cn.stampcheck.report.Cell;
import cn.stampcheck.rules.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The report being checked, as the rules see it: the notice year, the quarter it reports on, and the
 * 序号 header cell where missing items are reported.
 */
public record Report(int year, int quarter, Cell numberHeader) {

    /** The last day of the reported quarter. */
    public LocalDate quarterEnd() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** True when the reported quarter ends on or after the target's deadline. */
    public boolean isDue(Target target) {
        return !quarterEnd().isBefore(target.deadline());
    }

    /**
     * The figure a pro-rata target should have reached by this quarter: threshold × q / 4 for a year-end
     * deadline; for an earlier deadline the share of the months up to it.
     */
    public BigDecimal expected(Target target) {
        return target.threshold().multiply(BigDecimal.valueOf(monthsElapsed()))
                .divide(BigDecimal.valueOf(monthsAllowed(target)), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Compared exactly: figure × months allowed against threshold × months elapsed. */
    public boolean isBehind(Target target, BigDecimal figure) {
        return figure.multiply(BigDecimal.valueOf(monthsAllowed(target)))
                .compareTo(target.threshold().multiply(BigDecimal.valueOf(monthsElapsed()))) < 0;
    }

    private int monthsElapsed() {
        return quarter * 3;
    }

    private int monthsAllowed(Target target) {
        LocalDate d = target.deadline();
        return Math.max(1, (d.getYear() - year) * 12 + d.getMonthValue());
    }
}
