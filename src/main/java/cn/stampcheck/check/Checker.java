package cn.stampcheck.check;

import cn.stampcheck.report.ItemRow;
import cn.stampcheck.report.ReportTable;
import cn.stampcheck.rules.CheckRules;
import cn.stampcheck.rules.NoticeRules;
import cn.stampcheck.rules.RulesException;
import cn.stampcheck.rules.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a found report table against a notice's rules: puts the facts into a rules session, lets the
 * shared checks fire, and turns their conclusions into a {@link CheckResult}. Holds no state between
 * reports, so one checker serves many reports and threads.
 */
public final class Checker {

    /** Row, column, kind of finding, item; then targets in the order the rules file declares them. */
    private static Comparator<Finding> readingOrder(List<Target> declared) {
        return Comparator.comparingInt((Finding f) -> f.cell().row())
                .thenComparingInt(f -> f.cell().col())
                .thenComparing(Finding::code)
                .thenComparing(f -> f.item() == null ? 0 : f.item())
                .thenComparingInt(f -> f.target() == null ? -1 : declared.indexOf(f.target()));
    }

    private final CheckRules checks;
    private final Figures figures = new Figures();

    public Checker(CheckRules checks) {
        this.checks = checks;
    }

    /**
     * @param file    the name the report is shown under
     * @param quarter the quarter reported on, 1–4
     * @param previous the same department's earlier report to compare with, or null
     */
    public CheckResult check(String file, ReportTable table, NoticeRules notice, int quarter, PreviousQuarter previous)
            throws RulesException {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("季度应为1到4：" + quarter);
        }
        int year = notice.notice().year();
        List<Object> facts = new ArrayList<>();
        facts.add(new Report(year, quarter, table.numberHeader()));
        facts.addAll(notice.items());
        facts.addAll(notice.targets());
        table.rows().forEach(r -> facts.add(r.withDeadlineYear(year)));
        if (previous != null) {
            facts.addAll(previous.facts());
        }
        List<Object> all = checks.run(facts, Map.of("figures", figures));

        List<Finding> findings = all.stream().filter(Finding.class::isInstance).map(Finding.class::cast)
                .sorted(readingOrder(notice.targets())).toList();
        Map<ItemRow, List<Reading>> readings = new IdentityHashMap<>();
        all.stream().filter(Reading.class::isInstance).map(Reading.class::cast)
                .forEach(r -> readings.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r));
        Map<Target, List<Finding>> byTarget = new IdentityHashMap<>();
        findings.stream().filter(f -> f.target() != null)
                .forEach(f -> byTarget.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f));
        List<TargetCheck> targetChecks = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof ItemRow row) {
                for (Target t : notice.targetsOf(row.number())) {
                    targetChecks.add(verdict(t, row, readings.getOrDefault(row, List.of()),
                            byTarget.getOrDefault(t, List.of())));
                }
            }
        }
        return new CheckResult(file, table.sheet(), table.sheetIndex(), notice.source(), year, quarter,
                targetChecks, findings, notice.notice().place(),
                asPrevious(file, notice, quarter, facts, readings));
    }

    /** The figures and deadlines of this report, as the next quarter's check will see them. */
    private static PreviousQuarter asPrevious(String file, NoticeRules notice, int quarter, List<Object> facts,
                                              Map<ItemRow, List<Reading>> readings) {
        List<PreviousReading> figures = new ArrayList<>();
        List<PreviousDeadline> deadlines = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof ItemRow row) {
                List<Reading> read = readings.getOrDefault(row, List.of());
                for (Target t : notice.targetsOf(row.number())) {
                    read.stream().filter(r -> r.target() == t && r.figure() != null).findFirst()
                            .ifPresent(r -> figures.add(new PreviousReading(row.number(), t.label(), r.figure(),
                                    r.isYearToDate(), quarter)));
                }
                if (row.deadline() != null) {
                    deadlines.add(new PreviousDeadline(row.number(), row.deadline().text(), row.deadlineText(), quarter));
                }
            }
        }
        return new PreviousQuarter(file, notice.source(), notice.notice().year(), quarter, figures, deadlines);
    }

    /** The verdict on one target of one row, from the row's readings and the target's findings. */
    private static TargetCheck verdict(Target target, ItemRow row, List<Reading> readings, List<Finding> findings) {
        Reading reading = readings.stream().filter(r -> r.target() == target && r.row() == row).findFirst().orElse(null);
        if (reading == null || reading.figure() == null) {
            return new TargetCheck(target, row.progress(), null, TargetCheck.Status.MISSING);
        }
        TargetCheck.Status status = TargetCheck.Status.OK;
        for (Finding f : findings) {
            if (f.target() == target && f.cell().equals(row.progress())) {
                if (f.code() == FindingCode.SHORTFALL) {
                    status = TargetCheck.Status.SHORTFALL;
                } else if (f.code() == FindingCode.BEHIND_SCHEDULE && status == TargetCheck.Status.OK) {
                    status = TargetCheck.Status.BEHIND;
                }
            }
        }
        return new TargetCheck(target, row.progress(), reading.figure(), status);
    }
}
